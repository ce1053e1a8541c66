import esbuild from 'rollup-plugin-esbuild';

// ESM for bundlers and servers. `cookie` and `region` are the DOM-free entries servers import.
// Dependencies stay external: the site's bundler (or the banner's script-tag build) resolves them.
const output = { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true };
const plugins = [esbuild({ target: 'es2022' })];

export default [
  { input: { index: 'src/index.ts', cookie: 'src/cookie.ts', page: 'src/page.ts' }, output, external: ['idb-keyval'], plugins },
  // The service catalogue is built on its own: sharing modules with the entries above (the cookie
  // name matcher) would split them into new chunks and change what those entries load.
  { input: { catalogue: 'src/catalogue.ts' }, output, plugins },
  // Edge functions import only this: self-contained, so it never pulls in a chunk of the store.
  { input: { region: 'src/region.ts' }, output, plugins },
];
