import { type OutputChunk, rollup } from 'rollup';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { sizesOf } from '../../../../scripts/measure-bundle.mjs';
// @ts-expect-error -- the package's own rollup config, plain ESM without declarations
import { stub } from '../../rollup.config.mjs';

describe('the stand-alone stub file', () => {
  it('stays tiny (it is placed first in <head>, before anything else may run) and imports nothing', async () => {
    const bundle = await rollup({ ...stub, input: new URL('./iife.ts', import.meta.url).pathname, onwarn: (warning) => expect.fail(warning.message) });
    const { output } = await bundle.generate(stub.output);
    await bundle.close();
    const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');
    expect(chunks).toHaveLength(1);
    const { gzip } = sizesOf(chunks[0]!.code) as { gzip: number };
    // 879 B measured (gzip -9); the ceiling leaves room for a small fix, not for a library.
    expect(gzip).toBeLessThan(900);
    expect(chunks[0]!.code).toContain('__gppLocator');
    expect(chunks[0]!.code).not.toMatch(/\bimport\b/);
  }, 30_000);
});
