import esbuild from 'rollup-plugin-esbuild';

// ESM for Node (index, cli) and for browsers/bundlers (outbox). Workspace packages and
// dependencies stay external. The outbox entry shares no chunk with Node code: it imports only
// idb-keyval and @assent/core types.
export default {
  input: { index: 'src/index.ts', outbox: 'src/outbox.ts', 'outbox-texts': 'src/outbox-texts.ts', cli: 'src/cli/bin.ts' },
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
