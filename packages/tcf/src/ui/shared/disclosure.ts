import type { GVL, Stack, Vendor } from '@iabtechlabtcf/core';
import type { TcfChoices, TcfOptions } from '../../types.js';

/**
 * What the vendors and the publisher ask for, by id: the only purposes, features and special
 * features the UI discloses (TCF policy: disclose what is used, nothing else).
 *
 * @example
 * const used = disclosure(controller.gvl!, controller.options);
 * used.legitimateInterestPurposes; // [2, 7, 9, 10]
 */
export interface Disclosure {
  /** Every purpose asked for, on either legal basis, by a vendor or the publisher. */
  purposes: number[];
  /** Purposes some vendor or the publisher asks consent for (also flexible ones): these get a consent switch. */
  consentPurposes: number[];
  /** Purposes some vendor or the publisher claims legitimate interest for: these get a right-to-object switch. */
  legitimateInterestPurposes: number[];
  specialPurposes: number[];
  features: number[];
  specialFeatures: number[];
  /** The vendors, by name (ids in the lists below are in numeric order). */
  vendors: Vendor[];
  /** Vendors that ask for consent for at least one purpose or special feature. */
  consentVendors: number[];
  /** Vendors that claim legitimate interest for at least one purpose. */
  legitimateInterestVendors: number[];
}

const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

/**
 * Collects what the narrowed vendor list and the publisher's own purposes ask for.
 *
 * @example
 * disclosure(gvl, { publisherPurposes: { consent: [1] } }).purposes; // includes 1
 */
export function disclosure(gvl: GVL, options: Pick<TcfOptions, 'publisherPurposes'>): Disclosure {
  const vendors = Object.values(gvl.vendors)
    .filter((vendor) => !vendor.deletedDate)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const publisher = options.publisherPurposes ?? {};
  const consentPurposes = sorted([...vendors.flatMap((v) => [...v.purposes, ...v.flexiblePurposes]), ...(publisher.consent ?? [])]);
  const legitimateInterestPurposes = sorted([...vendors.flatMap((v) => v.legIntPurposes), ...(publisher.legitimateInterest ?? [])]);
  return {
    purposes: sorted([...consentPurposes, ...legitimateInterestPurposes]).filter((id) => gvl.purposes[id]),
    consentPurposes,
    legitimateInterestPurposes,
    specialPurposes: sorted(vendors.flatMap((v) => v.specialPurposes)).filter((id) => gvl.specialPurposes[id]),
    features: sorted(vendors.flatMap((v) => v.features)).filter((id) => gvl.features[id]),
    specialFeatures: sorted(vendors.flatMap((v) => v.specialFeatures)).filter((id) => gvl.specialFeatures[id]),
    vendors,
    consentVendors: sorted(vendors.filter((v) => v.purposes.length + v.flexiblePurposes.length + v.specialFeatures.length > 0).map((v) => v.id)),
    legitimateInterestVendors: sorted(vendors.filter((v) => v.legIntPurposes.length > 0).map((v) => v.id)),
  };
}

/**
 * The first layer's summary: stacks that cover only purposes and special features in use (the
 * largest first, none overlapping), then the purposes and special features no chosen stack covers.
 * TCF policy allows stacks in place of the purposes they combine.
 *
 * @example
 * const { stacks, purposes, specialFeatures } = firstLayerSummary(gvl, used);
 */
export function firstLayerSummary(gvl: GVL, used: Disclosure): { stacks: Stack[]; purposes: number[]; specialFeatures: number[] } {
  const purposes = new Set(used.purposes);
  const specialFeatures = new Set(used.specialFeatures);
  const size = (stack: Stack) => stack.purposes.length + stack.specialFeatures.length;
  const candidates = Object.values(gvl.stacks)
    .filter((stack) => size(stack) > 1 && stack.purposes.every((id) => purposes.has(id)) && stack.specialFeatures.every((id) => specialFeatures.has(id)))
    .sort((a, b) => size(b) - size(a) || a.id - b.id);
  const stacks: Stack[] = [];
  for (const stack of candidates) {
    if (stack.purposes.every((id) => purposes.has(id)) && stack.specialFeatures.every((id) => specialFeatures.has(id))) {
      stacks.push(stack);
      for (const id of stack.purposes) purposes.delete(id);
      for (const id of stack.specialFeatures) specialFeatures.delete(id);
    }
  }
  stacks.sort((a, b) => a.id - b.id);
  return { stacks, purposes: sorted(purposes), specialFeatures: sorted(specialFeatures) };
}

/**
 * The choices before any decision: every consent off (nothing pre-ticked), every legitimate
 * interest on (TCF: it applies until the person objects).
 *
 * @example
 * defaultChoices(used, options).purposeConsents; // []
 */
export function defaultChoices(used: Disclosure, options: Pick<TcfOptions, 'publisherPurposes'>): TcfChoices {
  return {
    purposeConsents: [],
    purposeLegitimateInterests: [...used.legitimateInterestPurposes],
    specialFeatureOptins: [],
    vendorConsents: [],
    vendorLegitimateInterests: [...used.legitimateInterestVendors],
    publisherConsents: [],
    publisherLegitimateInterests: [...(options.publisherPurposes?.legitimateInterest ?? [])],
    googleAtpConsents: [],
  };
}

/**
 * A vendor's privacy policy (and legitimate-interest claim) in the person's language, else
 * English, else the first given; `policyUrl` of older lists as last resort.
 *
 * @example
 * vendorUrls(vendor, 'fr'); // { privacy: 'https://…/fr/privacy', legIntClaim: 'https://…' }
 */
export function vendorUrls(vendor: Vendor, lang: string): { privacy?: string; legIntClaim?: string } {
  const urls = vendor.urls ?? [];
  const match = urls.find((url) => url.langId.toLowerCase() === lang.toLowerCase()) ?? urls.find((url) => url.langId.toLowerCase() === 'en') ?? urls[0];
  return { privacy: match?.privacy || vendor.policyUrl, legIntClaim: match?.legIntClaim || undefined };
}
