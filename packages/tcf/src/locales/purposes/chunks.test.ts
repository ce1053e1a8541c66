import { fileURLToPath } from 'node:url';
import { type OutputChunk, rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { describe, expect, it } from 'vitest';
import { purposeTextLocales } from './load.js';

// A page must download only its own language: bundling load.ts has to leave every locale
// module in a chunk of its own, reached by import() and never statically.
describe('purpose-text chunks', async () => {
  const bundle = await rollup({
    input: fileURLToPath(new URL('./load.ts', import.meta.url)),
    plugins: [esbuild({ target: 'es2022' })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry) as OutputChunk;

  it('emits one dynamically imported chunk per language', () => {
    const localeChunks = chunks.filter((chunk) => chunk.isDynamicEntry);
    expect(localeChunks.map((chunk) => chunk.name).sort()).toEqual([...purposeTextLocales].sort());
    expect(entry.imports).toEqual([]);
    expect(entry.dynamicImports).toHaveLength(purposeTextLocales.length);
  });

  it('keeps every translation out of the entry', () => {
    expect(entry.code).not.toContain('Utiliser des données limitées');
    expect(entry.code).not.toContain('Verwendung reduzierter Daten');
    expect(entry.code.length).toBeLessThan(4000);
  });
});
