import type { GVL } from '@iabtechlabtcf/core';
import type { TcfChoices } from '../types.js';

/**
 * Purposes a legitimate interest may cover: TCF 2.2 forbids it for 1, 3, 4, 5 and 6.
 *
 * @example
 * LEGITIMATE_INTEREST_PURPOSES.includes(3); // false
 */
export const LEGITIMATE_INTEREST_PURPOSES: readonly number[] = [2, 7, 8, 9, 10, 11];

const ids = (map: Record<string, unknown>) =>
  Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b);
const sorted = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/**
 * A `TcfChoices` with nothing on.
 *
 * @example
 * const choices = emptyTcfChoices(); // every list []
 */
export function emptyTcfChoices(): TcfChoices {
  return {
    purposeConsents: [],
    purposeLegitimateInterests: [],
    specialFeatureOptins: [],
    vendorConsents: [],
    vendorLegitimateInterests: [],
    publisherConsents: [],
    publisherLegitimateInterests: [],
    googleAtpConsents: [],
  };
}

/**
 * Vendor ids of `gvl` that can hold a consent signal: those declaring a consent purpose.
 *
 * @example
 * consentVendorIds(gvl); // [1, 2, 10, …]
 */
export function consentVendorIds(gvl: GVL): number[] {
  return ids(gvl.vendors).filter((id) => gvl.vendors[id]!.purposes.length > 0);
}

/**
 * Vendor ids of `gvl` that can hold a legitimate-interest signal: those declaring a purpose on
 * legitimate interest, and (June 2021 policy, applied by the IAB encoder) those declaring special
 * purposes, which the person cannot object to through the Framework.
 *
 * @example
 * legitimateInterestVendorIds(gvl); // [21, 28, 52, …]
 */
export function legitimateInterestVendorIds(gvl: GVL): number[] {
  return ids(gvl.vendors).filter((id) => {
    const vendor = gvl.vendors[id]!;
    return vendor.legIntPurposes.length > 0 || vendor.specialPurposes.length > 0;
  });
}

/**
 * Vendors whose legitimate-interest bit stays on even after "reject all": they declare only special
 * purposes, which cannot be objected to within the Framework.
 */
function specialPurposeOnlyVendorIds(gvl: GVL): number[] {
  return ids(gvl.vendors).filter((id) => {
    const vendor = gvl.vendors[id]!;
    return vendor.purposes.length === 0 && vendor.legIntPurposes.length === 0 && vendor.specialPurposes.length > 0;
  });
}

/**
 * Publisher purposes and ATP ids the site configured, as `acceptAll` turns them on.
 *
 * @example
 * const scope: SiteTcfScope = { publisherPurposes: { consent: [1] }, googleAtpIds: [89] };
 */
export interface SiteTcfScope {
  publisherPurposes?: { consent?: readonly number[]; legitimateInterest?: readonly number[] } | undefined;
  googleAtpIds?: readonly number[] | undefined;
}

/**
 * Everything the site disclosed, on: the purposes the configured (narrowed) vendors declare for
 * consent (also flexible ones) or legitimate interest, the special features they declare, each
 * vendor on the legal bases it declares, the publisher's purposes and Google's ATPs. TCF policy:
 * a consent covers only what the UI disclosed, so purposes and special features no configured
 * vendor or the publisher uses stay off (the UI's `disclosure()` lists the same ones).
 *
 * @example
 * const choices = acceptAllChoices(gvl, { googleAtpIds: [89] });
 */
export function acceptAllChoices(gvl: GVL, scope: SiteTcfScope = {}): TcfChoices {
  const vendors = Object.values(gvl.vendors).filter((vendor) => !vendor.deletedDate);
  const publisherConsents = sorted(scope.publisherPurposes?.consent ?? []);
  const publisherLegitimateInterests = sorted(scope.publisherPurposes?.legitimateInterest ?? []);
  const known = (values: Iterable<number>, map: Record<string, unknown>) => sorted(values).filter((id) => map[id] !== undefined);
  return {
    purposeConsents: known([...vendors.flatMap((v) => [...v.purposes, ...v.flexiblePurposes]), ...publisherConsents], gvl.purposes),
    purposeLegitimateInterests: known([...vendors.flatMap((v) => v.legIntPurposes), ...publisherLegitimateInterests], gvl.purposes).filter((id) =>
      LEGITIMATE_INTEREST_PURPOSES.includes(id),
    ),
    specialFeatureOptins: known(
      vendors.flatMap((v) => v.specialFeatures),
      gvl.specialFeatures,
    ),
    vendorConsents: consentVendorIds(gvl),
    vendorLegitimateInterests: legitimateInterestVendorIds(gvl),
    publisherConsents,
    publisherLegitimateInterests,
    googleAtpConsents: sorted(scope.googleAtpIds ?? []),
  };
}

/**
 * Nothing on and an objection to every legitimate interest (only vendors declaring nothing but
 * special purposes keep theirs: no objection to those exists within the Framework).
 *
 * @example
 * rejectAllChoices(gvl).vendorConsents; // []
 */
export function rejectAllChoices(gvl: GVL): TcfChoices {
  return { ...emptyTcfChoices(), vendorLegitimateInterests: specialPurposeOnlyVendorIds(gvl) };
}

/**
 * The choices with ids sorted and deduplicated, and every signal the TCF cannot carry dropped
 * (unknown purposes or vendors, a legitimate interest for purposes 1 and 3–6 or for a vendor
 * declaring none, an ATP the site did not configure) — exactly what a TC string will decode to.
 *
 * @example
 * normalizeTcfChoices({ ...choices, purposeLegitimateInterests: [1, 2] }, gvl).purposeLegitimateInterests; // [2]
 */
export function normalizeTcfChoices(choices: TcfChoices, gvl: GVL, scope: SiteTcfScope = {}): TcfChoices {
  const within = (values: readonly number[], allowed: readonly number[]) => sorted(values.filter((id) => allowed.includes(id)));
  const purposes = ids(gvl.purposes);
  const liPurposes = purposes.filter((id) => LEGITIMATE_INTEREST_PURPOSES.includes(id));
  return {
    purposeConsents: within(choices.purposeConsents, purposes),
    purposeLegitimateInterests: within(choices.purposeLegitimateInterests, liPurposes),
    specialFeatureOptins: within(choices.specialFeatureOptins, ids(gvl.specialFeatures)),
    vendorConsents: within(choices.vendorConsents, consentVendorIds(gvl)),
    vendorLegitimateInterests: within(choices.vendorLegitimateInterests, legitimateInterestVendorIds(gvl)),
    publisherConsents: within(choices.publisherConsents, purposes),
    publisherLegitimateInterests: within(choices.publisherLegitimateInterests, liPurposes),
    googleAtpConsents: within(choices.googleAtpConsents, scope.googleAtpIds ?? []),
  };
}
