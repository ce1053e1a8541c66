// The ledger stores a GPP string only as the IAB's library encodes it: the library ignores data
// past the fields it reads, so a padded segment, extra segments or a longer header still decode.
// Strings written by @assent/gpp's own encoder (the browser side) must all be accepted.
import { GppModel } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { decisionInput } from '../storage/stores.test-helper.js';
import { encodeTcString } from '../tcf/tc-string.test-helper.js';
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

// @assent/gpp is no dependency of this package: its encoder is loaded from the workspace by path,
// so the ledger is tested against what the browser side really writes.
type GppStringInput = { section?: { id: number; name: string }; fields?: Record<string, unknown>; tcString?: string };
type GppPackage = {
  encodeGppString(input: GppStringInput): string;
  usSectionFields(section: { id: number; name: string }, signals: { applies: boolean; optedOut: boolean; gpc: boolean }): Record<string, unknown>;
  sections: Array<{ id: number; name: string }>;
};
async function gppPackage(): Promise<GppPackage> {
  const source = new URL('../../../gpp/src/', import.meta.url).href;
  const [encode, fields, regions] = await Promise.all([
    import(/* @vite-ignore */ `${source}gpp-string/encode.ts`),
    import(/* @vite-ignore */ `${source}sections/fields.ts`),
    import(/* @vite-ignore */ `${source}sections/regions.ts`),
  ]);
  return {
    encodeGppString: encode.encodeGppString,
    usSectionFields: fields.usSectionFields,
    sections: [regions.USNAT_SECTION, ...Object.values(regions.US_STATE_SECTIONS)] as GppPackage['sections'],
  };
}

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

  it("accepts every string @assent/gpp's encodeGppString writes: each section, opted out or not, GPC on or off, tcfeuv2 beside usnat", async () => {
    const gpp = await gppPackage();
    expect(gpp.sections).toHaveLength(21);
    const tcString = encodeTcString({ purposes: [1, 2, 3], vendors: [8, 755] });
    let withGpcSegment = 0;
    for (const section of gpp.sections)
      for (const optedOut of [true, false])
        for (const gpc of [true, false])
          for (const applies of [true, false]) {
            const fields = gpp.usSectionFields(section, { applies, optedOut, gpc });
            if (fields.GpcSegmentIncluded === true) withGpcSegment++;
            const gppString = gpp.encodeGppString({ section, fields });
            expect(issuesOf({ gppString, applicableSections: [section.id] }), `${section.name} ${gppString}`).toEqual([]);
            if (section.name !== 'usnat') continue;
            const both = gpp.encodeGppString({ section, fields, tcString });
            expect(new GppModel(both).getSectionIds()).toEqual([2, 7]);
            // The TC string goes in as the TCF CMP wrote it, not as the library re-encodes it.
            expect(both.split('~')[1]).toBe(tcString);
            expect(issuesOf({ gppString: both, applicableSections: [2, 7] }), both).toEqual([]);
          }
    expect(withGpcSegment).toBeGreaterThan(0);
    expect(issuesOf({ gppString: gpp.encodeGppString({ tcString }), applicableSections: [2] })).toEqual([]);
  });
});
