import type { ConsentStore } from '@assent/core';
import type { GppSignals } from '../types.js';

/**
 * The default `optOutOf`: refusing the `advertising` category opts out of sale, sharing and
 * targeted advertising.
 *
 * @example
 * gppSignals(store, DEFAULT_OPT_OUT_OF);
 */
export const DEFAULT_OPT_OUT_OF: readonly string[] = Object.freeze(['advertising']);

/**
 * The opt-outs the store's state signals now: they apply when the config has any id of `optOutOf`;
 * the person opted out when any of those is not granted ("Do not sell or share", a refusal, or GPC,
 * which the store keeps advertising denied under); `gpc` is the store's GPC signal.
 *
 * @example
 * const store = createConsent({ region: 'US-CA', gpc: true });
 * gppSignals(store); // { applies: true, optedOut: true, gpc: true }
 */
export function gppSignals(store: ConsentStore, optOutOf: readonly string[] = DEFAULT_OPT_OUT_OF): GppSignals {
  const applicable = optOutOf.filter((id) => Object.hasOwn(store.config.owners, id));
  return {
    applies: applicable.length > 0,
    optedOut: applicable.some((id) => !store.granted(id)),
    gpc: store.config.gpc,
  };
}
