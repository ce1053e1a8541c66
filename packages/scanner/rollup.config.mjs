import esbuild from 'rollup-plugin-esbuild';

// ESM for Node: the library entry and the CLI. Dependencies (playwright-core, @assent/core) stay
// external.
export default {
  input: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:/.test(id),
  plugins: [esbuild({ target: 'es2022' })],
};
