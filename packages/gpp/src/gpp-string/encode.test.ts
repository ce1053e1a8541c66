import { readFileSync } from 'node:fs';
import { acceptAllChoices, decodeTcString, encodeTcString, rejectAllChoices, vendorListFromJson } from '@assent/tcf';
import { GppModel } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { usSectionFields } from '../sections/fields.js';
import { US_STATE_SECTIONS, USNAT_SECTION } from '../sections/regions.js';
import { decodeGppString, encodeGppString, sectionStrings } from './encode.js';

// @assent/tcf's fixture vendor list, and real TC strings made from it with the IAB's TCF library.
const vendorList = JSON.parse(readFileSync(new URL('../../../tcf/src/fixtures/vendor-list.json', import.meta.url), 'utf8'));
const gvl = vendorListFromJson(vendorList, [755, 793, 1126]);
const meta = { cmpId: 300, cmpVersion: 2, publisherCountryCode: 'DE' };
const accepted = encodeTcString(acceptAllChoices(gvl), gvl, meta);
const refusedWithPublisher = encodeTcString(rejectAllChoices(gvl), gvl, { ...meta, withPublisherSegment: true });

describe('the TCF EU section', () => {
  it.each([
    ['core and disclosed vendors', accepted],
    ['with the publisher segment', refusedWithPublisher],
  ])('holds the TC string unchanged (%s), and the IAB library decodes it to the same choices', (_case, tcString) => {
    const gppString = encodeGppString({ tcString });
    expect(gppString.split('~')).toEqual(['DBABMA', tcString]);
    const model = new GppModel(gppString);
    expect(model.getSectionIds()).toEqual([2]);
    const section = model.getSection('tcfeuv2') as Record<string, unknown>;
    const { choices } = decodeTcString(tcString);
    expect(section.CmpId).toBe(300);
    expect(section.PurposeConsents).toEqual(Array.from({ length: 24 }, (_, index) => choices.purposeConsents.includes(index + 1)));
    expect(section.VendorConsents).toEqual(choices.vendorConsents);
  });

  it('sits before a US section in the header and the string', () => {
    const fields = usSectionFields(USNAT_SECTION, { applies: true, optedOut: true, gpc: true });
    const gppString = encodeGppString({ section: USNAT_SECTION, fields, tcString: accepted });
    const decoded = decodeGppString(gppString);
    expect(decoded.sectionIds).toEqual([2, 7]);
    expect(gppString.split('~')[1]).toBe(accepted);
    expect(decoded.sections.usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true });
    expect(sectionStrings(gppString)).toEqual({ tcfeuv2: accepted, usnat: gppString.split('~')[2] });
  });

  it('refuses what is no TC string', () => {
    expect(() => encodeGppString({ tcString: 'not a tc string!' })).toThrow(/Not a TC string/);
    expect(() => encodeGppString({ tcString: '!!!' })).toThrow(/Not a TC string/);
    expect(() => encodeGppString({ tcString: 'ZZZZ' })).toThrow(/Not a TC string/);
    expect(() => encodeGppString({ tcString: 'CZZZ' })).toThrow(/Cannot encode the GPP string/);
    expect(() => encodeGppString({ tcString: `${accepted}.` })).toThrow(/Not a TC string/);
  });
});

describe('GPP strings', () => {
  it('an empty string has no sections', () => {
    expect(encodeGppString({})).toBe('DBAA');
    expect(decodeGppString('DBAA')).toEqual({ sectionIds: [], sections: {} });
  });

  it('decodes what it encodes with the section in the header', () => {
    const ca = US_STATE_SECTIONS.CA!;
    const gppString = encodeGppString({ section: ca, fields: usSectionFields(ca, { applies: true, optedOut: false, gpc: false }) });
    expect(gppString).toMatch(/^DBABBg~/);
    expect(decodeGppString(gppString)).toMatchObject({ sectionIds: [8], sections: { usca: { SaleOptOut: 2, SharingOptOut: 2, Gpc: false } } });
  });

  it('refuses a field the section does not have, or a value out of range', () => {
    expect(() => encodeGppString({ section: US_STATE_SECTIONS.CA!, fields: { TargetedAdvertisingOptOut: 1 } })).toThrow(/TargetedAdvertisingOptOut/);
    expect(() => encodeGppString({ section: US_STATE_SECTIONS.CA!, fields: { SaleOptOut: 3 } })).toThrow();
    expect(() => encodeGppString({ section: { id: 2, name: 'tcfeuv2' }, fields: {} })).toThrow(/tcString/);
  });

  it.each([
    ['garbage', /starts with "DB"/],
    ['', /starts with "DB"/],
    ['CQujIwAQujIwAEsABBENBkFgAPLAAEPAAAAAGMwAgF5gMZBGaAGAvMBjIEZgAAAA', /starts with "DB"/],
    ['DBABMA~', /blank/],
    ['DBABBg', /number of sections/],
    ['DBABMA~xyz', /Unable to decode/],
    ['DBABBg~BUUAAACA.YA;', /starts with "DB"/],
  ])('decoding %j throws a clear error', (gppString, message) => {
    expect(() => decodeGppString(gppString)).toThrow(message);
    expect(() => decodeGppString(gppString)).toThrow(/^Not a GPP string/);
  });
});
