import { GppModel } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGppString } from '../gpp-string/encode.js';
import type { GppMspa, GppNotices, GppSection, GppSignals } from '../types.js';
import { hasGpcSegment, noticeValue, usSectionFields } from './fields.js';
import { US_STATE_SECTIONS, USNAT_SECTION } from './regions.js';

// The oracle below is written from the IAB's section specifications, independently of fields.ts:
// each notice field of the library's sections and the GppNotices key that sets it.
const NOTICE_KEYS: Record<string, keyof GppNotices> = {
  SharingNotice: 'sharing',
  ProcessingNotice: 'processing',
  SaleOptOutNotice: 'saleOptOut',
  SharingOptOutNotice: 'sharingOptOut',
  TargetedAdvertisingOptOutNotice: 'targetedAdvertisingOptOut',
  SensitiveDataProcessingOptOutNotice: 'sensitiveDataProcessingOptOut',
  SensitiveDataOptOutNotice: 'sensitiveDataProcessingOptOut',
  SensitiveDataLimitUseNotice: 'sensitiveDataLimitUse',
};
const SENSITIVE = ['sensitiveDataProcessingOptOut', 'sensitiveDataLimitUse'];
const OPT_OUTS = ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut'];
// Consents Assent never collects: every one must decode as 0 ("not applicable").
const NOT_COLLECTED = ['SensitiveDataProcessing', 'KnownChildSensitiveDataConsents', 'PersonalDataConsents', 'AdditionalDataProcessingConsent'];
const WITHOUT_GPC = ['usva', 'usut', 'usfl', 'usin', 'usky', 'usri'];

const optionalBoolean = fc.option(fc.boolean(), { nil: undefined });
const arbitraryNotices: fc.Arbitrary<GppNotices> = fc.record(
  {
    sharing: optionalBoolean,
    saleOptOut: optionalBoolean,
    sharingOptOut: optionalBoolean,
    targetedAdvertisingOptOut: optionalBoolean,
    sensitiveDataProcessingOptOut: optionalBoolean,
    sensitiveDataLimitUse: optionalBoolean,
    processing: optionalBoolean,
  },
  { requiredKeys: [] },
);
const arbitraryMspa: fc.Arbitrary<GppMspa | undefined> = fc.option(
  fc.record({ coveredTransaction: fc.boolean(), mode: fc.constantFrom('opt-out', 'service-provider', undefined) }, { requiredKeys: ['coveredTransaction'] }),
  { nil: undefined },
);
const arbitrarySignals: fc.Arbitrary<GppSignals> = fc.record({ applies: fc.boolean(), optedOut: fc.boolean(), gpc: fc.boolean() });

// The notices a service provider gives none of (MSPA Service Provider Mode: nothing is sold,
// shared or used for targeted advertising, so no opt-out applies).
const SERVICE_PROVIDER_ZERO = ['SaleOptOutNotice', 'SharingOptOutNotice', 'TargetedAdvertisingOptOutNotice', 'SensitiveDataLimitUseNotice'];

/**
 * The IAB's rules for a US section's values (iabgpp-es segment `validate()`, e.g.
 * UsNatCoreSegment): each opt-out against its notice — 0 with 0, 1 with 1 or 2, 2 with 1 (in usnat
 * SharingNotice pairs with SharingOptOut too) — and in Service Provider Mode (MspaMode 2 in the
 * newer sections) Opt-Out Option Mode "no" and the opt-out notices 0; Opt-Out Option Mode with
 * Service Provider Mode "no". Not applied: one library version's rule that a transaction outside
 * the MSPA (modes 0) carries no opt-out notice at all, which would leave a site that did not sign
 * the MSPA unable to signal any opt-out (see the decision record).
 */
function iabViolations(name: string, d: Record<string, unknown>): string[] {
  const violations: string[] = [];
  const pair = (noticeField: string, optOutField: string) => {
    if (!(noticeField in d) || !(optOutField in d)) return;
    const [notice, optOut] = [d[noticeField], d[optOutField]];
    const ok = notice === 0 ? optOut === 0 : notice === 1 ? optOut === 1 || optOut === 2 : optOut === 1;
    if (!ok) violations.push(`${noticeField}/${optOutField} ${notice}/${optOut}`);
  };
  pair('SaleOptOutNotice', 'SaleOptOut');
  pair('SharingOptOutNotice', 'SharingOptOut');
  pair('TargetedAdvertisingOptOutNotice', 'TargetedAdvertisingOptOut');
  if (name === 'usnat') pair('SharingNotice', 'SharingOptOut');
  const fromMode = (yes: number) => (d.MspaMode === 0 ? 0 : d.MspaMode === yes ? 1 : 2);
  const serviceProvider = 'MspaMode' in d ? fromMode(2) : d.MspaServiceProviderMode;
  const optOutOption = 'MspaMode' in d ? fromMode(1) : d.MspaOptOutOptionMode;
  if (serviceProvider === 1) {
    if (optOutOption !== 2) violations.push(`service provider mode with opt-out option mode ${optOutOption}`);
    for (const notice of SERVICE_PROVIDER_ZERO) if (notice in d && d[notice] !== 0) violations.push(`service provider mode with ${notice} ${d[notice]}`);
  } else if (serviceProvider === 2 && optOutOption !== 1) violations.push(`opt-out option mode ${optOutOption} with service provider mode "no"`);
  return violations;
}

/** What each decoded field must be for the decision, the notices and the MSPA standing. */
function expectedValue(section: string, field: string, signals: GppSignals, notices: GppNotices, mspa: GppMspa | undefined): unknown {
  const covered = mspa?.coveredTransaction === true;
  const serviceProvider = covered && mspa?.mode === 'service-provider';
  const given = (name: string) => {
    const key = NOTICE_KEYS[name];
    if (!key) throw new Error(`the section has a notice the oracle does not know: ${name}`);
    if (serviceProvider && (SERVICE_PROVIDER_ZERO.includes(name) || (section === 'usnat' && name === 'SharingNotice'))) return 0;
    const flag = notices[key];
    if (flag !== undefined) return flag ? 1 : 2;
    return signals.applies && !SENSITIVE.includes(key) ? 1 : 0;
  };
  const notice = (name: string) => {
    // usnat: the two sharing notices are "not applicable" together.
    if (section === 'usnat' && (name === 'SharingNotice' || name === 'SharingOptOutNotice'))
      return given('SharingNotice') === 0 || given('SharingOptOutNotice') === 0 ? 0 : given(name);
    return given(name);
  };
  if (field.endsWith('Notice')) return notice(field);
  if (OPT_OUTS.includes(field)) {
    const own = notice(`${field}Notice`);
    const governing = field === 'SharingOptOut' && section === 'usnat' && notice('SharingNotice') === 2 ? 2 : own;
    // No notice → none to opt out of (0); a notice not given → opted out (1); given → the decision.
    return governing === 0 ? 0 : governing === 2 || (signals.applies && signals.optedOut) ? 1 : 2;
  }
  switch (field) {
    case 'MspaCoveredTransaction':
      return covered ? 1 : 2;
    case 'MspaOptOutOptionMode':
      return covered ? (serviceProvider ? 2 : 1) : 0;
    case 'MspaServiceProviderMode':
      return covered ? (serviceProvider ? 1 : 2) : 0;
    case 'MspaMode':
      return covered ? (serviceProvider ? 2 : 1) : 0;
    case 'Gpc':
      return signals.gpc;
    case 'GpcSegmentType':
      return 1;
    case 'Version':
    case 'MspaVersion':
      return field; // checked against the library's own default below
  }
  if (NOT_COLLECTED.includes(field)) return 'zero';
  throw new Error(`the section has a field the oracle does not know: ${field}`);
}

const US_SECTIONS: GppSection[] = [USNAT_SECTION, ...Object.values(US_STATE_SECTIONS)];

describe('US section fields decode with the IAB library to exactly the decision', () => {
  it.each(US_SECTIONS.map((section) => [section.name, section] as const))('%s (property)', (_name, section) => {
    const defaults = new GppModel(encodeGppString({ section, fields: {} })).getSection(section.name) as Record<string, unknown>;
    fc.assert(
      fc.property(arbitrarySignals, arbitraryNotices, arbitraryMspa, (signals, notices, mspa) => {
        const gppString = encodeGppString({ section, fields: usSectionFields(section, signals, notices, mspa) });
        // The IAB's decoder, not ours.
        const model = new GppModel(gppString);
        expect(model.getSectionIds()).toEqual([section.id]);
        const decoded = model.getSection(section.name) as Record<string, unknown>;
        for (const [field, value] of Object.entries(decoded)) {
          const expected = expectedValue(section.name, field, signals, notices, mspa);
          if (expected === 'zero')
            expect(
              [value].flat().every((v) => v === 0),
              field,
            ).toBe(true);
          else if (expected === field) expect(value, field).toBe(defaults[field]);
          else expect(value, field).toBe(expected);
        }
        expect(iabViolations(section.name, decoded)).toEqual([]);
        const gpcSegment = 'Gpc' in decoded;
        expect(gpcSegment).toBe(!WITHOUT_GPC.includes(section.name));
        expect(hasGpcSegment(section.name)).toBe(gpcSegment);
        if (gpcSegment) {
          expect(model.getFieldValue(section.name, 'GpcSegmentIncluded')).toBe(true);
          expect(gppString.split('~')[1]?.split('.')).toHaveLength(2);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a GPC opt-out in California: sale and sharing opted out, the signal in its segment', () => {
    const fields = usSectionFields(US_STATE_SECTIONS.CA!, { applies: true, optedOut: true, gpc: true });
    expect(fields).toEqual({
      SaleOptOutNotice: 1,
      SharingOptOutNotice: 1,
      SensitiveDataLimitUseNotice: 0,
      SaleOptOut: 1,
      SharingOptOut: 1,
      MspaCoveredTransaction: 2,
      MspaOptOutOptionMode: 0,
      MspaServiceProviderMode: 0,
      GpcSegmentIncluded: true,
      Gpc: true,
    });
  });

  it('the newer sections carry MSPA as MspaMode; Virginia has no GPC segment, California no targeted-advertising fields', () => {
    const covered = { coveredTransaction: true, mode: 'service-provider' } as const;
    expect(usSectionFields(US_STATE_SECTIONS.MD!, { applies: true, optedOut: false, gpc: false }, {}, covered)).toMatchObject({
      MspaCoveredTransaction: 1,
      MspaMode: 2,
    });
    expect(usSectionFields(US_STATE_SECTIONS.MD!, { applies: true, optedOut: false, gpc: false }, {}, covered)).not.toHaveProperty('MspaServiceProviderMode');
    expect(usSectionFields(US_STATE_SECTIONS.VA!, { applies: true, optedOut: true, gpc: true })).not.toHaveProperty('Gpc');
    expect(usSectionFields(US_STATE_SECTIONS.CA!, { applies: true, optedOut: true, gpc: false })).not.toHaveProperty('TargetedAdvertisingOptOut');
    expect(usSectionFields(USNAT_SECTION, { applies: true, optedOut: true, gpc: false })).toMatchObject({
      SaleOptOut: 1,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
    });
  });

  it('opt-outs are "not applicable" without an opt-out to make or without its notice', () => {
    expect(usSectionFields(USNAT_SECTION, { applies: false, optedOut: false, gpc: false })).toMatchObject({
      SaleOptOutNotice: 0,
      SaleOptOut: 0,
      SharingNotice: 0,
    });
    // Without the notice nothing may be sold: the IAB pairs notice 2 with opted out (1).
    expect(usSectionFields(USNAT_SECTION, { applies: true, optedOut: false, gpc: false }, { saleOptOut: false })).toMatchObject({
      SaleOptOutNotice: 2,
      SaleOptOut: 1,
      SharingOptOut: 2,
    });
  });

  it('MSPA Service Provider Mode: no opt-out notices and no opt-outs, in every section (the IAB validation)', () => {
    const serviceProvider = { coveredTransaction: true, mode: 'service-provider' } as const;
    for (const section of US_SECTIONS) {
      const fields = usSectionFields(section, { applies: true, optedOut: true, gpc: true }, { saleOptOut: true }, serviceProvider);
      for (const field of [...SERVICE_PROVIDER_ZERO, ...OPT_OUTS]) if (field in fields) expect(fields[field], `${section.name}.${field}`).toBe(0);
      expect(iabViolations(section.name, fields), section.name).toEqual([]);
    }
    expect(usSectionFields(USNAT_SECTION, { applies: true, optedOut: true, gpc: false }, {}, serviceProvider)).toMatchObject({
      SharingNotice: 0,
      MspaCoveredTransaction: 1,
      MspaOptOutOptionMode: 2,
      MspaServiceProviderMode: 1,
    });
  });

  it('the IAB rules reject what the old mapping wrote (notice 1 with opt-out 0; notices in Service Provider Mode)', () => {
    expect(iabViolations('usca', { SaleOptOutNotice: 1, SaleOptOut: 0 })).toHaveLength(1);
    expect(iabViolations('usca', { SaleOptOutNotice: 1, SaleOptOut: 1, MspaOptOutOptionMode: 2, MspaServiceProviderMode: 1 })).toHaveLength(1);
    expect(iabViolations('usmd', { SaleOptOutNotice: 1, SaleOptOut: 1, MspaMode: 2 })).toHaveLength(1);
  });

  it('notice values: given, not given, omitted', () => {
    expect(noticeValue('sharing', true, false)).toBe(1);
    expect(noticeValue('sharing', false, true)).toBe(2);
    expect(noticeValue('sharing', undefined, true)).toBe(1);
    expect(noticeValue('sharing', undefined, false)).toBe(0);
    expect(noticeValue('sensitiveDataLimitUse', undefined, true)).toBe(0);
  });

  it('refuses the TCF section', () => {
    expect(() => usSectionFields({ id: 2, name: 'tcfeuv2' }, { applies: true, optedOut: true, gpc: true })).toThrow(TypeError);
  });
});
