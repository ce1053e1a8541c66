// Builds of @assent/banner:
//  1. dist/            ESM for bundlers (SPAs): one file per module, so the dialog and each locale
//                      are separate chunks and everything tree-shakes; lit and @assent/core external.
//  2. dist/script/assent.js       the script-tag entry (IIFE): store, page glue, window.assent.
//     dist/script/*.js            the files it fetches from its own base URL on first use, as
//                                 listed in script-chunks.mjs: the Lit banner (assent-ui.js, with the
//                                 dialog and English texts as further chunks), each non-English
//                                 locale, the evidence outbox, page extras, and core's IndexedDB
//                                 code, embed gating and cookie clearing.
//  3. dist/script/assent.all.js   the single-file build (IIFE, everything inlined).
// The size test (src/bundle-size.test.ts) builds the same configurations in memory.
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';
import { basename, dirname } from 'node:path';
import { SCRIPT_CHUNKS, scriptFiles } from './script-chunks.mjs';
import { entryChecks, fetchFromBaseUrl, loaderChecks } from './script-chunks.rollup.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Lit's css`` blocks reach the browser as written; minify them. Quoted strings are left as they
// are; elsewhere runs of whitespace shrink to one space, which goes next to braces, semicolons
// and ">" and after a colon (a space before a colon is a descendant combinator, so it stays).
// Commas keep their space: in a custom property it is part of the value. The browser parses both
// versions of every block to the same rules.
const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();
const minifyCss = {
  name: 'assent-minify-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    return { code: code.replace(/css`([^`]*)`/g, (_, body) => 'css`' + minifyCssText(body) + '`'), map: null };
  },
};

const minify = () => terser({ ecma: 2020, module: true, compress: { passes: 2 } });
// '@assent/source': workspace packages resolve to their TypeScript sources (their package.json
// "exports" have the condition), so the browser bundles never depend on the packages' build order.
// 'production' explicitly: otherwise node-resolve picks Lit's development build whenever NODE_ENV
// is set to anything else (vitest sets 'test').
const browserPlugins = () => [
  minifyCss,
  nodeResolve({ browser: true, exportConditions: ['@assent/source', 'production'] }),
  esbuild({ target: 'es2022', tsconfig: here('tsconfig.json') }),
  minify(),
];
const quiet = (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning));

/**
 * The script-tag builds for a list of lazily fetched files (script-chunks.mjs); the tests build
 * them for lists with deliberate mistakes, and @assent/tcf builds its own entry (`assent-tcf.js`,
 * with its files added to the list) into its own folder. `entry` is relative to packages/banner,
 * `name` names the entry's files, `outDir` is relative to the directory the build runs in.
 *
 * @example
 * const { scriptEntry } = scriptBuilds(SCRIPT_CHUNKS);
 * const tcf = scriptBuilds([...SCRIPT_CHUNKS, ...TCF_CHUNKS], { entry: '../tcf/src/script-tag/assent-tcf.ts', name: 'assent-tcf' });
 */
export function scriptBuilds(chunks = SCRIPT_CHUNKS, { entry = 'src/script-tag/assent.ts', name = 'assent', outDir = 'dist/script' } = {}) {
  const files = scriptFiles(chunks);
  return {
    /** The script-tag entry: what every page view downloads. */
    scriptEntry: {
      input: here(entry),
      plugins: [fetchFromBaseUrl(chunks), entryChecks(chunks), ...browserPlugins()],
      onwarn: quiet,
      // Every lazy file is fetched through a stand-in loader (fetchFromBaseUrl), so nothing is split
      // off; entryChecks fails the build if an import() is left that this would inline.
      output: { file: `${outDir}/${name}.js`, format: 'iife', inlineDynamicImports: true, sourcemap: true },
    },
    /** The lazily fetched files built together: the UI (entry), its dialog and locales (chunks), and the rest. */
    scriptUi: {
      input: Object.fromEntries(files.filter((file) => !file.chunk.ownBuild).map((file) => [file.name, here(file.source)])),
      plugins: browserPlugins(),
      onwarn: quiet,
      // Lets the banner entry also export code its lazy chunks share, instead of a facade file + a chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        dir: outDir,
        format: 'es',
        entryFileNames: '[name].js',
        // A lazily imported define.ts is named after its folder: the dialog is preferences-[hash].js.
        chunkFileNames: ({ name, facadeModuleId }) => `${name === 'define' && facadeModuleId ? basename(dirname(facadeModuleId)) : '[name]'}-[hash].js`,
        sourcemap: true,
      },
    },
    /** The files built on their own (`ownBuild`: page extras), so they share no chunk with the UI. */
    scriptOwnBuilds: files
      .filter((file) => file.chunk.ownBuild)
      .map((file) => ({
        input: here(file.source),
        plugins: browserPlugins(),
        onwarn: quiet,
        output: { file: `${outDir}/${file.name}.js`, format: 'es', sourcemap: true },
      })),
    /** One file with everything, for sites that want exactly one request: the loaders import() as written. */
    scriptSingleFile: {
      input: here(entry),
      plugins: [loaderChecks(chunks), ...browserPlugins()],
      onwarn: quiet,
      output: { file: `${outDir}/${name}.all.js`, format: 'iife', inlineDynamicImports: true, sourcemap: true },
    },
  };
}

export const { scriptEntry, scriptUi, scriptOwnBuilds, scriptSingleFile } = scriptBuilds();
/** Embed texts in the page's language and the floating button, fetched on pages that have them. */
export const scriptPageExtras = scriptOwnBuilds.find((build) => build.output.file.endsWith('/page-extras.js'));

/** ESM for bundlers. */
export const library = {
  input: { index: here('src/index.ts'), 'preferences/index': here('src/preferences/index.ts'), 'script-tag/index': here('src/script-tag/index.ts') },
  external: (id) => /^(lit|lit-html|@lit\/reactive-element)(\/|$)/.test(id) || id.startsWith('@assent/core'),
  plugins: [esbuild({ target: 'es2022', tsconfig: here('tsconfig.json') })],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

export default [library, scriptEntry, scriptUi, ...scriptOwnBuilds, scriptSingleFile];
