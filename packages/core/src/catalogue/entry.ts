import type { ServiceDefinition } from '../config/types.js';

/**
 * A well-known service, ready to pass to `createConsent({ services })` as it is: a
 * `ServiceDefinition` plus `hosts`, which only the catalogue carries. Core's validation checks the
 * fields it knows and ignores others, so the extra field costs a site nothing.
 *
 * Every entry is deeply frozen: to change a field, spread it into a new object.
 *
 * @example
 * const analytics: CatalogueEntry = { ...googleAnalytics4, category: 'statistics' };
 */
export type CatalogueEntry = Readonly<ServiceDefinition> & {
  /**
   * Request hosts that identify the service (where its script loads from or sends to); `*` matches
   * any run of characters, as in cookie names (`*.clarity.ms`).
   */
  readonly hosts: readonly string[];
};

// Freezes the entry, its arrays and its cookie declarations: entries are shared by every site that
// imports them, so one site's mutation must not reach another's config.
const freeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
};

/**
 * Declares one catalogue entry. Call sites are marked `@__PURE__`, so a bundler drops every entry a
 * site does not import.
 *
 * @example
 * export const example = /* @__PURE__ *\/ service({ id: 'example', category: 'analytics', … });
 */
export const service = (entry: ServiceDefinition & { hosts: string[] }): CatalogueEntry => freeze(entry);
