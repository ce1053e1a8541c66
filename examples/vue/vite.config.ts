import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Served by the demo backend under /vue/ (examples/backend), which also answers the ledger API
// and /api/*; `vite` alone proxies those to a running backend on :8080.
export default defineConfig({
  base: '/vue/',
  plugins: [vue()],
  // Vue's feature flags, set explicitly: the Options API is not used (smaller bundle), no devtools
  // in production, and hydration mismatch details off (the app is not server rendered).
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      // @assent/banner imports its English texts statically (the fallback, always needed) and
      // through its locale loader; Vite notes the dynamic import cannot split. Harmless here.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/v1', '/api', '/css', '/embed', '/privacy.html', '/account'].map((path) => [path, 'http://localhost:8080'])),
  },
});
