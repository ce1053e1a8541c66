import { ConsentConfigError, type ConsentOptions } from '@assent/core';
import type { PageOptions } from '@assent/core/page';
import type { ConsentUiOptions } from '../ui/create-ui.js';

/**
 * Everything the script-tag bundle reads: store options, page-glue options and UI options.
 *
 * @example
 * window.assentConfig = { revision: '2026-11', privacyPolicyUrl: '/privacy', floatingButton: true };
 */
export interface ScriptTagConfig extends ConsentOptions, Omit<ConsentUiOptions, 'page' | 'container'> {
  /** Options of the page glue (Consent Mode, gating, reload on withdrawal). */
  page?: Omit<PageOptions, 'root' | 'embedTexts'>;
  /** Shows a small floating "Cookie settings" button on every page (a permanent way back). */
  floatingButton?: boolean;
  /**
   * URL of the evidence ledger's `POST /v1/consents` (absolute or relative to the page). When set,
   * every decision is delivered to it through the IndexedDB outbox of `@assent/server-sync`.
   */
  syncEndpoint?: string;
}

/**
 * Builds the configuration from `data-*` attributes of the script tag, then `window.assentConfig`
 * (which wins, as it can hold what attributes cannot: services, texts). A `window.assentConfig`
 * that is not an object throws a `ConsentConfigError`.
 * Attributes: `data-revision`, `data-region`, `data-regime`, `data-locale`, `data-privacy-policy-url`,
 * `data-theme`, `data-floating-button`, `data-cookie-domain`, `data-expires-after-days`,
 * `data-sync-endpoint`.
 *
 * @example
 * readScriptConfig(document.currentScript?.dataset ?? {}, window.assentConfig);
 */
export function readScriptConfig(data: Readonly<Record<string, string | undefined>>, global: ScriptTagConfig = {}): ScriptTagConfig {
  // Anything else would spread to no options at all: a banner with default categories the site never chose.
  if (typeof global !== 'object' || !global || Array.isArray(global)) throw new ConsentConfigError([{ field: 'assentConfig', message: 'use an object' }]);
  const fromAttributes: Record<string, unknown> = {};
  for (const key of ['revision', 'region', 'regime', 'locale', 'privacyPolicyUrl', 'theme', 'syncEndpoint'] as const) {
    if (data[key]) fromAttributes[key] = data[key];
  }
  if (data.floatingButton !== undefined) fromAttributes.floatingButton = data.floatingButton !== 'false';
  if (data.cookieDomain) fromAttributes.cookie = { domain: data.cookieDomain };
  if (data.expiresAfterDays) fromAttributes.expiresAfterDays = Number(data.expiresAfterDays);
  return { ...fromAttributes, ...global };
}
