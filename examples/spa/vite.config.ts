import { defineConfig } from 'vite';

// Served by the demo backend under /spa/ (examples/backend), which also answers the ledger API
// and /api/*; `vite` alone proxies those to a running backend on :8080.
export default defineConfig({
  base: '/spa/',
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
