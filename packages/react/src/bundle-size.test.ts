import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { measureAddedOver, measureOwnBytes } from '../../../scripts/measure-bundle.mjs';

// What the binding adds to a site that already loads @assent/core and React (the budget:
// ≤ 1 KB gzip over core): core and the binding bundled together, minus core alone, with react and
// the banner (a separate chunk loaded with import() only when needed) left out. Its own bytes
// gzipped on their own are printed beside it and checked for what the bundle holds.
const BUDGET = 1024;
const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('bundle size', () => {
  it(`@assent/react adds at most ${BUDGET} bytes minified + gzip -9 over core`, async () => {
    const chunks: Array<{ imports: string[]; minified: number; gzip: number }> = await measureOwnBytes(
      entry,
      /^(react|react-dom|@assent\/core|@assent\/banner)(\/|$)/,
    );
    const own = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const { base, combined, added }: { base: number; combined: number; added: number } = await measureAddedOver(
      fileURLToPath(new URL('../../core/src/index.ts', import.meta.url)),
      entry,
      { external: /^(react|react-dom|@assent\/banner)(\/|$)/ },
    );
    if (process.env.ASSENT_SIZES)
      console.log(
        `@assent/react adds ${added} B gzip -9 over core (core ${base} B, both ${combined} B); its own bytes alone: ${chunks.reduce((s, c) => s + c.minified, 0)} B minified, ${own} B gzip -9`,
      );
    // One chunk: nothing of the banner is bundled in; it stays an import() of the package.
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.imports).toEqual(expect.arrayContaining(['react', '@assent/core', '@assent/banner']));
    expect(own).toBeGreaterThan(added);
    expect(added).toBeGreaterThan(300);
    expect(added).toBeLessThanOrEqual(BUDGET);
  });
});
