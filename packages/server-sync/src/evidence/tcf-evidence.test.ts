import { TCString } from '@iabtechlabtcf/core';
import { describe, expect, it } from 'vitest';
import { recordHash } from './hash.js';
import { TCF_LIMITS } from './schema.js';
import { encodeTcString } from '../tcf/tc-string.test-helper.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { EvidenceInputError, evidenceValidator, validateEvidenceInput } from './validate.js';

const TC_STRING = encodeTcString();
const issuesOf = (body: unknown) => {
  try {
    validateEvidenceInput(body);
  } catch (error) {
    if (error instanceof EvidenceInputError) return error.issues;
    throw error;
  }
  return [];
};

describe('the tcf field of a submitted record', () => {
  it('is optional, and kept as sent when it holds a TC string the IAB library decodes', () => {
    expect(validateEvidenceInput(decisionInput()).tcf).toBeUndefined();
    expect(TCString.decode(TC_STRING).vendorConsents.has(755)).toBe(true);
    expect(validateEvidenceInput(decisionInput({ tcf: { tcString: TC_STRING } })).tcf).toEqual({ tcString: TC_STRING });
    const both = { tcString: TC_STRING, addtlConsent: '2~1.35.41.101~dv.9.21.81' };
    expect(validateEvidenceInput(decisionInput({ tcf: both })).tcf).toEqual(both);
  });

  it('refuses a TC string the IAB library cannot decode, naming tcf.tcString', () => {
    for (const tcString of [TC_STRING.slice(0, 12), `${TC_STRING.slice(0, 4)}.${TC_STRING.slice(4)}`, 'CPgarbage'])
      expect(issuesOf(decisionInput({ tcf: { tcString } })), tcString).toEqual([
        { path: 'tcf.tcString', message: 'must be a TC string the IAB TCF library decodes' },
      ]);
    // Not even a Core segment: refused before decoding.
    for (const tcString of ['garbage', 'AAAA', `B${TC_STRING.slice(1)}`])
      expect(issuesOf(decisionInput({ tcf: { tcString } })), tcString).toEqual([
        { path: 'tcf.tcString', message: expect.stringMatching(/^must be a TC string that starts with/) },
      ]);
    for (const tcString of ['', 'has space', 'a..b', 42, null])
      expect(issuesOf(decisionInput({ tcf: { tcString } }))).toEqual([{ path: 'tcf.tcString', message: expect.stringMatching(/^must be a/) }]);
    expect(issuesOf(decisionInput({ tcf: { tcString: `${TC_STRING}.${'A'.repeat(TCF_LIMITS.tcString)}` } }))).toEqual([
      { path: 'tcf.tcString', message: expect.stringMatching(/^must be /) },
    ]);
  });

  it('refuses a string without a TCF v2 Core segment first, though the IAB library decodes it with defaults', () => {
    // A lone DisclosedVendors (`I…`) or allowed-vendors (`Q…`) segment: TCString.decode fills in a Core segment.
    for (const tcString of ['IAAA', 'QAAA', 'IAAA.IAAA.IAAA', `${TC_STRING.split('.')[1] ?? 'IAAA'}.${TC_STRING.split('.')[0]}`]) {
      expect(() => TCString.decode(tcString.split('.')[0]!), tcString).not.toThrow();
      expect(issuesOf(decisionInput({ tcf: { tcString } })), tcString).toEqual([
        { path: 'tcf.tcString', message: expect.stringContaining('starts with a TCF v2 Core segment') },
      ]);
    }
  });

  it('refuses a Core segment created further ahead of the server clock than skew explains (31 days)', () => {
    const created = Date.parse('2026-11-30T00:00:00Z');
    const at = (now: number) => {
      try {
        evidenceValidator({}, () => now)(decisionInput({ tcf: { tcString: TC_STRING } }));
        return [];
      } catch (error) {
        return (error as EvidenceInputError).issues;
      }
    };
    expect(at(created)).toEqual([]);
    expect(at(created - 30 * 86_400_000)).toEqual([]);
    expect(at(created - 32 * 86_400_000)).toEqual([{ path: 'tcf.tcString', message: expect.stringContaining('creation date, at most 31 days ahead') }]);
  });

  it("accepts Google's AC string v1 and v2 grammar and refuses anything else, naming tcf.addtlConsent", () => {
    for (const addtlConsent of ['1~', '1~1.35.41.101', '2~~dv.', '2~1.35~dv.', '2~~dv.9.21', '2~1.35.41.101~dv.9.21.81'])
      expect(issuesOf(decisionInput({ tcf: { tcString: TC_STRING, addtlConsent } }))).toEqual([]);
    for (const addtlConsent of ['', '1', '3~1.2', '1~1..2', '1~01', '1~a', '2~1.35', '2~1.35~9.21', '2~1.35~dv.9~x', '1~1.2 ', '2~1.~dv.', 7])
      expect(issuesOf(decisionInput({ tcf: { tcString: TC_STRING, addtlConsent } })), String(addtlConsent)).toEqual([
        { path: 'tcf.addtlConsent', message: expect.stringMatching(/^must be a/) },
      ]);
  });

  it('refuses unknown keys and a tcf that is not an object, like every other field', () => {
    expect(issuesOf(decisionInput({ tcf: { tcString: TC_STRING, gdprApplies: true } }))).toEqual([{ path: 'tcf.gdprApplies', message: 'unknown field' }]);
    expect(issuesOf(decisionInput({ tcf: { addtlConsent: '1~1' } }))).toEqual([{ path: 'tcf.tcString', message: 'is required' }]);
    for (const tcf of [TC_STRING, null, [], 5])
      expect(issuesOf(decisionInput({ tcf })), JSON.stringify(tcf)).toEqual([{ path: 'tcf', message: 'must be an object { tcString, addtlConsent? }' }]);
    expect(issuesOf(decisionInput({ notice: 'https://shop.example/privacy' }))).toEqual([
      { path: 'notice', message: 'must be an object { url, version, hash? }' },
    ]);
  });
});

describe('the record hash with TCF evidence (format v4)', () => {
  const base = {
    recordId: 'r-00000001',
    consentId: 'consent-0001',
    seq: 1,
    event: 'given' as const,
    categories: { necessary: true },
    services: {},
    revision: '1',
    textHash: '',
    locale: 'en',
    method: 'custom' as const,
    region: 'DE',
    regime: 'opt-in' as const,
    gpc: false,
    clientTime: '2026-01-01T10:00:00.000Z',
    recordedAt: '2026-01-01T10:00:01.000Z',
    expiresAt: '2026-07-01T10:00:01.000Z',
    origin: 'https://shop.example',
    sdkVersion: '0.1.0',
    identityDigest: 'd',
    prevHash: '',
    withdrawn: null,
    leafIndex: null,
    notice: null,
  };

  it('leaves records without tcf exactly as before, and covers the TC string and the AC string', () => {
    const without = recordHash({ ...base, tcf: null });
    expect(recordHash(base)).toBe(without);
    const withTcf = recordHash({ ...base, tcf: { tcString: TC_STRING } });
    expect(withTcf).not.toBe(without);
    expect(recordHash({ ...base, tcf: { tcString: encodeTcString({ vendors: [8] }) } })).not.toBe(withTcf);
    expect(recordHash({ ...base, tcf: { tcString: TC_STRING, addtlConsent: '1~1' } })).not.toBe(withTcf);
    expect(recordHash({ ...base, tcf: { tcString: TC_STRING, addtlConsent: '1~1' } })).not.toBe(
      recordHash({ ...base, tcf: { tcString: TC_STRING, addtlConsent: '1~2' } }),
    );
    // A notice and TCF evidence together: both covered.
    const notice = { url: 'https://shop.example/privacy', version: '1' };
    expect(recordHash({ ...base, notice, tcf: { tcString: TC_STRING } })).not.toBe(recordHash({ ...base, notice }));
    expect(recordHash({ ...base, notice, tcf: { tcString: TC_STRING } })).not.toBe(withTcf);
  });
});
