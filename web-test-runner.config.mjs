// Browser tests (*.browser.test.ts) in real headless Chromium — Debian's package, never a
// downloaded browser. Results are also written to .test-results/browser.json for scripts/run-tests.mjs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A package may serve extra routes to its browser tests (e.g. a real ledger API) from
// packages/<name>/web-test-runner.middleware.mjs, default-exporting an array of Koa middleware.
const packagesDir = new URL('./packages/', import.meta.url);
const middleware = [];
for (const name of readdirSync(packagesDir)) {
  const file = new URL(`${name}/web-test-runner.middleware.mjs`, packagesDir);
  if (existsSync(file)) middleware.push(...(await import(file.href)).default);
}
// Likewise dev-server plugins from packages/<name>/web-test-runner.plugins.mjs (e.g. @assent/react's,
// which turns React's CommonJS into ES modules); each must leave other packages' files untouched.
const packagePlugins = [];
for (const name of readdirSync(packagesDir)) {
  const file = new URL(`${name}/web-test-runner.plugins.mjs`, packagesDir);
  if (existsSync(file)) packagePlugins.push(...(await import(file.href)).default);
}

/** Counts passed/failed/skipped tests across all sessions and writes them as JSON. */
function countingReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, files: sessions.length };
      const visit = (suite) => {
        for (const test of suite?.tests ?? []) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        visit(session.testResults);
        // A file that failed to load or threw outside a test has errors but maybe no failed test.
        if (!session.passed && !(session.testResults?.tests?.length || session.testResults?.suites?.length)) counts.sessionErrors++;
        counts.sessionErrors += session.errors?.length ?? 0;
      }
      mkdirSync(new URL('./.test-results/', import.meta.url), { recursive: true });
      writeFileSync(fileURLToPath(new URL(outputFile, import.meta.url)), JSON.stringify(counts));
    },
  };
}

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'examples/*/**/*.browser.test.ts', '!**/node_modules/**'],
  // Lit's production build, as the bundles ship it (its dev build warns in every test file).
  nodeResolve: { exportConditions: ['@assent/source', 'browser', 'production'] },
  middleware,
  plugins: [...packagePlugins, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // *.assent.test resolves to this machine, so tests can use real parent domains (cookie clearing).
          '--host-resolver-rules=MAP *.assent.test 127.0.0.1, MAP assent.test 127.0.0.1',
        ],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('./.test-results/browser.json')],
};
