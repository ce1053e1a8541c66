// Lets browser tests import React, which ships CommonJS only. web-test-runner.config.mjs loads the
// default export of every packages/<name>/web-test-runner.plugins.mjs into its dev server.
//
// The React entries the tests import ('react', 'react-dom/client', 'react-dom/server' …) are
// bundled once with esbuild into ES modules sharing one copy of React, and served under
// /__assent-react__/. Nothing else the dev server serves is touched. Converting React file by file
// (@rollup/plugin-commonjs through @web/dev-server-rollup) cannot work: a file converted on its own
// does not know which names `module.exports = require('./cjs/…')` provides.
// The development build, for its warnings (hydration mismatches, uncached snapshots), which the
// tests turn into failures.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const NODE_ENV = 'development';
const PREFIX = '/__assent-react__/';
const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
// Bare specifier → the file a browser gets for it ('react-dom/server' is server.browser.js there).
const entries = {
  react: 'react',
  'react/jsx-runtime': 'react/jsx-runtime',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom/client',
  'react-dom/server': 'react-dom/server.browser',
};
const fileName = (specifier) => specifier.replace(/\W/g, '-') + '.js';

// The names each entry provides, read in a separate Node process: React's development build touches
// console methods the test runner's console replacement lacks.
function exportNames(file) {
  // Exits at once: a loaded scheduler keeps a MessageChannel open, which would keep Node running.
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(file)})))); process.exit()`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV }, encoding: 'utf8' }));
  return names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
}

let bundled;
async function bundle() {
  const modules = Object.entries(entries).map(([specifier, target]) => {
    const file = require.resolve(target);
    return {
      specifier,
      file,
      code: `import cjs from ${JSON.stringify(file)};\nexport default cjs;\nexport const { ${exportNames(file).join(', ')} } = cjs;\n`,
    };
  });
  const result = await build({
    entryPoints: modules.map(({ specifier }) => ({ in: `entry:${specifier}`, out: fileName(specifier).slice(0, -3) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/out',
    define: { 'process.env.NODE_ENV': JSON.stringify(NODE_ENV) },
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-entries',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'react-entry' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'react-entry' }, (args) => ({
            contents: modules.find((module) => module.specifier === args.path).code,
            resolveDir: here,
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice('/out/'.length), file.text]));
}

export default [
  {
    name: 'assent-react-as-esm',
    resolveImport({ source }) {
      if (Object.hasOwn(entries, source)) return PREFIX + fileName(source);
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      bundled ??= bundle();
      const body = (await bundled).get(context.path.slice(PREFIX.length));
      if (body !== undefined) return { body, type: 'js' };
    },
  },
];
