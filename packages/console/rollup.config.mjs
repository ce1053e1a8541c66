// Builds of @assent/console:
//  1. dist/app/        the web app the ledger serves at /console/: console.js (one ES module, Lit and
//                      uPlot inlined, Lit's production build, minified), index.html and console.css
//                      copied from static/. No CDN, nothing inline: it runs under the ledger's strict CSP.
//  2. dist/            the Node entry (index.js: consoleAssetsDirectory) and the evidence verifier
//                      (verify/*.js) as plain ESM for library users, one file per module.
// scripts/build-package.mjs runs this, then tsc -p tsconfig.build.json for the declarations.
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Lit's css`` blocks reach the browser as written; collapse their whitespace and comments (quoted
// strings untouched). Same rules as the banner's build.
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
    return { code: code.replace(/css`([^`$]*)`/g, (_, body) => 'css`' + minifyCssText(body) + '`'), map: null };
  },
};

// index.html and console.css go to dist/app/ beside the bundle; the CSS is minified like the above.
const staticFiles = {
  name: 'assent-console-static',
  buildStart() {
    this.addWatchFile(here('static/index.html'));
    this.addWatchFile(here('static/console.css'));
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync(here('static/index.html'), 'utf8') });
    this.emitFile({ type: 'asset', fileName: 'console.css', source: minifyCssText(readFileSync(here('static/console.css'), 'utf8')) + '\n' });
  },
};

const quiet = (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning));

/** The web app: one module with everything. */
export const app = {
  input: here('src/app/main.ts'),
  // 'production': Lit's production build even when NODE_ENV says otherwise (see the banner's config).
  plugins: [
    minifyCss,
    nodeResolve({ browser: true, exportConditions: ['@assent/source', 'production'] }),
    esbuild({ target: 'es2022', tsconfig: here('tsconfig.json') }),
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    staticFiles,
  ],
  onwarn: quiet,
  output: { dir: 'dist/app', format: 'es', entryFileNames: 'console.js', inlineDynamicImports: true, sourcemap: false },
};

/** The Node entry and the verifier, as plain ESM (one file per module). */
export const library = {
  input: { index: here('src/index.ts'), 'verify/index': here('src/verify/index.ts') },
  external: (id) => id.startsWith('node:'),
  plugins: [esbuild({ target: 'es2022', tsconfig: here('tsconfig.json') })],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

export default [app, library];
