import { ConsentConfigError, createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import { describe, expect, it } from 'vitest';
import { validateGppForStore, validateGppOptions } from './validate.js';

const issuesOf = (options: unknown) => {
  try {
    validateGppOptions(options);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as ConsentConfigError).issues;
  }
};
const fieldsOf = (options: unknown) => issuesOf(options).map((issue) => issue.field);
const tcf = { gdprApplies: true, needsDecision: false, evidence: { tcString: 'CQ' } };

describe('GPP options', () => {
  it('accepts a minimal and a full configuration', () => {
    expect(fieldsOf({ cmpId: 1 })).toEqual([]);
    expect(
      fieldsOf({
        cmpId: 4095,
        cmpVersion: 3,
        region: 'US-CA',
        sections: 'national',
        optOutOf: ['advertising', 'google-ads'],
        notices: {
          sharing: true,
          saleOptOut: false,
          sharingOptOut: true,
          targetedAdvertisingOptOut: true,
          processing: true,
          sensitiveDataLimitUse: false,
          sensitiveDataProcessingOptOut: undefined,
        },
        mspa: { coveredTransaction: true, mode: 'service-provider' },
        tcf,
        cookieName: 'site_gpp',
      }),
    ).toEqual([]);
    expect(fieldsOf({ cmpId: 300, region: '', cookieName: false, mspa: { coveredTransaction: false }, tcf: { ...tcf, evidence: undefined } })).toEqual([]);
  });

  it('names every field that is wrong, with its fix', () => {
    expect(
      fieldsOf({
        cmpId: 0,
        cmpVersion: 1.5,
        region: 'California',
        sections: 'states',
        optOutOf: 'advertising',
        notices: { sharing: 'yes', sale: true },
        mspa: { coveredTransaction: 'yes', mode: 'both' },
        tcf: { gdprApplies: true },
        cookieName: 'a;b',
        cmpID: 300,
      }),
    ).toEqual([
      'gpp.cmpID',
      'gpp.cmpId',
      'gpp.cmpVersion',
      'gpp.region',
      'gpp.sections',
      'gpp.optOutOf',
      'gpp.notices.sharing',
      'gpp.notices.sale',
      'gpp.mspa.coveredTransaction',
      'gpp.mspa.mode',
      'gpp.mspa.mode',
      'gpp.tcf',
      'gpp.cookieName',
    ]);
    const [cmpId] = issuesOf({ cmpId: 5000 });
    expect(cmpId?.message).toMatch(/integer from 1 to 4095/);
    expect(issuesOf({ cmpId: 300, mspa: { coveredTransaction: false, mode: 'opt-out' } })).toEqual([
      { field: 'gpp.mspa.mode', message: expect.stringMatching(/coveredTransaction: true/) },
    ]);
    expect(fieldsOf({ cmpId: 300, notices: ['sharing'], optOutOf: [''] })).toEqual(['gpp.optOutOf', 'gpp.notices']);
    expect(fieldsOf({ cmpId: 300, cookieName: true })).toEqual(['gpp.cookieName']);
  });

  it('asks for an object', () => {
    for (const options of [undefined, null, 300, [], 'gpp']) {
      const [issue] = issuesOf(options);
      expect(issue?.field).toBe('gpp');
      expect(issue?.message).toMatch(/cmpId/);
    }
    expect(fieldsOf({})).toEqual(['gpp.cmpId']);
  });

  it('the error message lists each field and its fix', () => {
    expect(() => validateGppOptions({ cmpId: 'x', sections: 'all' })).toThrow(/gpp\.cmpId: an integer from 1 to 4095[\s\S]*gpp\.sections: 'state'/);
  });
});

describe('GPP options against the store', () => {
  const store = createConsent({
    region: 'US-CA',
    sync: false,
    cookie: { name: 'site_consent' },
    storage: { cookies: memoryCookieJar(), records: memoryRecords() },
  });
  const storeIssues = (options: Parameters<typeof validateGppForStore>[1]) => {
    try {
      validateGppForStore(store, options);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConsentConfigError);
      return (error as ConsentConfigError).issues.map((issue) => issue.field);
    }
  };

  it('a cookieName of a consent cookie would overwrite the decision: refused', () => {
    expect(storeIssues({ cmpId: 1, cookieName: 'site_consent' })).toEqual(['gpp.cookieName']);
    expect(storeIssues({ cmpId: 1, cookieName: 'euconsent-v2' })).toEqual(['gpp.cookieName']);
    expect(storeIssues({ cmpId: 1, cookieName: 'addtl_consent' })).toEqual(['gpp.cookieName']);
    expect(storeIssues({ cmpId: 1, cookieName: 'assent_gpp' })).toEqual([]);
    expect(storeIssues({ cmpId: 1, cookieName: false })).toEqual([]);
  });

  it('optOutOf ids the config does not have (or necessary, never refused) are refused, each named', () => {
    expect(storeIssues({ cmpId: 1, optOutOf: ['advertisng', 'necessary'] })).toEqual(['gpp.optOutOf', 'gpp.optOutOf']);
    expect(storeIssues({ cmpId: 1, optOutOf: ['advertising', 'analytics'] })).toEqual([]);
    // Left out, the default ['advertising'] applies only where the config has it.
    expect(storeIssues({ cmpId: 1 })).toEqual([]);
  });

  it('a service of the necessary category is never refused, so its opt-out would never be signalled: refused', () => {
    const withServices = createConsent({
      region: 'US-CA',
      sync: false,
      services: [
        { id: 'session', category: 'necessary', name: 'Session', provider: 'Site', purpose: 'Keeps you signed in', privacyPolicyUrl: '/privacy' },
        { id: 'ads-network', category: 'advertising', name: 'Ads', provider: 'Ads Inc.', purpose: 'Ads', privacyPolicyUrl: '/privacy' },
      ],
      storage: { cookies: memoryCookieJar(), records: memoryRecords() },
    });
    const refused = () => validateGppForStore(withServices, { cmpId: 1, optOutOf: ['session'] });
    expect(refused).toThrow(ConsentConfigError);
    try {
      refused();
    } catch (error) {
      const [issue] = (error as ConsentConfigError).issues;
      expect(issue?.field).toBe('gpp.optOutOf');
      expect(issue?.message).toContain('"session"');
      // The ids it suggests instead are refusable ones only.
      expect(issue?.message.split('use one of')[1]).not.toContain('session');
      expect(issue?.message.split('use one of')[1]).toContain('ads-network');
    }
    expect(() => validateGppForStore(withServices, { cmpId: 1, optOutOf: ['ads-network'] })).not.toThrow();
  });
});
