import esbuild from 'rollup-plugin-esbuild';

// ESM for bundlers. React, the core and the banner stay external: the site's bundler resolves them,
// and the banner is only ever loaded with import() in the browser.
// Rollup drops module-level directives, so 'use client' (which makes Next.js's App Router treat the
// components as client components) is written back at the top of the built entry.
export default {
  input: { index: 'src/index.ts' },
  output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, banner: "'use client';" },
  external: ['react', 'react/jsx-runtime', '@assent/core', '@assent/banner'],
  onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
  plugins: [esbuild({ target: 'es2022' })],
};
