// What the browser writes, the ledger stores: every GPP string encodeGppString writes — each US
// section, opted out or not, GPC on or off, the opt-outs applying or not, and the TC string beside
// usnat — passes @assent/server-sync's evidence check, which refuses any string the IAB library
// would not encode the same way.
import { readFileSync } from 'node:fs';
import { EvidenceInputError, validateEvidenceInput } from '@assent/server-sync';
import { acceptAllChoices, encodeTcString, vendorListFromJson } from '@assent/tcf';
import { GppModel } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { usSectionFields } from '../sections/fields.js';
import { US_STATE_SECTIONS, USNAT_SECTION } from '../sections/regions.js';
import { encodeGppString } from './encode.js';

const vendorList = JSON.parse(readFileSync(new URL('../../../tcf/src/fixtures/vendor-list.json', import.meta.url), 'utf8'));
const gvl = vendorListFromJson(vendorList, [755, 793, 1126]);
const tcString = encodeTcString(acceptAllChoices(gvl), gvl, { cmpId: 300, cmpVersion: 2, publisherCountryCode: 'DE' });

/** The ledger's issues with a record carrying this GPP evidence (none when it would be stored). */
function ledgerIssues(gpp: { gppString: string; applicableSections: number[] }): unknown[] {
  const record = {
    recordId: `r-${crypto.randomUUID()}`,
    consentId: 'consent-0001',
    revision: '1',
    categories: { necessary: true, functional: true, analytics: true, advertising: false },
    services: {},
    method: 'custom',
    locale: 'en',
    region: 'US-CA',
    regime: 'opt-out',
    gpc: false,
    textHash: '',
    updatedAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
    sdkVersion: '0.1.0',
    gpp,
  };
  try {
    validateEvidenceInput(record);
    return [];
  } catch (error) {
    if (error instanceof EvidenceInputError) return error.issues;
    throw error;
  }
}

describe('the ledger stores what the browser writes', () => {
  it('accepts every string encodeGppString writes: each US section, opted out or not, GPC on or off, tcfeuv2 beside usnat', () => {
    const sections = [USNAT_SECTION, ...Object.values(US_STATE_SECTIONS)];
    expect(sections).toHaveLength(21);
    let withGpcSegment = 0;
    for (const section of sections)
      for (const optedOut of [true, false])
        for (const gpc of [true, false])
          for (const applies of [true, false]) {
            const fields = usSectionFields(section, { applies, optedOut, gpc });
            if (fields.GpcSegmentIncluded === true) withGpcSegment++;
            const gppString = encodeGppString({ section, fields });
            expect(ledgerIssues({ gppString, applicableSections: [section.id] }), `${section.name} ${gppString}`).toEqual([]);
            if (section !== USNAT_SECTION) continue;
            const both = encodeGppString({ section, fields, tcString });
            expect(new GppModel(both).getSectionIds()).toEqual([2, 7]);
            expect(ledgerIssues({ gppString: both, applicableSections: [2, 7] }), both).toEqual([]);
          }
    expect(withGpcSegment).toBeGreaterThan(0);
    expect(ledgerIssues({ gppString: encodeGppString({ tcString }), applicableSections: [2] })).toEqual([]);
    // And the check can refuse: a padded section is not the library's encoding.
    const padded = `${encodeGppString({ section: USNAT_SECTION, fields: usSectionFields(USNAT_SECTION, { applies: true, optedOut: true, gpc: true }) })}AAAA`;
    expect(ledgerIssues({ gppString: padded, applicableSections: [7] })).not.toEqual([]);
  });
});
