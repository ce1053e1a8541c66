import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { sizesOf } from '../../../scripts/measure-bundle.mjs';

// What the binding adds to a site that already loads @assent/core and Vue: its own bytes, built and
// minified as scripts/measure-bundle.mjs does, with vue, the core and the banner left to the site's
// bundle (the banner is a separate chunk loaded with import() only when it is needed).
const BUDGET = 1024;
const EXTERNAL = /^(vue|@assent\/core|@assent\/banner)(\/|$)/;

async function measureOwnBytes(input: string) {
  const bundle = await rollup({
    input,
    external: (id) => EXTERNAL.test(id),
    plugins: [esbuild({ target: 'es2022' }), terser({ ecma: 2020, module: true, compress: { passes: 2 } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => ({ fileName: chunk.fileName, imports: [...chunk.imports, ...chunk.dynamicImports], ...sizesOf(chunk.code) }));
}

describe('bundle size', () => {
  it(`@assent/vue adds at most ${BUDGET} bytes minified + gzip -9 over core`, async () => {
    const chunks: Array<{ fileName: string; imports: string[]; minified: number; gzip: number }> = await measureOwnBytes(
      fileURLToPath(new URL('./index.ts', import.meta.url)),
    );
    const gzip = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    if (process.env.ASSENT_SIZES)
      console.log(
        `@assent/vue own bytes (vue, @assent/core and @assent/banner external): ${chunks.reduce((s, c) => s + c.minified, 0)} B minified, ${gzip} B gzip -9`,
      );
    // One chunk: nothing of the banner is bundled in; it stays an import() of the package.
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.imports).toEqual(expect.arrayContaining(['vue', '@assent/core', '@assent/banner']));
    expect(gzip).toBeGreaterThan(300);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});
