import { describe, expect, it } from 'vitest';
import type { OutputChunk, OutputOptions, RollupOptions } from 'rollup';
// @ts-expect-error -- plain ESM helper shared by the bundle-size tests, no type declarations
import { buildChunks, sizesOfChunks, withStaticImports as followImports } from '../../../scripts/rollup-chunks.mjs';
// @ts-expect-error -- the package's own rollup config, plain ESM without declarations
import { scriptEntry, scriptUi, scriptPageExtras, scriptSingleFile } from '../rollup.config.mjs';

const KB = 1024;

type Sizes = { minified: number; gzip: number };
const build = buildChunks as (options: RollupOptions & { output: OutputOptions }) => Promise<OutputChunk[]>;
const withStaticImports = followImports as (name: string, chunks: OutputChunk[]) => OutputChunk[];
const measure = sizesOfChunks as (chunks: OutputChunk[]) => Sizes;

// The issue's budgets (minified + gzip -9, everything the browser fetches).
const TARGET = { returningVisitor: 6 * KB, firstVisitEnglish: 15 * KB, localeChunk: 1.2 * KB };
// Asserted: the target where it is met; where it is not, the measured size plus a little headroom,
// so it can only shrink. The script-tag entry is mostly @assent/core (≈4.9 KB, its config
// validation ≈1 KB) and the page glue every view needs; packages/banner/README.md has the
// breakdown and the gap. The returning visitor's ceiling was raised from 7.2 KB for the hardening
// against hostile pages and configs, which every page view needs (the strict cookie codec, the
// http(s)-only URL rule, the guarded storage globals and the fail-closed window.assent with
// assent:error: +278 B, of which 110 B have been won back elsewhere; 7,491 B measured). The
// synchronous stand-in window.assent alone is ≈115 B of it and must stay in assent.js, since site
// code may call it before anything else could load. The first visit met 15 KB to the byte until
// Consent Mode had to clear `assent` in Google Tag Manager's data model before each
// assent_consent_update (GTM merges arrays index by index, so withdrawn ids stayed listed): +7 B,
// 15,367 B measured; reshaping the push and deduplicating the redaction call both came out larger.
const CEILING = { returningVisitor: 7.35 * KB, firstVisitEnglish: TARGET.firstVisitEnglish + 8, localeChunk: TARGET.localeChunk, outbox: 2.0 * KB };

describe('bundle size (script-tag delivery)', async () => {
  const [entry, ui, extras, single] = await Promise.all([build(scriptEntry), build(scriptUi), build(scriptPageExtras), build(scriptSingleFile)]);
  // Sizes are printed with ASSENT_SIZES=1; a green run stays quiet, a failing budget says its numbers.
  const report = (label: string, sizes: Sizes, target?: number) =>
    process.env.ASSENT_SIZES &&
    console.log(
      `${label}: ${sizes.minified} B minified, ${sizes.gzip} B gzip -9${target ? ` (target ${Math.round(target)} B${sizes.gzip > target ? `, over by ${sizes.gzip - Math.round(target)} B` : ', met'})` : ''}`,
    );

  it('returning visitor with a stored decision fetches only assent.js', () => {
    expect(entry).toHaveLength(1);
    const sizes = measure(entry);
    report('returning visitor (assent.js)', sizes, TARGET.returningVisitor);
    expect(sizes.gzip).toBeGreaterThan(2000);
    expect(sizes.gzip).toBeLessThanOrEqual(CEILING.returningVisitor);
  });

  // On a site with a ledger, a returning visitor whose decisions are all delivered fetches only
  // assent.js too (the outbox marks itself idle; end-to-end: story.e2e.test.ts). A page view with
  // something to deliver, or a new decision, also fetches the outbox:
  it('a site with a ledger (syncEndpoint) fetches the evidence outbox, assent-sync.js, when there is something to deliver', () => {
    const outbox = withStaticImports('assent-sync.js', ui);
    // assent-sync.js, plus idb-keyval in a chunk it shares with assent-idb.js (core's IndexedDB code).
    expect(outbox[0]!.fileName).toBe('assent-sync.js');
    expect(outbox.map((chunk) => chunk.fileName).filter((name) => /assent-ui|locale-|preferences/.test(name))).toEqual([]);
    report('  evidence outbox (assent-sync.js)', measure(outbox));
    const sizes = measure([...entry, ...outbox]);
    report('page view delivering to the ledger (assent.js + assent-sync.js)', sizes);
    expect(sizes.gzip).toBeLessThanOrEqual(CEILING.returningVisitor + CEILING.outbox);
  });

  it('first visit in English fetches assent.js + assent-ui.js (+ its static imports)', () => {
    const fetched = [...entry, ...withStaticImports('assent-ui.js', ui)];
    // English is in the banner chunk; the dialog and other locales are not fetched.
    expect(fetched.map((chunk) => chunk.fileName).filter((name) => /locale-|preferences/.test(name))).toEqual([]);
    const sizes = measure(fetched);
    report('first visit, English banner', sizes, TARGET.firstVisitEnglish);
    report('  of which the Lit UI (assent-ui.js)', measure(withStaticImports('assent-ui.js', ui)));
    expect(sizes.gzip).toBeLessThanOrEqual(CEILING.firstVisitEnglish);
  });

  it('each extra locale is one chunk within its budget', () => {
    const locales = ui.filter((chunk) => chunk.fileName.startsWith('locale-'));
    expect(locales).toHaveLength(11);
    for (const chunk of locales) {
      const sizes = measure([chunk]);
      report(chunk.fileName, sizes, TARGET.localeChunk);
      expect(chunk.imports, `${chunk.fileName} stands alone`).toEqual([]);
      expect(sizes.gzip, chunk.fileName).toBeLessThanOrEqual(CEILING.localeChunk);
    }
  });

  it('reports the dialog, the page extras and the single-file build', () => {
    const dialog = ui.filter((chunk) => chunk.fileName.startsWith('preferences'));
    expect(dialog).toHaveLength(1);
    report('preferences dialog chunk (on Customise)', measure(dialog));
    // In English the dialog's texts are the English locale's chunk, fetched beside the dialog.
    report('  + English texts chunk (dialog in English)', measure(ui.filter((chunk) => /^en-/.test(chunk.fileName))));
    expect(extras).toHaveLength(1);
    report('page extras (pages with embeds or the floating button)', measure(extras));
    expect(single).toHaveLength(1);
    report('single file assent.all.js (all 12 locales)', measure(single));
  });

  it('contains no eval or Function constructor (strict CSP)', () => {
    for (const chunk of [...entry, ...ui, ...extras, ...single]) expect(chunk.code, chunk.fileName).not.toMatch(/\beval\(|new Function\(/);
  });
});
