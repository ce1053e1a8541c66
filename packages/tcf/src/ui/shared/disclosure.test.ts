import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GVL, type Vendor } from '@iabtechlabtcf/core';
import { defaultChoices, disclosure, firstLayerSummary, vendorUrls } from './disclosure.js';

const json = JSON.parse(readFileSync(new URL('../../fixtures/vendor-list.json', import.meta.url), 'utf8'));
const gvlOf = (vendors: number[]) => {
  const gvl = new GVL(structuredClone(json));
  gvl.narrowVendorsTo(vendors);
  return gvl;
};
const ALL = Object.keys(json.vendors).map(Number);

describe('disclosure', () => {
  it('collects the purposes, features and vendors in use, consent and legitimate interest apart', () => {
    const used = disclosure(gvlOf(ALL), {});
    expect(used.vendors).toHaveLength(12);
    expect(used.purposes).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
    expect(used.legitimateInterestPurposes).toEqual([2, 7, 8, 9, 10]);
    expect(used.specialFeatures).toEqual([1, 2]);
    expect(used.legitimateInterestVendors).toEqual([21, 28, 52, 755, 1126]);
    // Vendor 1126 claims only legitimate interest: nothing to consent to.
    expect(used.consentVendors).not.toContain(1126);
  });

  it('adds the publisher’s own purposes', () => {
    const used = disclosure(gvlOf([10]), { publisherPurposes: { consent: [11], legitimateInterest: [8] } });
    expect(used.purposes).toContain(11);
    expect(used.legitimateInterestPurposes).toEqual([8]);
  });

  it('the first layer covers every purpose and special feature in use exactly once', () => {
    for (const vendors of [ALL, [10], [21, 52], [2, 32], [1126]]) {
      const gvl = gvlOf(vendors);
      const used = disclosure(gvl, {});
      const summary = firstLayerSummary(gvl, used);
      const purposes = [...summary.stacks.flatMap((stack) => stack.purposes), ...summary.purposes].sort((a, b) => a - b);
      const features = [...summary.stacks.flatMap((stack) => stack.specialFeatures), ...summary.specialFeatures].sort((a, b) => a - b);
      expect(purposes, `vendors ${vendors}`).toEqual(used.purposes);
      expect(features, `vendors ${vendors}`).toEqual(used.specialFeatures);
    }
  });

  it('before a decision: consents off, legitimate interests on', () => {
    const used = disclosure(gvlOf(ALL), { publisherPurposes: { legitimateInterest: [7] } });
    const choices = defaultChoices(used, { publisherPurposes: { legitimateInterest: [7] } });
    expect(choices.purposeConsents).toEqual([]);
    expect(choices.vendorConsents).toEqual([]);
    expect(choices.specialFeatureOptins).toEqual([]);
    expect(choices.purposeLegitimateInterests).toEqual([2, 7, 8, 9, 10]);
    expect(choices.publisherLegitimateInterests).toEqual([7]);
  });

  it('picks the vendor’s privacy policy in the shown language, else English, else the first', () => {
    const vendor = {
      urls: [
        { langId: 'de', privacy: 'https://v.example/de', legIntClaim: '' },
        { langId: 'en', privacy: 'https://v.example/en', legIntClaim: 'https://v.example/li' },
      ],
    } as unknown as Vendor;
    expect(vendorUrls(vendor, 'de').privacy).toBe('https://v.example/de');
    expect(vendorUrls(vendor, 'fr')).toEqual({ privacy: 'https://v.example/en', legIntClaim: 'https://v.example/li' });
    expect(vendorUrls({ policyUrl: 'https://old.example' } as unknown as Vendor, 'fr').privacy).toBe('https://old.example');
  });
});
