import { defineConfig } from 'vitest/config';

// Node-side unit tests of every package. Browser behaviour lives in *.browser.test.ts files,
// which web-test-runner runs in real Chromium (web-test-runner.config.mjs).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
