// `pnpm bench`: every benchmark of issue 7 in one run, printed as one table and written to
// docs/benchmarks.md. Run after `pnpm run build` (the root script does both).
//   node bench/run.mjs            full run (about 5 minutes on the project's 2-core machine, busy, plus ~8 for the ledger's HTTP rounds, 6–9 for the log section, ~5 for stats and ~8 for the scanner)
//   node bench/run.mjs --quick    short smoke run (~1 min; also `pnpm bench --quick`), printed only
//   node bench/run.mjs --only=size,banner   only some sections (size, banner, lighthouse, viewport, ledger, scale, log, stats, scanner)
//   node bench/run.mjs --only=lighthouse --update   …and replace only those sections' rows in docs/benchmarks.md
//   node bench/run.mjs --only=scale10m --update   10 M records on PostgreSQL next to 1 M (~25 min; never part of a full run)
//   node bench/run.mjs --only=stats --stats-sizes=10000000   the stats section at other ledger sizes (SQLite; PostgreSQL at the plan's sizes only)
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSizes } from './size/measure-sizes.mjs';
import { sizeRows, sizeSummary } from './size/size-rows.mjs';
import { measureTcfSizes, tcfSizeRows, tcfSizeSummary } from './size/tcf-sizes.mjs';
import { gppSizeRows, gppSizeSummary, measureGppSizes } from './size/gpp-sizes.mjs';
import { measureBannerTime } from './banner-time/measure-banner-time.mjs';
import { bannerTimeRows, bannerTimeSummary } from './banner-time/banner-time-rows.mjs';
import { measureLighthouse } from './lighthouse/measure-lighthouse.mjs';
import { lighthouseRows, lighthouseSummary } from './lighthouse/lighthouse-rows.mjs';
import { runLedgerBench } from './ledger/ledger-figures.mjs';
import { measureLedgerHttp } from './ledger/http-rounds.mjs';
import { ledgerHttpRows, ledgerHttpSummary } from './ledger/http-rows.mjs';
import { LEDGER_FIGURES, ledgerRows } from './ledger/ledger-rows.mjs';
import { measureScale } from './ledger/scale.mjs';
import { scale10mRows, scaleNote, scaleRows } from './ledger/scale-rows.mjs';
import { measureScale10m } from './ledger/scale-10m.mjs';
import { measureLogIngest } from './ledger/log-ingest.mjs';
import { measureLogProofs } from './ledger/log-proofs.mjs';
import { logRows, logSummary } from './ledger/log-rows.mjs';
import { measureStatistics } from './ledger/statistics.mjs';
import { statsRows, statsSummary } from './ledger/stats-rows.mjs';
import { renderMarkdown, renderText } from './lib/table.mjs';
import { updateReport, writeReport } from './report.mjs';
import { measureViewportShare } from './viewport-share/measure-viewport-share.mjs';
import { viewportShareRows, viewportShareSummary } from './viewport-share/viewport-share-rows.mjs';
import { measureScanner } from './scanner/measure-scanner.mjs';
import { scannerRows, scannerSummary } from './scanner/scanner-rows.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section) => !only || only.includes(section);

/** Every knob of a run in one place; the report prints them. */
const PLAN = quick
  ? {
      mode: 'quick',
      bannerRounds: 6,
      bannerWarmup: 1,
      lighthouseRuns: 1,
      lighthousePresets: ['mobile'],
      lighthouseFileDelayMs: 60,
      ledgerSeconds: 1,
      ledgerRounds: 1,
      ledgerLatencyRounds: 1,
      // Without a warm-up the first round of each arm measures JIT compilation and cold pools.
      ledgerWarmupSeconds: 1,
      ledgerRate: 2000,
      ledgerChains: 2000,
      ledgerInProcessRecords: 10_000,
      scaleSizes: [10_000, 100_000],
      scaleRounds: 1,
      scaleSeconds: 1,
      scaleWarmupSeconds: 0,
      logRounds: 3,
      logProcessRounds: 5,
      logRecords: 2000,
      logHttpSeconds: 1,
      logWarmupSeconds: 1,
      logProofSize: 100_000,
      logProofCount: 200,
      scannerRounds: 1,
      scannerWarmup: 0,
      statsSizes: [100_000],
      statsPostgresSizes: [100_000],
      statsQueries: 20,
      statsScans: 3,
    }
  : {
      mode: 'full',
      bannerRounds: 30,
      bannerWarmup: 2,
      lighthouseRuns: 3,
      lighthousePresets: ['mobile', 'desktop'],
      lighthouseFileDelayMs: 60,
      ledgerSeconds: 5,
      ledgerRounds: 5,
      ledgerLatencyRounds: 3,
      ledgerWarmupSeconds: 2,
      ledgerRate: 2000,
      ledgerChains: 10_000,
      ledgerInProcessRecords: 50_000,
      scaleSizes: [10_000, 100_000, 1_000_000],
      scaleRounds: 3,
      scaleSeconds: 5,
      scaleWarmupSeconds: 2,
      logRounds: 7,
      logProcessRounds: 15,
      logRecords: 5000,
      logHttpSeconds: 3,
      logWarmupSeconds: 2,
      logProofSize: 1_000_000,
      logProofCount: 1000,
      scannerRounds: 2,
      scannerWarmup: 1,
      // 10 M is not in the full plan: on the 2-core machine its SQLite preload (~5 min) and counter
      // backfill (~16 min, 98 s per 1 M) alone outlast the rest of the run. The counters' rows do not
      // grow with the ledger; add 10_000_000 here to measure it.
      statsSizes: [1_000_000],
      statsPostgresSizes: [1_000_000],
      statsQueries: 50,
      statsScans: 5,
    };

const log = (text) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);
const started = performance.now();
const loadBefore = loadavg();
log(`${PLAN.mode} run${only ? ` (only ${only.join(', ')})` : ''}; load average ${loadBefore.map((n) => n.toFixed(2)).join(' ')}`);

const rows = [];
const notes = [];
const summary = {};

let sizes;
if (runs('size')) {
  sizes = measureSizes();
  rows.push(...sizeRows(sizes));
  summary.size = sizeSummary(sizes);
  const tcf = measureTcfSizes();
  rows.push(...tcfSizeRows(tcf));
  summary.tcfSize = tcfSizeSummary(tcf);
  const gpp = measureGppSizes();
  rows.push(...gppSizeRows(gpp));
  summary.gppSize = gppSizeSummary(gpp);
  log('sizes measured');
}

if (runs('banner')) {
  const bannerRuns = await measureBannerTime({ rounds: PLAN.bannerRounds, warmup: PLAN.bannerWarmup, onProgress: log });
  rows.push(...bannerTimeRows(bannerRuns));
  summary.banner = bannerTimeSummary(bannerRuns);
  // Cross-check: the files a first visit really fetched are the ones the size rows add up.
  const counted = sizes?.assent.find((item) => item.label.includes('first visit'))?.files;
  const fetched = new Set(bannerRuns.assent.flatMap((load) => load.requested.slice(1).map((path) => path.split('/').pop())));
  if (counted && (fetched.size !== counted.length || !counted.every((file) => fetched.has(file)))) {
    notes.push(`**Warning:** a first visit fetched ${[...fetched].join(' + ')}, but the size rows count ${counted.join(' + ')}.`);
  }
  if (bannerRuns.failures.length)
    notes.push(`Time to banner: ${bannerRuns.failures.length} load(s) stalled and were repeated: ${bannerRuns.failures.join('; ')}`);
}

if (runs('lighthouse')) {
  const lighthouse = await measureLighthouse({
    runs: PLAN.lighthouseRuns,
    presets: PLAN.lighthousePresets,
    fileDelayMs: PLAN.lighthouseFileDelayMs,
    onProgress: log,
  });
  rows.push(...lighthouseRows(lighthouse));
  summary.lighthouse = lighthouseSummary(lighthouse);
  if (lighthouse.failures.length) notes.push(`Lighthouse: ${lighthouse.failures.length} run(s) failed and were repeated: ${lighthouse.failures.join('; ')}`);
}

if (runs('viewport')) {
  const shares = await measureViewportShare({ onProgress: log });
  rows.push(...viewportShareRows(shares));
  summary.viewport = viewportShareSummary(shares);
}

let scale;
if (runs('scale')) {
  scale = await measureScale({
    sizes: PLAN.scaleSizes,
    rounds: PLAN.scaleRounds,
    seconds: PLAN.scaleSeconds,
    warmupSeconds: PLAN.scaleWarmupSeconds,
    rate: PLAN.ledgerRate,
    onProgress: log,
  });
}

if (runs('ledger')) {
  const http = await measureLedgerHttp({
    seconds: PLAN.ledgerSeconds,
    rounds: PLAN.ledgerRounds,
    latencyRounds: PLAN.ledgerLatencyRounds,
    warmupSeconds: PLAN.ledgerWarmupSeconds,
    rate: PLAN.ledgerRate,
    chains: PLAN.ledgerChains,
    onProgress: log,
  });
  rows.push(...ledgerHttpRows(http, PLAN));
  summary.ledger = ledgerHttpSummary(http);
  if (!http.verify.postgres) notes.push('**Warning:** the ledger HTTP rows have no PostgreSQL figures (PostgreSQL could not start).');
  const figures = await runLedgerBench({ records: PLAN.ledgerInProcessRecords, onProgress: log });
  rows.push(...ledgerRows({ figures }));
  const missing = LEDGER_FIGURES.filter((name) => !(name in figures));
  if (missing.length) notes.push(`**Warning:** the ledger bench reported no ${missing.join(', ')}.`);
}

if (scale) {
  rows.push(...scaleRows(scale, PLAN));
  notes.push(scaleNote(scale));
}

// Only when named: its preload alone takes a quarter of an hour.
if (only?.includes('scale10m')) {
  const run = await measureScale10m({
    rounds: PLAN.scaleRounds,
    seconds: PLAN.scaleSeconds,
    warmupSeconds: PLAN.scaleWarmupSeconds,
    rate: PLAN.ledgerRate,
    onProgress: log,
  });
  rows.push(...scale10mRows(run));
}

if (runs('log')) {
  const ingest = await measureLogIngest({
    rounds: PLAN.logRounds,
    processRounds: PLAN.logProcessRounds,
    records: PLAN.logRecords,
    waveSize: 1000,
    httpSeconds: PLAN.logHttpSeconds,
    warmupSeconds: PLAN.logWarmupSeconds,
    onProgress: log,
  });
  const proofs = await measureLogProofs({ size: PLAN.logProofSize, proofCount: PLAN.logProofCount, onProgress: log });
  rows.push(...logRows({ ingest, proofs }, PLAN));
  summary.log = logSummary({ ingest, proofs });
  if (!ingest.postgres || !proofs.postgres) notes.push('**Warning:** the transparency log rows have no PostgreSQL figures (PostgreSQL could not start).');
}

if (runs('stats')) {
  const statsRuns = [];
  const sizesAsked = process.argv.find((arg) => arg.startsWith('--stats-sizes='))?.slice('--stats-sizes='.length);
  const statsSizes = sizesAsked
    ? sizesAsked
        .split(',')
        .map(Number)
        .filter((size) => Number.isSafeInteger(size) && size > 0)
    : PLAN.statsSizes;
  for (const size of statsSizes) {
    const postgres = PLAN.statsPostgresSizes.includes(size);
    log(`statistics at ${size.toLocaleString('en-US')} records (${postgres ? 'SQLite and PostgreSQL' : 'SQLite only'})`);
    statsRuns.push({ size, result: await measureStatistics({ size, queries: PLAN.statsQueries, scans: PLAN.statsScans, postgres, onProgress: log }) });
  }
  rows.push(...statsRows(statsRuns, PLAN));
  summary.stats = statsSummary(statsRuns);
  if (statsRuns.some(({ size, result }) => PLAN.statsPostgresSizes.includes(size) && !result.postgres))
    notes.push('**Warning:** the statistics rows lack PostgreSQL figures (PostgreSQL could not start).');
}

if (runs('scanner')) {
  const scanner = await measureScanner({ rounds: PLAN.scannerRounds, warmup: PLAN.scannerWarmup, onProgress: log });
  rows.push(...scannerRows(scanner));
  summary.scanner = scannerSummary(scanner);
  if (scanner.errors.length) notes.push(`Scanner: the scans reported ${scanner.errors.length} page error(s): ${scanner.errors.slice(0, 3).join('; ')}`);
}

const seconds = (performance.now() - started) / 1000;
const machine = {
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
  node: process.version,
  loadBefore,
  loadAfter: loadavg(),
  seconds,
};

console.log(`\n${renderText(rows)}\n`);
for (const note of notes) if (note.startsWith('**Warning')) log(note.replaceAll('**', ''));
// Only a complete full run replaces the published figures; smoke and partial runs just print,
// unless a partial full-settings run is asked to --update its own rows.
const update = process.argv.includes('--update');
if (only && update && !quick) {
  const file = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
  writeFileSync(file, updateReport(readFileSync(file, 'utf8'), { sections: only, plan: PLAN, machine, table: renderMarkdown(rows), notes, summary }));
  log(`updated the ${only.join(', ')} rows of docs/benchmarks.md (${seconds.toFixed(0)} s)`);
} else if (!only && !quick) {
  const file = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  writeFileSync(file, writeReport({ plan: PLAN, machine, table: renderMarkdown(rows), notes, summary }));
  log(`wrote docs/benchmarks.md (${PLAN.mode} run, ${seconds.toFixed(0)} s)`);
} else {
  log(`${quick ? 'quick' : 'partial'} run: docs/benchmarks.md left as it was (${seconds.toFixed(0)} s)`);
}
