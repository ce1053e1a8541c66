import { defineConfig } from 'vitest/config';

// Node-side unit tests of every package, and scripts/readme-blocks.test.ts (the docs' runnable
// blocks, run against the built packages). Browser behaviour lives in *.browser.test.ts files,
// which web-test-runner runs in real Chromium (web-test-runner.config.mjs).
// Workspace packages resolve to their TypeScript sources (the "@assent/source" export condition), so
// tests never depend on a previous build.
const conditions = ['@assent/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@assent/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/**/*.test.ts', 'scripts/**/*.test.ts'],
    // End-to-end suites (examples/e2e) have their own config and run after the builds.
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.ts', 'examples/e2e/**'],
    environment: 'node',
    // Vitest's default on two cores is one worker; many files wait on PostgreSQL, child processes
    // or Chromium rather than on the CPU, so two keep both cores busy and cut the wall time. Two
    // CPU-bound files side by side each run at half speed, so the timeout leaves room for that.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
