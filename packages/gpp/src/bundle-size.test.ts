import { describe, expect, it } from 'vitest';
import type { OutputChunk, OutputOptions, RollupOptions } from 'rollup';
// @ts-expect-error -- plain ESM helper shared by the bundle-size tests, no type declarations
import { buildChunks, sizesOfChunks, withStaticImports as followImports } from '../../../scripts/rollup-chunks.mjs';
// @ts-expect-error -- the banner's rollup config, plain ESM without declarations
import { scriptEntry, scriptUi, scriptSingleFile } from '../../banner/rollup.config.mjs';
// @ts-expect-error -- @assent/tcf's script-tag builds, plain ESM without declarations
import { tcfScriptEntry, tcfScriptUi } from '../../tcf/script-tag.rollup.mjs';
// @ts-expect-error -- this package's script-tag builds, plain ESM without declarations
import { gppScriptEntry, gppScriptUi, tcfGppScriptEntry } from '../script-tag.rollup.mjs';

const KB = 1024;

type Sizes = { minified: number; gzip: number };
const build = buildChunks as (options: RollupOptions & { output: OutputOptions }) => Promise<OutputChunk[]>;
const withStaticImports = followImports as (name: string, chunks: OutputChunk[]) => OutputChunk[];
const gzipOf = (chunks: OutputChunk[]) => (sizesOfChunks as (chunks: OutputChunk[]) => Sizes)(chunks).gzip;

// Regression guards (gzip -9), set a little above what was measured: assent-gpp.js 10,092 B
// (assent.js + the GPP config check, the stub, the hooks that start the CMP, fail closed and hear
// the UI close itself: +132 B for the last), assent-tcf-gpp.js 11,901 B (assent-tcf.js + the
// same), the CMP with its static imports 22,989 B (mostly the IAB's section encoders: every
// state's, as a visitor may be in any state).
const CEILING = { entry: 9.9 * KB, tcfEntry: 11.7 * KB, cmp: 22.5 * KB };

// What only GPP code contains: the CMP API's names, the cookie, the files, the evidence field.
const GPP_MARKERS = /__gpp|assent_gpp|assent-gpp|gppString|\bgpp\b/i;
// What only the IAB's GPP library contains: the US sections' field names.
const GPP_LIBRARY = /MspaCoveredTransaction|SaleOptOutNotice|KnownChildSensitiveDataConsents/;

describe('GPP off: assent.js, assent-tcf.js and their files carry none of it', async () => {
  const builds = await Promise.all([scriptEntry, scriptUi, scriptSingleFile, tcfScriptEntry, tcfScriptUi].map(build));

  it('assent.js, assent.all.js, assent-tcf.js and every file they fetch contain no GPP code, so a site without GPP downloads no byte of it', () => {
    for (const chunk of builds.flat()) expect(chunk.code, chunk.fileName).not.toMatch(GPP_MARKERS);
    for (const chunk of builds.flat()) expect(chunk.code, chunk.fileName).not.toMatch(GPP_LIBRARY);
  });

  it('neither the banner build nor the TCF build lists a GPP file (their entries could not fetch one)', () => {
    expect(
      builds
        .flat()
        .map((chunk) => chunk.fileName)
        .filter((name) => /gpp/i.test(name)),
    ).toEqual([]);
  });
});

describe('GPP on: assent-gpp.js, assent-tcf-gpp.js and their files', async () => {
  const [entry, tcfEntry, lazy] = await Promise.all([build(gppScriptEntry), build(tcfGppScriptEntry), build(gppScriptUi)]);
  const report = (label: string, gzip: number) => process.env.ASSENT_SIZES && console.log(`${label}: ${gzip} B gzip -9`);

  it('assent-gpp.js is one file holding the stub and the config check, not the IAB library nor TCF', () => {
    expect(entry).toHaveLength(1);
    expect(entry[0]!.code).toContain('__gppLocator');
    expect(entry[0]!.code).not.toMatch(GPP_LIBRARY);
    expect(entry[0]!.code).not.toMatch(/__tcfapi|euconsent/);
    const gzip = gzipOf(entry);
    report('GPP entry (assent-gpp.js)', gzip);
    expect(gzip).toBeLessThanOrEqual(CEILING.entry);
  });

  it('assent-tcf-gpp.js is one file holding both stubs and both config checks, not the IAB libraries', () => {
    expect(tcfEntry).toHaveLength(1);
    expect(tcfEntry[0]!.code).toContain('__gppLocator');
    expect(tcfEntry[0]!.code).toContain('__tcfapiLocator');
    expect(tcfEntry[0]!.code).not.toMatch(GPP_LIBRARY);
    expect(tcfEntry[0]!.code).not.toMatch(/TCString|gvlSpecificationVersion/);
    const gzip = gzipOf(tcfEntry);
    report('TCF + GPP entry (assent-tcf-gpp.js)', gzip);
    expect(gzip).toBeLessThanOrEqual(CEILING.tcfEntry);
  });

  it('the GPP CMP (assent-gpp-cmp.js) holds the IAB library, apart from the UI and from TCF', () => {
    const cmp = withStaticImports('assent-gpp-cmp.js', lazy);
    expect(cmp[0]!.fileName).toBe('assent-gpp-cmp.js');
    const code = cmp.map((chunk) => chunk.code).join('\n');
    expect(code).toMatch(GPP_LIBRARY);
    expect(code).not.toMatch(/assent-tcf-banner|assent-banner|TCString/);
    const gzip = gzipOf(cmp);
    report('GPP CMP (assent-gpp-cmp.js + static imports)', gzip);
    expect(gzip).toBeLessThanOrEqual(CEILING.cmp);
  });
});
