import esbuild from 'rollup-plugin-esbuild';

// ESM for bundlers and servers. `cookie` is the DOM-free entry servers import.
// Dependencies stay external: the site's bundler (or the banner's script-tag build) resolves them.
export default {
  input: { index: 'src/index.ts', cookie: 'src/cookie.ts', page: 'src/page.ts' },
  output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  external: ['idb-keyval'],
  plugins: [esbuild({ target: 'es2022' })],
};
