// Runs every check of the repository and prints one closing line `N passed, N failed`.
// Each runner writes machine-readable results; their own summaries are for humans only.
// A runner that crashes, or a suite that cannot run (no browser), counts as a failure.
// A passing step prints one line; a failing one prints its whole output (kept in
// .test-results/<step>.log either way). ASSENT_VERBOSE=1 streams every runner's output instead.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

const results = new URL('../.test-results/', import.meta.url);
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const root = new URL('..', import.meta.url).pathname;
const verbose = process.env.ASSENT_VERBOSE === '1';

const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  const commandLine = `${command} ${args.join(' ')}`;
  const started = Date.now();
  if (verbose) console.log(`\n━━ ${label}: ${commandLine}`);
  const logFile = new URL(`${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.log`, results).pathname;
  const log = verbose ? undefined : openSync(logFile, 'w');
  const stdio = verbose ? 'inherit' : ['ignore', log, log];
  const child = spawnSync(command, args, { cwd: root, stdio, env: { ...process.env, ...env } });
  if (log !== undefined) closeSync(log);
  const ok = child.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${ok ? '✓' : '✗'} ${label} (${seconds} s)`);
  if (!ok && !verbose) {
    console.log(`━━ ${commandLine} failed (exit ${child.status ?? child.signal}); its output (${logFile}):`);
    console.log(readFileSync(logFile, 'utf8').trimEnd());
    console.log('━━ end of output');
  }
  return ok;
}

function record(label, counts, ok) {
  // A runner that failed without reporting a failed test still fails the run.
  const failed = counts.failed + (ok || counts.failed ? 0 : 1);
  tally.passed += counts.passed;
  tally.failed += failed;
  tally.skipped += counts.skipped;
  lines.push(`${label}: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
}

function readJson(name) {
  const file = new URL(name, results);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

// 1. Types of the packages, in one incremental build (workspace imports resolve to sources).
const typesOk = run('typecheck packages', 'pnpm', [
  'exec',
  'tsc',
  '-b',
  'packages/core',
  'packages/banner',
  'packages/console',
  'packages/server-sync',
  'packages/scanner',
  'packages/react',
  'packages/vue',
]);
record('typecheck', { passed: typesOk ? 1 : 0, failed: typesOk ? 0 : 1, skipped: 0 }, typesOk);

// 2. Lint and format: Biome's recommended rules plus floating promises and unused code, and the
//    formatting of every file (fix with `pnpm format`).
const lintOk = run('lint and format (biome ci)', 'pnpm', ['exec', 'biome', 'ci', '--reporter=summary', '.']);
record('lint', { passed: lintOk ? 1 : 0, failed: lintOk ? 0 : 1, skipped: 0 }, lintOk);

// 3. Builds: every package must build (rollup + declarations).
const buildOk = run('build', 'pnpm', ['-r', '--filter', './packages/*', 'run', 'build']);
record('build', { passed: buildOk ? 1 : 0, failed: buildOk ? 0 : 1, skipped: 0 }, buildOk);

// The examples (SPA, end-to-end suite, and the backend through its JSDoc) typecheck against the
// packages' published declarations, as a user's project would: so after the build.
const exampleTypesOk =
  buildOk &&
  run('typecheck examples: SPA', 'pnpm', ['exec', 'tsc', '--noEmit', '-p', 'examples/spa']) &&
  run('typecheck examples: Vue (vue-tsc)', 'pnpm', ['--filter', '@assent/example-vue', 'run', 'typecheck']) &&
  run('typecheck examples: Next.js', 'pnpm', ['exec', 'tsc', '--noEmit', '-p', 'examples/next']) &&
  run('typecheck examples: end-to-end suite and backend', 'pnpm', ['exec', 'tsc', '--noEmit', '-p', 'examples/e2e']);
record('typecheck examples', { passed: exampleTypesOk ? 1 : 0, failed: exampleTypesOk ? 0 : 1, skipped: 0 }, exampleTypesOk);

// System packages first (Chromium, PostgreSQL), so no suite finds its tools missing: the consumer
// test's scanner run needs Chromium too.
const systemOk = run('system packages', 'bash', ['scripts/ensure-system-packages.sh']);
if (!systemOk) record('system packages', { passed: 0, failed: 1, skipped: 0 }, false);

// The packages as users get them: packed, installed with plain npm into scratch projects outside
// the workspace (an SPA, a ledger server) and used there (scripts/consumer-test.mjs).
const consumerOk = buildOk && run('consumer test (pnpm pack, npm install, use)', 'node', ['scripts/consumer-test.mjs']);
const consumer = readJson('consumer.json');
record('consumer', { passed: consumer?.passed ?? 0, failed: consumer?.failed ?? 0, skipped: consumer?.skipped ?? 0 }, consumerOk && !!consumer);

// 4. Unit tests in Node (vitest), including the bundle-size budget and the ledger on real
//    SQLite files and a real PostgreSQL server the tests start themselves.
const unitOk = run('unit tests (vitest)', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${new URL('unit.json', results).pathname}`,
]);
const unit = readJson('unit.json');
record(
  'unit',
  { passed: unit?.numPassedTests ?? 0, failed: unit?.numFailedTests ?? 0, skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) },
  unitOk && !!unit,
);

// 5. Browser tests in real Chromium (web-test-runner).
const browserOk = systemOk && run('browser tests (web-test-runner, Chromium)', 'pnpm', ['exec', 'web-test-runner']);
const browser = readJson('browser.json');
const browserCounts = { passed: browser?.passed ?? 0, failed: (browser?.failed ?? 0) + (browser?.sessionErrors ?? 0), skipped: browser?.skipped ?? 0 };
record('browser', browserCounts, browserOk && !!browser && browser.files > 0);

// 6. End-to-end: the demo (script-tag site, SPA, backend, ledger on SQLite) in real Chromium
//    (examples/e2e; its global setup builds the SPA). Zero tests counts as a failure.
const e2eOk =
  systemOk &&
  run('end-to-end tests (vitest + playwright-core, Chromium)', 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--config',
    'examples/e2e/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${new URL('e2e.json', results).pathname}`,
  ]);
const e2e = readJson('e2e.json');
record(
  'e2e',
  { passed: e2e?.numPassedTests ?? 0, failed: e2e?.numFailedTests ?? 0, skipped: (e2e?.numPendingTests ?? 0) + (e2e?.numTodoTests ?? 0) },
  e2eOk && !!e2e && e2e.numTotalTests > 0,
);

console.log(`\n${lines.join('\n')}`);
// In CI a skipped test hides a suite that did not really run: count skips as failures there.
if (process.env.CI && tally.skipped) {
  console.log(`CI: ${tally.skipped} skipped test(s) count as failed`);
  tally.failed += tally.skipped;
}
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed ? 1 : 0);
