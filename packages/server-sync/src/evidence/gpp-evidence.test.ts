import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { decisionInput } from '../storage/stores.test-helper.js';
import { tcfAndUsnatString, uscaString, usnatString } from './gpp-string.test-helper.js';
import { recordHash } from './hash.js';
import { GPP_LIMITS, GPP_SECTION_IDS } from './schema.js';
import { EvidenceInputError, validateEvidenceInput } from './validate.js';

const issuesOf = (body: unknown) => {
  try {
    validateEvidenceInput(body);
  } catch (error) {
    if (error instanceof EvidenceInputError) return error.issues;
    throw error;
  }
  return [];
};
const withGpp = (gpp: unknown) => decisionInput({ gpp } as never);

describe('the gpp field of a submitted record', () => {
  it('is optional, and kept as sent when its GPP string decodes with the IAB library', () => {
    expect(validateEvidenceInput(decisionInput()).gpp).toBeUndefined();
    const cases = [
      { gppString: uscaString(), applicableSections: [8] },
      { gppString: uscaString({ gpc: true }), applicableSections: [8] },
      { gppString: usnatString(), applicableSections: [7] },
      { gppString: tcfAndUsnatString(), applicableSections: [2, 7] },
      { gppString: tcfAndUsnatString(), applicableSections: [2] },
      { gppString: tcfAndUsnatString(), applicableSections: [-1] },
    ];
    expect(new GppModel(cases[3]!.gppString).getSectionIds()).toEqual([2, 7]);
    for (const gpp of cases) expect(validateEvidenceInput(withGpp(gpp)).gpp, gpp.gppString).toEqual(gpp);
  });

  it('returns a copy: changing the submitted list later does not change the record', () => {
    const applicableSections = [8];
    const input = validateEvidenceInput(withGpp({ gppString: uscaString(), applicableSections }));
    applicableSections.push(7);
    expect(input.gpp?.applicableSections).toEqual([8]);
  });

  it('refuses a GPP string the IAB library cannot decode, naming gpp.gppString', () => {
    const usca = uscaString();
    const [header, section] = usca.split('~') as [string, string];
    const undecodable = [`${header}`, `${header}~${section}~${section}`, `${header}~BVQ`, `${header}~garbage`, 'DBACNY~CPX'];
    for (const gppString of undecodable)
      expect(issuesOf(withGpp({ gppString, applicableSections: [-1] })), gppString).toEqual([
        { path: 'gpp.gppString', message: expect.stringMatching(/^must be a GPP string the IAB GPP library decodes/) },
      ]);
    // A bare TC string, which the library would read as a legacy TCF string, and other non-headers.
    for (const gppString of ['garbage', 'DAAA', 'CQuf10AQuf10AACABBENBlFgAOAAAAAAAAYgF5wAgAEALzAAAAAA'])
      expect(issuesOf(withGpp({ gppString, applicableSections: [-1] })), gppString).toEqual([
        { path: 'gpp.gppString', message: expect.stringContaining('starts with a GPP v1 header') },
      ]);
    for (const gppString of ['', 'has space', 'DB~~x', 'DBABBg~BQUAAABA.YA~', 42, null, ['DBAA']])
      expect(issuesOf(withGpp({ gppString, applicableSections: [-1] })), String(gppString)).toEqual([
        { path: 'gpp.gppString', message: expect.stringMatching(/^must be a/) },
      ]);
  });

  it('refuses a header listing a section the library does not know (it would skip it)', () => {
    const section = uscaString().split('~')[1]!;
    const header = headerFor;
    expect(issuesOf(withGpp({ gppString: `${header([8, 99])}~${section}~${section}`, applicableSections: [8] }))).toEqual([
      { path: 'gpp.gppString', message: 'must be a GPP string whose sections the IAB GPP library knows (section 99 is not one)' },
    ]);
  });

  it('refuses a GPP string longer than 4 KB, naming gpp.gppString', () => {
    const gppString = `${tcfAndUsnatString()}${'A'.repeat(GPP_LIMITS.gppString)}`;
    expect(issuesOf(withGpp({ gppString, applicableSections: [-1] }))).toEqual([
      { path: 'gpp.gppString', message: expect.stringContaining(`at most ${GPP_LIMITS.gppString} characters`) },
    ]);
  });

  it('takes applicable sections the library knows, distinct, -1 only alone, each present in the string', () => {
    const gppString = uscaString();
    const path = (issues: ReturnType<typeof issuesOf>) => issues.map((issue) => issue.path);
    expect(GPP_SECTION_IDS).toEqual([2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
    expect(issuesOf(withGpp({ gppString, applicableSections: [] }))).toEqual([
      { path: 'gpp.applicableSections', message: expect.stringMatching(/^must be a non-empty list/) },
    ]);
    expect(issuesOf(withGpp({ gppString, applicableSections: [8, 8] }))).toEqual([
      { path: 'gpp.applicableSections', message: expect.stringMatching(/^must be a non-empty list of distinct/) },
    ]);
    expect(issuesOf(withGpp({ gppString, applicableSections: 8 }))).toEqual([
      { path: 'gpp.applicableSections', message: expect.stringMatching(/^must be a non-empty list/) },
    ]);
    expect(issuesOf(withGpp({ gppString, applicableSections: [-1, 8] }))).toEqual([
      { path: 'gpp.applicableSections', message: expect.stringContaining('[-1] alone') },
    ]);
    // Where TCF applies before any TC string exists, the string is empty and section 2 still applies.
    expect(issuesOf(withGpp({ gppString: 'DBAA', applicableSections: [2] }))).toEqual([]);
    for (const applicableSections of [[99], [3], [0], [-2]])
      expect(path(issuesOf(withGpp({ gppString, applicableSections }))), String(applicableSections)).toEqual(['gpp.applicableSections.0']);
    for (const applicableSections of [['8'], [8.5], [null]])
      expect(issuesOf(withGpp({ gppString, applicableSections })), JSON.stringify(applicableSections)).toEqual([
        { path: 'gpp.applicableSections.0', message: expect.stringMatching(/^must be /) },
      ]);
    expect(issuesOf(withGpp({ gppString, applicableSections: Array.from({ length: 33 }, () => -1) }))[0]?.path).toBe('gpp.applicableSections');
  });

  it('refuses unknown keys, missing fields and a gpp that is not an object, like every other field', () => {
    expect(issuesOf(withGpp({ gppString: uscaString(), applicableSections: [8], extra: 1 }))).toEqual([{ path: 'gpp.extra', message: 'unknown field' }]);
    expect(issuesOf(withGpp({ gppString: uscaString() }))).toEqual([{ path: 'gpp.applicableSections', message: 'is required' }]);
    expect(issuesOf(withGpp({ applicableSections: [8] }))).toEqual([{ path: 'gpp.gppString', message: 'is required' }]);
    for (const gpp of ['DBAA', null, [], 7])
      expect(issuesOf(withGpp(gpp)), JSON.stringify(gpp)).toEqual([
        { path: 'gpp', message: expect.stringMatching(/^must be an object \{ gppString, applicableSections \}/) },
      ]);
  });
});

describe('the record hash with GPP evidence (format v5)', () => {
  const base = {
    recordId: 'record-0001',
    consentId: 'consent-0001',
    seq: 1,
    event: 'given' as const,
    categories: { necessary: true },
    services: {},
    revision: '1',
    textHash: '',
    locale: 'en',
    method: 'accept-all' as const,
    region: 'US-CA',
    regime: 'opt-out' as const,
    gpc: false,
    clientTime: '2026-03-01T12:00:00.000Z',
    recordedAt: '2026-03-01T12:00:00.000Z',
    expiresAt: '2027-03-01T12:00:00.000Z',
    origin: '',
    sdkVersion: '1',
    identityDigest: 'd',
    prevHash: '',
    withdrawn: null,
    leafIndex: null,
  };
  const gpp = { gppString: uscaString(), applicableSections: [8] };

  it('leaves records without it byte for byte as before, and covers every part of it', () => {
    const tcf = { tcString: 'CQ', addtlConsent: '1~' };
    // Without gpp, the v1 and v4 layouts: the same hash whether gpp is absent or null.
    expect(recordHash({ ...base, gpp: null })).toBe(recordHash(base));
    expect(recordHash({ ...base, tcf, gpp: null })).toBe(recordHash({ ...base, tcf }));
    const hashes = new Set([
      recordHash(base),
      recordHash({ ...base, gpp }),
      recordHash({ ...base, gpp: { ...gpp, applicableSections: [-1] } }),
      recordHash({ ...base, gpp: { ...gpp, gppString: uscaString({ optedOut: false }) } }),
      recordHash({ ...base, tcf, gpp }),
      recordHash({ ...base, tcf }),
    ]);
    expect(hashes.size).toBe(6);
  });
});

/** A GPP v1 header listing `ids`, encoded by the library's own header section (which writes unknown ids too). */
function headerFor(ids: number[]): string {
  const header = new HeaderV1();
  header.setFieldValue('SectionIds', ids);
  return header.encode();
}
