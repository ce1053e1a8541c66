import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { measureBundle } from '../../../scripts/measure-bundle.mjs';

// The page glue (@assent/core/page) ships to every page view inside the script-tag bundle. The
// target was 2 KB; script and embed gating, clearing, Consent Mode v2 and the DOM events measure
// about 2.7 KB with every named export (src/page.md has the breakdown), so this budget guards
// against growth rather than marking the target as met.
const BUDGET = 2800;

describe('page glue size', () => {
  it(`@assent/core/page is at most ${BUDGET} bytes minified + gzip -9`, async () => {
    const chunks: Array<{ gzip: number; minified: number }> = await measureBundle(fileURLToPath(new URL('./page.ts', import.meta.url)));
    const gzip = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.log(`@assent/core/page bundle: ${chunks.reduce((sum, chunk) => sum + chunk.minified, 0)} B minified, ${gzip} B gzip -9`);
    expect(chunks).toHaveLength(1);
    expect(gzip).toBeGreaterThan(1000);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});
