import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { measureBundle } from '../../../scripts/measure-bundle.mjs';

// The page glue (`startPage` of @assent/core/page) ships to every page view inside the script-tag
// bundle. The target was 2 KB; Consent Mode v2, script gating and the DOM events measure about
// 1.9 KB, embed gating and clearing are fetched on demand (pages with embeds, withdrawals), so
// this ceiling guards against growth of what every page view downloads.
const BUDGET = 2048;

describe('page glue size', () => {
  it(`startPage() costs every page view at most ${BUDGET} bytes minified + gzip -9; embed gating and clearing are on-demand chunks`, async () => {
    const chunks: Array<{ fileName: string; isEntry: boolean; gzip: number; minified: number }> = await measureBundle(
      fileURLToPath(new URL('./page.ts', import.meta.url)),
      { only: ['startPage'] },
    );
    // Printed with ASSENT_SIZES=1; a failing budget says its numbers anyway.
    if (process.env.ASSENT_SIZES)
      for (const chunk of chunks)
        console.log(`  ${chunk.isEntry ? 'entry' : 'on demand'} ${chunk.fileName}: ${chunk.minified} B minified, ${chunk.gzip} B gzip -9`);
    const [entry, ...onDemand] = chunks;
    expect(entry!.isEntry).toBe(true);
    // Embed gating and clearing (each with what it alone needs) are chunks of their own.
    expect(onDemand.map((chunk) => chunk.fileName.replace(/-.*/, '')).sort()).toEqual(['clearing', 'embeds']);
    expect(entry!.gzip).toBeGreaterThan(1000);
    expect(entry!.gzip).toBeLessThanOrEqual(BUDGET);
  });
});
