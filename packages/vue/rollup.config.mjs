import esbuild from 'rollup-plugin-esbuild';

// ESM for bundlers and server renderers. Vue, the core and the banner stay external: the site's
// bundler resolves them once for the whole app (a second copy of Vue would break injection), and
// the banner is only ever loaded with import() in the browser.
export default {
  input: { index: 'src/index.ts' },
  output: { dir: 'dist', format: 'es', sourcemap: true },
  external: (id) => id === 'vue' || id.startsWith('@assent/'),
  plugins: [esbuild({ target: 'es2022' })],
};
