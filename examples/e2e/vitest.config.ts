import { defineConfig } from 'vitest/config';
import LongestFirst from './support/longest-first.js';

// End-to-end suite: real Chromium (Debian's /usr/bin/chromium via playwright-core) against the
// real demo backend and ledger. Each file starts its own backend (temp SQLite file, free loopback
// port) and browser; each scenario gets a fresh browser context. Run after the package builds:
// the backend serves the banner's script-tag build, and globalSetup builds the SPA.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  test: {
    include: ['**/*.e2e.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: two files (two Chromiums) at a time keeps both busy without starving either.
    maxWorkers: 2,
    fileParallelism: true,
    sequence: { sequencer: LongestFirst },
  },
});
