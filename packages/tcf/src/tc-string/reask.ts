import type { GVL } from '@iabtechlabtcf/core';
import { decodeTcString, disclosedVendorIds } from './encode.js';

/**
 * TCF policy: a CMP asks again at least every 13 months; Assent counts 395 days like its store.
 *
 * @example
 * const expires = created + TC_STRING_MAX_AGE_DAYS * 86_400_000;
 */
export const TC_STRING_MAX_AGE_DAYS = 395;

const MAX_CLOCK_SKEW_DAYS = 31;

/**
 * Why a stored TC string cannot be used and the person must be asked again.
 *
 * @example
 * const reason: ReaskReason = 'policy-version';
 */
export type ReaskReason = 'missing' | 'invalid' | 'policy-version' | 'vendor-not-disclosed' | 'expired';

/**
 * Whether a stored TC string still applies, or why the person must be asked again: no or an
 * invalid string; a TCF policy version older than the vendor list's; a configured vendor missing
 * from its DisclosedVendors segment; created more than 13 months ago (or more than 31 days ahead). A different CMP id is fine
 * (the string is the person's, not the CMP's).
 *
 * @example
 * reaskReason({ tcString: readTcCookie(jar, 'euconsent-v2'), gvl, vendors: [755], now: Date.now() }); // undefined → still valid
 */
export function reaskReason(input: { tcString: string | undefined; gvl: GVL; vendors: readonly number[]; now: number }): ReaskReason | undefined {
  if (!input.tcString) return 'missing';
  let decoded: ReturnType<typeof decodeTcString>;
  try {
    decoded = decodeTcString(input.tcString);
  } catch {
    return 'invalid';
  }
  const { model } = decoded;
  if (Number(model.version) !== 2 || !(model.created instanceof Date) || Number.isNaN(model.created.getTime())) return 'invalid';
  if (Number(model.policyVersion) < Number(input.gvl.tcfPolicyVersion)) return 'policy-version';
  const disclosed = new Set(disclosedVendorIds(model));
  if (input.vendors.some((id) => !disclosed.has(id))) return 'vendor-not-disclosed';
  if (input.now - model.created.getTime() > TC_STRING_MAX_AGE_DAYS * 86_400_000) return 'expired';
  // A string "created" far in the future would never expire by the rule above: a wrong clock or a
  // forged cookie. The ledger tolerates the same 31 days of clock skew.
  if (model.created.getTime() - input.now > MAX_CLOCK_SKEW_DAYS * 86_400_000) return 'invalid';
  return undefined;
}
