// The ledger stores a GPP string only as the IAB's library encodes it: the library ignores data
// past the fields it reads, so a padded segment, extra segments or a longer header still decode.
// That every string @assent/gpp's encoder writes is accepted is tested there
// (packages/gpp/src/gpp-string/ledger-agreement.test.ts): gpp may depend on server-sync, not the reverse.
import { describe, expect, it } from 'vitest';
import { decisionInput } from '../storage/stores.test-helper.js';
import { tcfAndUsnatString, uscaString, usnatString } from './gpp-string.test-helper.js';
import { EvidenceInputError, validateEvidenceInput } from './validate.js';

const issuesOf = (gpp: unknown) => {
  try {
    validateEvidenceInput(decisionInput({ gpp } as never));
  } catch (error) {
    if (error instanceof EvidenceInputError) return error.issues;
    throw error;
  }
  return [];
};
const refusal = (part: string) => [
  { path: 'gpp.gppString', message: `must be a GPP string as the IAB GPP library encodes it (${part} differs from its encoding)` },
];

describe('the ledger refuses a GPP string that is not as the library encodes it', () => {
  it('refuses a padded segment, repeated segments and a longer header, naming gpp.gppString', () => {
    expect(issuesOf({ gppString: 'DBABBg~BUUAAACA.YA', applicableSections: [8] })).toEqual([]);
    expect(issuesOf({ gppString: 'DBABBg~BUUAAACA.YAAAAAAAAAAA', applicableSections: [8] })).toEqual(refusal('section usca'));
    expect(issuesOf({ gppString: 'DBABBg~BUUAAACA.YA.YA.YA', applicableSections: [8] })).toEqual(refusal('section usca'));
    expect(issuesOf({ gppString: 'DBABBgAAAA~BUUAAACA.YA', applicableSections: [8] })).toEqual(refusal('the header'));
    // A padded core segment, and a padded section beside a sound one.
    const [header, usnat, usca] = 'DBABrw~CEAgAAAAAABA.QA~BQQAAABA.QA'.split('~') as [string, string, string];
    expect(issuesOf({ gppString: `${header}~${usnat}~${usca}`, applicableSections: [7, 8] })).toEqual([]);
    expect(issuesOf({ gppString: `${header}~${usnat.replace('.', 'AA.')}~${usca}`, applicableSections: [7, 8] })).toEqual(refusal('section usnat'));
    expect(issuesOf({ gppString: `${header}~${usnat}~${usca}A`, applicableSections: [7, 8] })).toEqual(refusal('section usca'));
  });

  it('keeps checking the TC string of a tcfeuv2 section by decoding it, and the sections beside it by encoding', () => {
    expect(issuesOf({ gppString: tcfAndUsnatString(), applicableSections: [2, 7] })).toEqual([]);
    const [header, tcString, usnat] = tcfAndUsnatString().split('~') as [string, string, string];
    expect(issuesOf({ gppString: `${header}~${tcString}~${usnat}AAAA`, applicableSections: [2, 7] })).toEqual(refusal('section usnat'));
  });

  it('accepts the strings the test helpers encode with the library', () => {
    for (const gppString of [uscaString(), uscaString({ gpc: true }), uscaString({ optedOut: false, gpc: false }), usnatString(), 'DBAA'])
      expect(issuesOf({ gppString, applicableSections: [-1] }), gppString).toEqual([]);
  });
});
