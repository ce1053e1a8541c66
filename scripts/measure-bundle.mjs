// Measures what a browser downloads for an entry: bundled with its dependencies, minified with
// terser, then gzip -9 and brotli (max quality). Used by size-budget tests and the benchmarks.
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Sizes in bytes of a code string: raw, gzip -9 and brotli q11. */
export function sizesOf(code) {
  const buffer = Buffer.from(code);
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Bundles `input` for the browser (ESM, minified) and returns each output chunk's sizes. With
 * `only`, the entry re-exports just those names (what a site importing them downloads).
 * @param {string} input path of the entry module
 * @param {{ tsconfig?: string, only?: string[] }} [options]
 */
export async function measureBundle(input, options = {}) {
  const ENTRY = '\0measured-entry';
  const onlyThese = options.only && {
    name: 'measured-entry',
    resolveId: (id) => (id === ENTRY ? id : null),
    load: (id) => (id === ENTRY ? `export { ${options.only.join(', ')} } from ${JSON.stringify(input)};` : null),
  };
  // 'production' explicitly: node-resolve otherwise picks development builds (e.g. Lit's) whenever
  // NODE_ENV is set to something else, as vitest sets it to 'test'.
  const bundle = await rollup({
    input: onlyThese ? ENTRY : input,
    plugins: [
      onlyThese,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      esbuild({ target: 'es2022', tsconfig: options.tsconfig }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
    // Shared code stays in the entry chunk instead of a chunk behind a facade.
    preserveEntrySignatures: 'allow-extension',
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.filter((chunk) => chunk.type === 'chunk').map((chunk) => ({ fileName: chunk.fileName, isEntry: chunk.isEntry, ...sizesOf(chunk.code) }));
}

/**
 * What `addition` adds to a page that already loads `base`: both bundled together into one
 * browser ESM build (minified, gzip -9 per chunk), minus `base` bundled alone — shared words
 * compress together, as they do in a site's bundle. `external` (a RegExp on import specifiers)
 * stays out of both, e.g. the framework itself. Workspace packages resolve to their sources.
 * @param {string} base path of the base entry (e.g. core's src/index.ts)
 * @param {string} addition path of the entry whose cost is measured
 * @param {{ external?: RegExp }} [options]
 * @returns {Promise<{ base: number, combined: number, added: number }>} gzip bytes
 */
export async function measureAddedOver(base, addition, options = {}) {
  const gzipOf = async (exportsFrom) => {
    const ENTRY = '\0measured-entry';
    const bundle = await rollup({
      input: ENTRY,
      external: (id) => options.external?.test(id) ?? false,
      plugins: [
        {
          name: 'measured-entry',
          resolveId: (id) => (id === ENTRY ? id : null),
          load: (id) => (id === ENTRY ? exportsFrom.map((path) => `export * from ${JSON.stringify(path)};`).join('\n') : null),
        },
        nodeResolve({ browser: true, exportConditions: ['@assent/source', 'production'], extensions: ['.ts', '.js', '.mjs'] }),
        esbuild({ target: 'es2022' }),
        terser({ ecma: 2020, module: true, compress: { passes: 2 } }),
      ],
      onwarn: () => {},
      preserveEntrySignatures: 'allow-extension',
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return output.filter((chunk) => chunk.type === 'chunk').reduce((sum, chunk) => sum + sizesOf(chunk.code).gzip, 0);
  };
  const [alone, combined] = await Promise.all([gzipOf([base]), gzipOf([base, addition])]);
  return { base: alone, combined, added: combined - alone };
}

/**
 * A package's own bytes: `input` bundled with everything matching `external` left out (the
 * framework, other packages), minified, each chunk's sizes and the modules it imports.
 * @param {string} input path of the entry
 * @param {RegExp} external import specifiers left out
 */
export async function measureOwnBytes(input, external) {
  const bundle = await rollup({
    input,
    external: (id) => external.test(id),
    plugins: [esbuild({ target: 'es2022' }), terser({ ecma: 2020, module: true, compress: { passes: 2 } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => ({ fileName: chunk.fileName, imports: [...chunk.imports, ...chunk.dynamicImports], ...sizesOf(chunk.code) }));
}
