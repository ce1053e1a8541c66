import esbuild from 'rollup-plugin-esbuild';

// ESM for bundlers; workspace packages and dependencies stay external.
export default {
  input: { index: 'src/index.ts' },
  output: { dir: 'dist', format: 'es', sourcemap: true },
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  plugins: [esbuild({ target: 'es2022' })],
};
