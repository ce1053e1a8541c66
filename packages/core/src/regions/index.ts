import type { Regime } from '../decision/types.js';

// Only opt-out jurisdictions are listed: every other code (EU/EEA, GB, BR, KR, JP, CA-QC, …) and
// every unknown code is opt-in, the privacy-safe default. A subdivision without its own entry
// follows its country. US state laws with an opt-out of sale/sharing and a universal opt-out
// signal (GPC): CA, CO, CT, VA, UT, TX, OR, MT, IA, DE, NE, NH, NJ, TN, MN, MD, IN, KY, RI. Other
// US states have no such law, so the country code `US` is opt-out, and with it every `US-…` code:
// the states are not listed one by one, as they would change nothing (and ship to every page view).
const OPT_OUT = ['US'];

// Subdivisions whose rule is stricter than their country's: they stay opt-in even if the
// country were ever listed as opt-out. Quebec's Law 25 (s. 8.1) requires tracking off by default.
const OPT_IN_SUBDIVISIONS = ['CA-QC'];

/**
 * The consent regime for an ISO 3166-1 alpha-2 or ISO 3166-2 code. A subdivision without its own
 * entry falls back to its country; unknown codes are `opt-in`.
 *
 * @example
 * regimeForRegion('US-CA'); // 'opt-out'
 * regimeForRegion('DE');    // 'opt-in'
 * regimeForRegion('CA-QC'); // 'opt-in'
 */
export function regimeForRegion(region: string | undefined): Regime {
  const code = (region ?? '').toUpperCase();
  return !OPT_IN_SUBDIVISIONS.includes(code) && OPT_OUT.includes(code.split('-')[0]!) ? 'opt-out' : 'opt-in';
}
