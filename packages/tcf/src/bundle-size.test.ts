import { describe, expect, it } from 'vitest';
import type { OutputChunk, OutputOptions, RollupOptions } from 'rollup';
// @ts-expect-error -- plain ESM helper shared by the bundle-size tests, no type declarations
import { buildChunks, sizesOfChunks, withStaticImports as followImports } from '../../../scripts/rollup-chunks.mjs';
// @ts-expect-error -- the banner's rollup config, plain ESM without declarations
import { scriptEntry, scriptUi, scriptSingleFile } from '../../banner/rollup.config.mjs';
// @ts-expect-error -- this package's script-tag builds, plain ESM without declarations
import { tcfScriptEntry, tcfScriptUi } from '../script-tag.rollup.mjs';

const KB = 1024;

type Sizes = { minified: number; gzip: number };
const build = buildChunks as (options: RollupOptions & { output: OutputOptions }) => Promise<OutputChunk[]>;
const withStaticImports = followImports as (name: string, chunks: OutputChunk[]) => OutputChunk[];
const gzipOf = (chunks: OutputChunk[]) => (sizesOfChunks as (chunks: OutputChunk[]) => Sizes)(chunks).gzip;

// Regression guards (gzip -9), set a little above what was measured: assent-tcf.js 9,640 B (assent.js
// 7,511 B + the TCF config check, the Consent Mode signal services and their store proxy, and the
// 751 B stub), the CMP with its static imports 16,794 B (mostly the IAB Tech Lab's TC string and CMP
// API libraries; since the review fixes also the lapse of Consent Mode signals, the GPC refusals,
// the consent language and the loaded ping). `pnpm bench` reports the first visit's extra bytes next to a peer.
const CEILING = { entry: 9.5 * KB, cmp: 16.6 * KB };

// What only TCF code contains: the CMP API's names, the cookie, the IAB library's classes.
const TCF_MARKERS = /__tcfapi|euconsent|assent-tcf|TCString|CmpApi|addtl_consent|gvlSpecificationVersion/;

describe('TCF off: assent.js and its files carry none of it', async () => {
  const [entry, ui, single] = await Promise.all([build(scriptEntry), build(scriptUi), build(scriptSingleFile)]);

  it('assent.js, the banner chunks and assent.all.js contain no TCF code, so a site without TCF downloads no byte of it', () => {
    for (const chunk of [...entry, ...ui, ...single]) expect(chunk.code, chunk.fileName).not.toMatch(TCF_MARKERS);
  });

  it('the banner build lists no TCF file (assent.js could not fetch one)', () => {
    expect(ui.map((chunk) => chunk.fileName).filter((name) => /tcf/i.test(name))).toEqual([]);
  });
});

describe('TCF on: assent-tcf.js and its files', async () => {
  const [entry, ui] = await Promise.all([build(tcfScriptEntry), build(tcfScriptUi)]);
  const report = (label: string, gzip: number) => process.env.ASSENT_SIZES && console.log(`${label}: ${gzip} B gzip -9`);

  it('assent-tcf.js is one file holding the stub and the config check, not the IAB libraries', () => {
    expect(entry).toHaveLength(1);
    expect(entry[0]!.code).toContain('__tcfapiLocator');
    expect(entry[0]!.code).not.toMatch(/TCString|CmpApi|gvlSpecificationVersion/);
    const gzip = gzipOf(entry);
    report('TCF entry (assent-tcf.js)', gzip);
    expect(gzip).toBeLessThanOrEqual(CEILING.entry);
  });

  it('the CMP (assent-tcf-cmp.js) holds the IAB libraries and none of the UI', () => {
    const cmp = withStaticImports('assent-tcf-cmp.js', ui);
    expect(cmp[0]!.fileName).toBe('assent-tcf-cmp.js');
    expect(cmp.map((chunk) => chunk.code).join('\n')).not.toMatch(/assent-tcf-banner|assent-banner/);
    const gzip = gzipOf(cmp);
    report('TCF CMP (assent-tcf-cmp.js + static imports)', gzip);
    expect(gzip).toBeLessThanOrEqual(CEILING.cmp);
  });

  it("the TCF layers (assent-tcf-ui.js) load apart from the CMP, and each language's IAB texts are a chunk of their own", () => {
    const layers = withStaticImports('assent-tcf-ui.js', ui);
    expect(layers.map((chunk) => chunk.fileName)).not.toContain('assent-tcf-cmp.js');
    expect(layers.map((chunk) => chunk.code).join('\n')).toContain('assent-tcf-banner');
    // The French purpose texts are fetched on a French page only.
    expect(layers.map((chunk) => chunk.code).join('\n')).not.toContain('Stocker et/ou accéder');
    expect(ui.some((chunk) => chunk.code.includes('Stocker et/ou accéder'))).toBe(true);
    report('TCF layers (assent-tcf-ui.js + static imports)', gzipOf(layers));
  });
});
