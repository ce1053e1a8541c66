// The bundle-size tests' shared machinery (plain ESM, like measure-bundle.mjs, so every package's
// tests can import it): build a rollup config in memory, follow a chunk's static imports (what a
// browser fetches before it runs), and size chunks as the benchmarks do.
import { rollup } from 'rollup';
import { sizesOf } from './measure-bundle.mjs';

/**
 * The chunks of one rollup config, built in memory.
 * @param {import('rollup').RollupOptions & { output: import('rollup').OutputOptions }} options
 * @returns {Promise<import('rollup').OutputChunk[]>}
 */
export async function buildChunks(options) {
  const bundle = await rollup(options);
  const { output } = await bundle.generate(options.output);
  await bundle.close();
  return output.filter((file) => file.type === 'chunk');
}

/**
 * Each chunk compressed on its own, summed: minified and gzip -9 bytes.
 * @param {import('rollup').OutputChunk[]} chunks
 * @returns {{ minified: number, gzip: number }}
 */
export const sizesOfChunks = (chunks) =>
  chunks
    .map((chunk) => sizesOf(chunk.code))
    .reduce((sum, sizes) => ({ minified: sum.minified + sizes.minified, gzip: sum.gzip + sizes.gzip }), { minified: 0, gzip: 0 });

/**
 * A chunk and every chunk it imports statically (what the browser fetches before it runs).
 * @param {string} name
 * @param {import('rollup').OutputChunk[]} chunks
 * @returns {import('rollup').OutputChunk[]}
 */
export function withStaticImports(name, chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = (fileName) => {
    const chunk = byName.get(fileName);
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    chunk.imports.forEach(visit);
  };
  visit(name);
  return [...seen];
}
