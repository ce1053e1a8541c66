import type { Regime } from '../decision/types.js';

// Only opt-out jurisdictions are listed: every other code (EU/EEA, GB, BR, KR, JP, CA-QC, …) and
// every unknown code is opt-in, the privacy-safe default. US state laws with an opt-out of
// sale/sharing and a universal opt-out signal (GPC): CA, CO, CT, VA, UT, TX, OR, MT, IA, DE, NE,
// NH, NJ, TN, MN, MD, IN, KY, RI. Other US states have no such law, so the country code `US`
// is opt-out too.
const OPT_OUT = new Set(
  'US US-CA US-CO US-CT US-VA US-UT US-TX US-OR US-MT US-IA US-DE US-NE US-NH US-NJ US-TN US-MN US-MD US-IN US-KY US-RI'.split(' '),
);

// Subdivisions whose rule is stricter than their country's: they stay opt-in even if the
// country were ever listed as opt-out. Quebec's Law 25 (s. 8.1) requires tracking off by default.
const OPT_IN_SUBDIVISIONS = new Set(['CA-QC']);

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
  if (!region) return 'opt-in';
  const code = region.toUpperCase();
  if (OPT_IN_SUBDIVISIONS.has(code)) return 'opt-in';
  if (OPT_OUT.has(code)) return 'opt-out';
  const country = code.split('-')[0]!;
  return code.includes('-') && OPT_OUT.has(country) ? 'opt-out' : 'opt-in';
}
