import { Segment, TCString } from '@iabtechlabtcf/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureGvl } from '../fixtures/fixture-gvl.test-helper.js';
import { disclosure, firstLayerSummary } from '../ui/shared/disclosure.js';
import type { TcfChoices } from '../types.js';
import {
  LEGITIMATE_INTEREST_PURPOSES,
  acceptAllChoices,
  consentVendorIds,
  emptyTcfChoices,
  legitimateInterestVendorIds,
  normalizeTcfChoices,
  rejectAllChoices,
} from './choices.js';
import { choicesToTcModel, decodeTcString, disclosedVendorIds, encodeTcString, tcConsentLanguage } from './encode.js';

const gvl = fixtureGvl();
const meta = { cmpId: 300, cmpVersion: 7, publisherCountryCode: 'DE' };
const subset = (values: readonly number[]) => fc.subarray([...values]).map((ids) => [...ids].sort((a, b) => a - b));

/** Random choices the TCF can carry: LI only for purposes 2 and 7–11 and vendors declaring it. */
const validChoices: fc.Arbitrary<TcfChoices> = fc.record({
  purposeConsents: subset([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
  purposeLegitimateInterests: subset(LEGITIMATE_INTEREST_PURPOSES),
  specialFeatureOptins: subset([1, 2]),
  vendorConsents: subset(consentVendorIds(gvl)),
  vendorLegitimateInterests: subset(legitimateInterestVendorIds(gvl)),
  publisherConsents: subset([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
  publisherLegitimateInterests: subset(LEGITIMATE_INTEREST_PURPOSES),
  googleAtpConsents: fc.constant([]),
});

describe('TC string encoding', () => {
  it('decodes with the IAB library to exactly the choices encoded (property)', () => {
    fc.assert(
      fc.property(validChoices, (choices) => {
        const tcString = encodeTcString(choices, gvl, { ...meta, withPublisherSegment: true });
        expect(decodeTcString(tcString).choices).toEqual(choices);
        // The IAB decoder itself, not only our wrapper, sees the same vendors.
        expect(TCString.decode(tcString).vendorConsents.has(choices.vendorConsents[0] ?? -1)).toBe(choices.vendorConsents.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('writes Core and DisclosedVendors, PublisherTC only when asked, with the CMP fields', () => {
    const plain = encodeTcString(acceptAllChoices(gvl), gvl, meta);
    expect(plain.split('.')).toHaveLength(2);
    const withPublisher = encodeTcString(acceptAllChoices(gvl), gvl, { ...meta, withPublisherSegment: true });
    expect(withPublisher.split('.')).toHaveLength(3);
    const { model } = decodeTcString(plain);
    expect(model.cmpId).toBe(300);
    expect(model.cmpVersion).toBe(7);
    expect(model.publisherCountryCode).toBe('DE');
    expect(model.consentLanguage).toBe('EN');
    // TCF v2.2 has no global scope: every string is service-specific.
    expect(model.isServiceSpecific).toBe(true);
    expect(model.useNonStandardTexts).toBe(false);
    expect(model.purposeOneTreatment).toBe(false);
    expect(Number(model.policyVersion)).toBe(5);
    expect(Number(model.vendorListVersion)).toBe(100);
    expect(disclosedVendorIds(model)).toEqual(Object.keys(gvl.vendors).map(Number));
  });

  it('reject all refuses every consent and objects to every legitimate interest', () => {
    const { choices } = decodeTcString(encodeTcString(rejectAllChoices(gvl), gvl, meta));
    expect(choices).toEqual(emptyTcfChoices());
  });

  it('accept all over the whole fixture turns on what its vendors declare', () => {
    const { choices } = decodeTcString(encodeTcString(acceptAllChoices(gvl), gvl, meta));
    // No fixture vendor declares purposes 5, 6 or 11, so "accept all" does not consent to them.
    expect(choices.purposeConsents).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
    expect(choices.purposeLegitimateInterests).toEqual([2, 7, 8, 9, 10]);
    expect(choices.specialFeatureOptins).toEqual([1, 2]);
    expect(choices.vendorConsents).not.toContain(1126); // legitimate interest only
    expect(choices.vendorLegitimateInterests).toContain(1126);
  });

  it('normalizes what the TCF cannot carry instead of pretending it was stored', () => {
    const choices = normalizeTcfChoices(
      { ...emptyTcfChoices(), purposeLegitimateInterests: [1, 3, 2, 2], vendorConsents: [1126, 755, 9999], googleAtpConsents: [89, 5] },
      gvl,
      { googleAtpIds: [89] },
    );
    expect(choices.purposeLegitimateInterests).toEqual([2]);
    expect(choices.vendorConsents).toEqual([755]);
    expect(choices.googleAtpConsents).toEqual([89]);
  });

  it('accept all encodes only what the UI disclosed for a vendor subset (no purpose or special feature no vendor uses)', () => {
    const narrowed = fixtureGvl([755, 793, 1126, 2]);
    const options = { publisherPurposes: { consent: [11] } };
    const shown = disclosure(narrowed, options);
    const { choices } = decodeTcString(encodeTcString(acceptAllChoices(narrowed, options), narrowed, { ...meta, withPublisherSegment: true }));
    expect(choices.purposeConsents).toEqual(shown.consentPurposes);
    expect(choices.purposeLegitimateInterests).toEqual(shown.legitimateInterestPurposes);
    expect(choices.specialFeatureOptins).toEqual(shown.specialFeatures);
    expect(choices.vendorConsents).toEqual(shown.consentVendors);
    // Everything on is what the first layer listed: its stacks plus the purposes and features left over.
    const summary = firstLayerSummary(narrowed, shown);
    const firstLayerPurposes = [...summary.stacks.flatMap((stack) => stack.purposes), ...summary.purposes].sort((a, b) => a - b);
    expect([...new Set([...choices.purposeConsents, ...choices.purposeLegitimateInterests])].sort((a, b) => a - b)).toEqual(firstLayerPurposes);
    expect(choices.specialFeatureOptins).toEqual([...summary.stacks.flatMap((stack) => stack.specialFeatures), ...summary.specialFeatures].sort());
    expect(choices.purposeConsents).toEqual([1, 2, 3, 4, 7, 9, 10, 11]); // 11: the publisher's
    expect(choices.purposeConsents).not.toContain(5);
    expect(choices.purposeConsents).not.toContain(6);
    expect(choices.specialFeatureOptins).toEqual([2]); // only vendor 2 declares one
    expect(choices.publisherConsents).toEqual([11]);
  });

  it("records the UI's language as consentLanguage", () => {
    expect(decodeTcString(encodeTcString(acceptAllChoices(gvl), gvl, { ...meta, locale: 'fr' })).model.consentLanguage).toBe('FR');
    expect(decodeTcString(encodeTcString(acceptAllChoices(gvl), gvl, { ...meta, locale: 'pt-BR' })).model.consentLanguage).toBe('PT');
    expect(tcConsentLanguage('ja')).toBe('JA');
    // In English the hand-run encoding is the library's own TCString.encode, bit for bit.
    const model = choicesToTcModel(acceptAllChoices(gvl), gvl, meta);
    const segments = [Segment.CORE, Segment.VENDORS_DISCLOSED];
    expect(encodeTcString(acceptAllChoices(gvl), gvl, meta)).toBe(TCString.encode(model, { segments }));
    expect(tcConsentLanguage('xx')).toBe('EN'); // not in the IAB's list
    expect(tcConsentLanguage(undefined)).toBe('EN');
  });

  it('discloses only the narrowed vendors', () => {
    const narrowed = fixtureGvl([755, 793]);
    const { model } = decodeTcString(encodeTcString(acceptAllChoices(narrowed), narrowed, meta));
    expect(disclosedVendorIds(model)).toEqual([755, 793]);
    expect(decodeTcString(encodeTcString(acceptAllChoices(narrowed), narrowed, meta)).choices.vendorConsents).toEqual([755, 793]);
  });
});
