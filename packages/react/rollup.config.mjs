import esbuild from 'rollup-plugin-esbuild';

// ESM for bundlers. React, the core and the banner stay external: the site's bundler resolves them,
// and the banner is only ever loaded with import() in the browser.
// 'use client' makes Next.js's App Router treat the components as client components. Rollup drops
// module-level directives from sources, so the build writes it at the top of the entry instead.
export default {
  input: { index: 'src/index.ts' },
  output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, banner: "'use client';" },
  external: (id) => /^(react|react-dom|@assent\/core|@assent\/banner)(\/|$)/.test(id),
  plugins: [esbuild({ target: 'es2022' })],
};
