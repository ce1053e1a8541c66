import type { ResolvedConfig } from '../config/types.js';
import type { ConsentChoices, ConsentDecision, ConsentMethod } from './types.js';
import { NECESSARY } from '../config/defaults.js';
import { LOCALE, whole } from '../config/patterns.js';
import { toIso } from '../cookie-codec/base.js';

/** The category that GPC, an opt-out of sale and sharing, keeps denied by default. */
export const ADVERTISING = 'advertising';

/** Extra facts recorded with a decision. */
export interface DecisionContext {
  /** Hash of the exact texts and choices shown (the banner computes it). */
  textHash?: string;
  /** Locale the texts were shown in; defaults to the store's locale. */
  locale?: string;
}

/** Every configured category and service id mapped to granted. */
export type Grants = Record<string, boolean>;

/**
 * Grants for every configured id from a rule over (id, its category); `necessary` and its
 * services are always granted, whatever the rule says.
 *
 * @example
 * grantsWhere(config, () => false); // only necessary
 */
export function grantsWhere(config: ResolvedConfig, rule: (id: string, category: string) => boolean | undefined): Grants {
  const grants: Grants = {};
  for (const id in config.owners) grants[id] = config.owners[id] === NECESSARY || rule(id, config.owners[id]!) === true;
  return grants;
}

/**
 * Everything granted (`all`) or nothing but `necessary`; either way advertising stays denied
 * while a GPC signal is on.
 *
 * @example
 * allGrants(config, true); // what accepting everything grants
 */
export const allGrants = (config: ResolvedConfig, all: boolean): Grants =>
  grantsWhere(config, (_, category) => all && !(config.gpc && category === ADVERTISING));

/**
 * What applies before any decision: only `necessary` in opt-in; in opt-out everything except
 * what a GPC signal opts out of (advertising).
 *
 * @example
 * defaultGrants(resolveOptions({ region: 'US-CA', gpc: true })).advertising; // false
 */
export const defaultGrants = (config: ResolvedConfig): Grants => allGrants(config, config.regime === 'opt-out');

/**
 * The grants a decision gives: a service's own choice, else its category's; unknown ids denied.
 *
 * @example
 * decisionGrants(config, store.state!).analytics;
 */
export const decisionGrants = (config: ResolvedConfig, decision: Pick<ConsentDecision, 'categories' | 'services'>): Grants =>
  grantsWhere(config, (id, category) => decision.services[id] ?? decision.categories[category]);

/**
 * What applies now, given the stored decision (if any) and whether it is valid. A valid decision
 * applies, except that a GPC signal newer than it denies advertising at once. Without one, the
 * regime's defaults apply; a stale decision (another revision, expired) is asked again, but what it
 * refused stays refused meanwhile: an opt-out of sale or sharing holds until the person changes it,
 * not until the site changes its policy (in opt-in the defaults grant nothing but necessary anyway).
 *
 * @example
 * grantsInEffect(config, stored, decisionStatus(config, stored, Date.now()) === 'valid').advertising;
 */
export function grantsInEffect(config: ResolvedConfig, stored: Pick<ConsentDecision, 'categories' | 'services' | 'gpc'> | undefined, valid: boolean): Grants {
  const defaults = defaultGrants(config);
  const decided = stored ? decisionGrants(config, stored) : defaults;
  return grantsWhere(config, (id, category) => decided[id] && (valid ? !(config.gpc && !stored!.gpc && category === ADVERTISING) : defaults[id]));
}

/**
 * Applies choices to a starting point: a category choice carries its services along unless a
 * service is chosen on its own; `necessary` cannot be switched off.
 *
 * @example
 * applyChoices(config, defaultGrants(config), { analytics: true });
 */
export const applyChoices = (config: ResolvedConfig, start: Grants, choices: ConsentChoices): Grants =>
  grantsWhere(config, (id, category) => choices[id] ?? choices[category] ?? start[id]);

/**
 * Splits grants into a decision's `categories` and `services` records.
 *
 * @example
 * splitGrants(config, grants).categories.analytics;
 */
export function splitGrants(config: ResolvedConfig, grants: Grants): Pick<ConsentDecision, 'categories' | 'services'> {
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const id in grants) (config.categories.includes(id) ? categories : services)[id] = grants[id]!;
  return { categories, services };
}

/**
 * Builds the next decision, keeping the consent id and first-given time of the previous one.
 *
 * @example
 * const next = buildDecision(config, grants, 'custom', store.state, {}, Date.now());
 */
export function buildDecision(
  config: ResolvedConfig,
  grants: Grants,
  method: ConsentMethod,
  previous: ConsentDecision | undefined,
  context: DecisionContext,
  nowMs: number,
): ConsentDecision {
  return {
    id: previous?.id ?? randomUuid(),
    revision: config.revision,
    ...splitGrants(config, grants),
    givenAt: previous?.givenAt ?? toIso(nowMs),
    updatedAt: toIso(nowMs),
    expiresAt: toIso(nowMs + config.expiresAfterDays * 86_400_000),
    method,
    // A locale the cookie could not carry back would make the decision unreadable on the next page.
    locale: context.locale && whole(LOCALE).test(context.locale) ? context.locale : config.locale,
    region: config.region,
    regime: config.regime,
    gpc: config.gpc,
    textHash: context.textHash ?? '',
  };
}

/**
 * Ids whose grant differs between two grant sets.
 *
 * @example
 * diffGrants(before, after); // { granted: ['analytics'], revoked: [] }
 */
export function diffGrants(before: Grants, after: Grants): { granted: string[]; revoked: string[] } {
  const ids = Object.keys(after);
  return { granted: ids.filter((id) => after[id] && !before[id]), revoked: ids.filter((id) => !after[id] && before[id]) };
}

/**
 * A random version-4 UUID. `crypto.randomUUID` needs a secure context; `getRandomValues` does not,
 * so plain-http sites work too.
 *
 * @example
 * randomUuid(); // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export const randomUuid = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16));
