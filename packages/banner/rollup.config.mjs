// Builds of @assent/banner:
//  1. dist/            ESM for bundlers (SPAs): one file per module, so the dialog and each locale
//                      are separate chunks and everything tree-shakes; lit and @assent/core external.
//  2. dist/script/assent.js       the script-tag entry (IIFE): store, page glue, window.assent.
//     dist/script/assent-ui.js    the Lit banner, fetched with import() only when it must be shown,
//     dist/script/locale-*.js     with the dialog and each non-English locale as further chunks.
//     dist/script/assent-sync.js  the evidence outbox, fetched only when a ledger is configured.
//     dist/script/page-extras.js  embed texts in the page's language and the floating button.
//     dist/script/assent-idb.js   core's IndexedDB code, fetched on the first decision written,
//     dist/script/assent-embeds.js  embed gating, fetched when the page has data-src embeds,
//     dist/script/assent-clearing.js  cookie clearing, fetched on withdrawal or with leftovers.
//  3. dist/script/assent.all.js   the single-file build (IIFE, everything inlined).
// The size test (src/bundle-size.test.ts) builds the same configurations in memory.
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const LOCALES = ['fr', 'id', 'ja', 'ko', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar'];

// In assent.js, core's on-demand code (IndexedDB, embed gating, clearing: see
// core/src/on-demand/index.ts) is fetched from the script's base URL as assent-idb.js,
// assent-embeds.js and assent-clearing.js instead of being inlined: most page views never need
// it. They load through src/script-tag/base-url.ts, like the UI: it reads the script's URL once,
// while assent.js runs (document.currentScript is null later).
const ON_DEMAND_STAND_IN = '\0assent-on-demand-from-base-url';
const ON_DEMAND_CHUNKS = { loadIdb: 'assent-idb', loadEmbeds: 'assent-embeds', loadClearing: 'assent-clearing' };
const onDemandFromBaseUrl = {
  name: 'assent-on-demand-from-base-url',
  resolveId(source, importer) {
    if (source === '../on-demand/index.js' && importer?.startsWith(here('../core/src/'))) return ON_DEMAND_STAND_IN;
  },
  load(id) {
    if (id !== ON_DEMAND_STAND_IN) return null;
    return `
      import { fromBase } from ${JSON.stringify(here('src/script-tag/base-url.ts'))};
      ${Object.entries(ON_DEMAND_CHUNKS).map(([name, file]) => `export const ${name} = () => fromBase('${file}.js');`).join('\n')}
    `;
  },
};

// The single-file build swaps the module that fetches the UI for one that bundles it.
const bundledUi = {
  name: 'assent-bundled-ui',
  async resolveId(source, importer) {
    if (source === './load-ui.js' && importer?.includes('script-tag')) return here('src/script-tag/load-ui.bundled.ts');
  },
};

// Lit's css`` blocks reach the browser as written; minify them. Quoted strings are left as they
// are; elsewhere runs of whitespace shrink to one space, which goes next to braces, semicolons
// and ">" and after a colon (a space before a colon is a descendant combinator, so it stays).
// Commas keep their space: in a custom property it is part of the value. The browser parses both
// versions of every block to the same rules.
const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) => (index % 2 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};>])\s*/g, '$1').replace(/:\s+/g, ':')))
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

/** The script-tag entry: what every page view downloads. */
export const scriptEntry = {
  input: here('src/script-tag/assent.ts'),
  plugins: [onDemandFromBaseUrl, ...browserPlugins()],
  onwarn: quiet,
  // Core's on-demand code comes from its own files (onDemandFromBaseUrl); nothing else is split off.
  output: { file: 'dist/script/assent.js', format: 'iife', inlineDynamicImports: true, sourcemap: true },
};

/** The lazily loaded UI: banner (entry), dialog and locales (chunks), from the entry's base URL. */
export const scriptUi = {
  input: {
    'assent-ui': here('src/script-tag/ui-entry.ts'),
    // The evidence outbox, fetched only on sites that set assentConfig.syncEndpoint.
    'assent-sync': here('../server-sync/src/outbox.ts'),
    // Core's on-demand code (see onDemandFromBaseUrl).
    'assent-idb': here('../core/src/storage/idb.ts'),
    'assent-embeds': here('../core/src/embeds/index.ts'),
    'assent-clearing': here('../core/src/clearing/index.ts'),
    ...Object.fromEntries(LOCALES.map((code) => [`locale-${code}`, here(`src/locales/${code}.ts`)])),
  },
  plugins: browserPlugins(),
  onwarn: quiet,
  // Lets the banner entry also export code its lazy chunks share, instead of a facade file + a chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/script',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
};

/**
 * Embed texts in the page's language and the floating button, fetched on pages that have them. A
 * build of its own, so the little it shares with the UI (picking the locale) is copied, not split
 * into a chunk the banner would have to fetch too.
 */
export const scriptPageExtras = {
  input: here('src/script-tag/page-extras.ts'),
  plugins: browserPlugins(),
  onwarn: quiet,
  output: { file: 'dist/script/page-extras.js', format: 'es', sourcemap: true },
};

/** One file with everything, for sites that want exactly one request. */
export const scriptSingleFile = {
  input: here('src/script-tag/assent.ts'),
  plugins: [bundledUi, ...browserPlugins()],
  onwarn: quiet,
  output: { file: 'dist/script/assent.all.js', format: 'iife', inlineDynamicImports: true, sourcemap: true },
};

/** ESM for bundlers. */
export const library = {
  input: { index: here('src/index.ts'), 'preferences/index': here('src/preferences/index.ts') },
  external: (id) => /^(lit|lit-html|@lit\/reactive-element)(\/|$)/.test(id) || id.startsWith('@assent/core'),
  plugins: [esbuild({ target: 'es2022', tsconfig: here('tsconfig.json') })],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

export default [library, scriptEntry, scriptUi, scriptPageExtras, scriptSingleFile];
