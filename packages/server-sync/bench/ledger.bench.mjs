// Ledger throughput and latency, side by side in one run, load on 127.0.0.1 only, bounded in time.
//   node bench/ledger.bench.mjs           (after `pnpm run build`; `pnpm bench` does both)
//   BENCH_JSON=figures.json node bench/ledger.bench.mjs   also writes the figures as JSON
//   BENCH_HTTP=0 node bench/ledger.bench.mjs   in-process figures only (what `pnpm bench` reads;
//   BENCH_IN_PROCESS_RECORDS sets how many records the in-process ingest and raw insert write, default 50,000)
// The HTTP rows here use a small load generator of its own, so the package needs no load tool; the
// published HTTP figures (docs/benchmarks.md) come from bench/ledger/, driven by autocannon, which
// reaches about twice this generator's rate on a no-op handler: compare ratios only within one tool.
// The load generator runs in a child process (its own core), so client and server do not share
// an event loop. Numbers are machine-dependent; the ratios are what to compare. Every ingest arm,
// the no-op reference included, first gets BENCH_WARMUP_SECONDS of the same load, not counted:
// the figures are steady state, not the JIT compiling the first requests. The no-op reference and
// SQLite ingest run in BENCH_ROUNDS (default 5) alternating rounds and report the median round, and
// the median of each round's ratio to the no-op round before it, so a burst of
// other work on this machine cannot bend their ratio one way.
import { fork } from 'node:child_process';
import { createServer, request, Agent } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const CONNECTIONS = 50;
const HTTP = process.env.BENCH_HTTP !== '0';

// ─── load generator (child process) ─────────────────────────────────────────────────────────
const decision = (consentId) =>
  JSON.stringify({
    recordId: randomUUID(),
    consentId,
    revision: '1',
    categories: { necessary: true, functional: false, analytics: true, advertising: false },
    services: {},
    method: 'custom',
    locale: 'en',
    region: 'DE',
    regime: 'opt-in',
    gpc: false,
    textHash: 'sha256:bench',
    updatedAt: '2026-01-01T10:00:00.000Z',
    expiresAt: '2026-07-02T10:00:00.000Z',
  });
const consentIdFor = (index) => `bench-consent-${String(index % 10_000).padStart(5, '0')}`;

function client() {
  process.on('message', async ({ port, kind, rate, seconds = SECONDS }) => {
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const latencies = [];
    let ok = 0;
    let failed = 0;
    let sequence = 0;
    const send = () =>
      new Promise((resolve) => {
        const index = sequence++;
        const body = kind === 'post' ? decision(consentIdFor(index)) : undefined;
        const started = performance.now();
        const req = request(
          {
            port,
            host: '127.0.0.1',
            agent,
            method: body ? 'POST' : 'GET',
            path: body ? '/v1/consents' : `/v1/consents/${consentIdFor(index)}`,
            headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              latencies.push(performance.now() - started);
              res.statusCode < 400 ? ok++ : failed++;
              resolve();
            });
          },
        );
        req.on('error', () => (failed++, resolve()));
        req.end(body);
      });
    const until = performance.now() + seconds * 1000;
    if (rate) {
      // Open-loop: a fixed request rate, whatever the latency.
      const inflight = new Set();
      const perTick = rate / 1000;
      let owed = 0;
      await new Promise((done) => {
        const timer = setInterval(() => {
          for (owed += perTick; owed >= 1; owed--) {
            const pending = send();
            inflight.add(pending);
            void pending.then(() => inflight.delete(pending));
          }
          if (performance.now() >= until) clearInterval(timer), void Promise.all(inflight).then(done);
        }, 1);
      });
    } else {
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < until) await send();
        }),
      );
    }
    agent.destroy();
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    process.send({ ok, failed, perSecond: ok / seconds, p50: at(0.5), p99: at(0.99) });
  });
}

async function load(port, kind, rate, seconds = SECONDS) {
  const child = fork(new URL(import.meta.url), ['--client'], { stdio: 'inherit' });
  const result = await new Promise((resolve) => {
    child.once('message', resolve);
    child.send({ port, kind, rate, seconds });
  });
  child.kill();
  return result;
}

/** The measured closed-loop run, after an uncounted warm-up of the same load on the same server. */
async function ingest(port) {
  if (WARMUP_SECONDS > 0) await load(port, 'post', undefined, WARMUP_SECONDS);
  return load(port, 'post');
}

/**
 * Closed-loop runs on several servers in alternating rounds (A B A B …), each warmed up first;
 * returns every server's runs in round order.
 */
async function alternating(ports) {
  for (const port of ports) if (WARMUP_SECONDS > 0) await load(port, 'post', undefined, WARMUP_SECONDS);
  const runs = ports.map(() => []);
  for (let round = 0; round < ROUNDS; round++) for (const [index, port] of ports.entries()) runs[index].push(await load(port, 'post'));
  return runs;
}
const medianRun = (runs) => [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor((runs.length - 1) / 2)];

async function listen(listener) {
  const server = createServer(listener);
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

const fmt = (n, digits = 0) => Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (values, q) => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/** HTTP ingest on SQLite next to the no-op handler, then check latency at 2,000 req/s; returns the no-op's median run. */
async function httpSqlite(sqliteLedger, row, figures, runFigures) {
  const { createLedgerHandler, toNodeListener } = await import('../dist/index.js');
  // 1. HTTP: a no-op node:http handler that reads the body and answers, as the ceiling.
  const noop = await listen((req, res) => {
    req.resume();
    req.on('end', () => (res.writeHead(201, { 'content-type': 'application/json' }), res.end('{"ok":true}')));
  });
  // 2. HTTP ingest on SQLite (WAL, synchronous=FULL: fsync per group commit), alternating with 1.
  const sqliteServer = await listen(toNodeListener(createLedgerHandler({ ledger: sqliteLedger, rateLimit: false })));
  const [noopRuns, sqliteRuns] = await alternating([noop.port, sqliteServer.port]);
  await noop.close();
  const ceiling = medianRun(noopRuns);
  const sqliteIngest = medianRun(sqliteRuns);
  const ratios = sqliteRuns.map((run, round) => (100 * run.perSecond) / noopRuns[round].perSecond);
  const perRound = ratios.map((ratio) => `${fmt(ratio, 1)} %`).join(', ');
  const medianRatio = [...ratios].sort((a, b) => a - b)[Math.floor((ratios.length - 1) / 2)];
  row(
    'no-op node:http handler, POST',
    `${fmt(ceiling.perSecond)} req/s`,
    `p50 ${fmt(ceiling.p50, 2)} ms, p99 ${fmt(ceiling.p99, 2)} ms; median of ${ROUNDS} rounds: ${noopRuns.map((run) => fmt(run.perSecond)).join(', ')} req/s`,
  );
  figures.noopPost = { ...runFigures(ceiling), rounds: noopRuns.map((run) => run.perSecond) };
  figures.sqliteIngest = {
    ...runFigures(sqliteIngest),
    rounds: sqliteRuns.map((run) => run.perSecond),
    roundRatios: ratios,
    medianRoundRatio: medianRatio,
    failed: sqliteRuns.reduce((sum, run) => sum + run.failed, 0),
  };
  row(
    'HTTP ingest, SQLite',
    `${fmt(sqliteIngest.perSecond)} rec/s`,
    `${fmt((100 * sqliteIngest.perSecond) / ceiling.perSecond, 1)} % of no-op; p50 ${fmt(sqliteIngest.p50, 2)} ms, p99 ${fmt(sqliteIngest.p99, 2)} ms; ${sqliteRuns.reduce((sum, run) => sum + run.failed, 0)} failed; rounds ${sqliteRuns.map((run) => fmt(run.perSecond)).join(', ')} rec/s = ${perRound} of the no-op round before (median ${fmt(medianRatio, 1)} %)`,
  );

  // 3. check latency under a fixed 2,000 req/s (GET /v1/consents/{id}, 10,000 consent ids present).
  const checks = await load(sqliteServer.port, 'get', 2000);
  figures.sqliteCheck = runFigures(checks);
  row(
    'HTTP check at 2,000 req/s, SQLite',
    `p50 ${fmt(checks.p50, 2)} ms`,
    `p99 ${fmt(checks.p99, 2)} ms; ${fmt(checks.perSecond)} answered/s, ${checks.failed} failed`,
  );
  await sqliteServer.close();
  return ceiling;
}

async function main() {
  const { createLedger, createLedgerHandler, openSqliteStorage, openPostgresStorage, toNodeListener } = await import('../dist/index.js');
  const { startPostgres } = await import('../test-support/postgres-cluster.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'assent-bench-'));
  const rows = [];
  const row = (what, value, note = '') => rows.push([what, value, note]);
  // The same figures as data, for `pnpm bench` (BENCH_JSON names the file); the table is for people.
  const figures = { seconds: SECONDS, rounds: ROUNDS };
  const runFigures = ({ perSecond, p50, p99, failed }) => ({ perSecond, p50, p99, failed });
  console.log(
    HTTP
      ? `assent ledger bench — ${SECONDS}s per HTTP run (ingest after ${WARMUP_SECONDS}s warm-up; no-op and SQLite in ${ROUNDS} alternating rounds, median reported), ${CONNECTIONS} keep-alive connections, load generator in a child process\n`
      : 'assent ledger bench — in-process figures only (BENCH_HTTP=0)\n',
  );

  const sqliteLedger = createLedger({ storage: openSqliteStorage(join(dir, 'http.sqlite')) });
  const ceiling = HTTP ? await httpSqlite(sqliteLedger, row, figures, runFigures) : undefined;
  // Without the HTTP runs, the chains the checks read are written in process.
  for (let offset = 0; !HTTP && offset < 10_000; offset += 1000) {
    await Promise.all(
      Array.from({ length: 1000 }, (_, index) =>
        sqliteLedger.record(JSON.parse(decision(consentIdFor(offset + index))), { ip: '127.0.0.0', userAgent: 'bench', origin: 'http://127.0.0.1' }),
      ),
    );
  }
  // Each check is followed by the raw indexed lookup of the latest record of the same consent id
  // on the same file (the database's floor for a check), so both see the machine at the same moments.
  const reader = new Database(join(dir, 'http.sqlite'), { readonly: true });
  const latest = reader.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq DESC LIMIT 1');
  const inProcess = [];
  const rawLookups = [];
  for (let index = 0; index < 20_000; index++) {
    let started = performance.now();
    await sqliteLedger.check(consentIdFor(index), 'analytics');
    inProcess.push(performance.now() - started);
    started = performance.now();
    latest.get(consentIdFor(index));
    rawLookups.push(performance.now() - started);
  }
  reader.close();
  figures.inProcessCheck = { p50: percentile(inProcess, 0.5), p99: percentile(inProcess, 0.99), calls: inProcess.length };
  figures.rawLookup = { p50: percentile(rawLookups, 0.5), p99: percentile(rawLookups, 0.99), calls: rawLookups.length };
  row(
    'in-process ledger.check, SQLite',
    `p50 ${fmt(percentile(inProcess, 0.5) * 1000)} µs`,
    `p99 ${fmt(percentile(inProcess, 0.99) * 1000)} µs (20,000 sequential calls); raw indexed lookup between them: p50 ${fmt(figures.rawLookup.p50 * 1000)} µs, p99 ${fmt(figures.rawLookup.p99 * 1000)} µs`,
  );
  const verified = await sqliteLedger.verify();
  figures.sqliteVerify = { ok: verified.ok, records: verified.records, consents: verified.consents };
  row('verify after the runs, SQLite', verified.ok ? 'ok' : 'FAILED', `${fmt(verified.records)} records in ${fmt(verified.consents)} chains`);
  await sqliteLedger.close();

  // 4. In-process ingest vs raw better-sqlite3 batched insert of the same number of rows.
  const COUNT = Number(process.env.BENCH_IN_PROCESS_RECORDS ?? 50_000);
  const inProcessLedger = createLedger({ storage: openSqliteStorage(join(dir, 'in-process.sqlite')) });
  let started = performance.now();
  for (let offset = 0; offset < COUNT; offset += 1000) {
    await Promise.all(
      Array.from({ length: 1000 }, (_, index) =>
        inProcessLedger.record(JSON.parse(decision(consentIdFor(offset + index))), { ip: '127.0.0.0', userAgent: 'bench', origin: 'http://127.0.0.1' }),
      ),
    );
  }
  const ledgerRate = COUNT / ((performance.now() - started) / 1000);
  await inProcessLedger.close();
  const raw = new Database(join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(
    'CREATE TABLE records (record_id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (consent_id, seq))',
  );
  const insert = raw.prepare('INSERT INTO records VALUES (?, ?, ?, ?, ?)');
  const batch = raw.transaction((from) => {
    for (let index = from; index < from + 256 && index < COUNT; index++)
      insert.run(randomUUID(), consentIdFor(index), Math.floor(index / 10_000) + 1, decision(consentIdFor(index)), 'x'.repeat(64));
  });
  started = performance.now();
  for (let from = 0; from < COUNT; from += 256) batch(from);
  const rawRate = COUNT / ((performance.now() - started) / 1000);
  raw.close();
  figures.inProcessRecord = { perSecond: ledgerRate };
  figures.rawInsert = { perSecond: rawRate, rows: COUNT };
  row(
    'in-process ledger.record, SQLite',
    `${fmt(ledgerRate)} rec/s`,
    `${fmt((100 * ledgerRate) / rawRate, 1)} % of raw insert (validation, chain lookup, 2 sha256, idempotency check)`,
  );
  row('raw better-sqlite3 insert, 256/txn', `${fmt(rawRate)} rows/s`, `${fmt(COUNT)} rows, same batch size and fsync setting`);

  // 5. HTTP ingest on PostgreSQL (fsync on, the cluster's defaults).
  const cluster = HTTP ? await startPostgres({ durable: true }) : undefined;
  if (cluster) {
    const pgLedger = createLedger({ storage: await openPostgresStorage(cluster.url) });
    const pgServer = await listen(toNodeListener(createLedgerHandler({ ledger: pgLedger, rateLimit: false })));
    const pgIngest = await ingest(pgServer.port);
    figures.postgresIngest = runFigures(pgIngest);
    row(
      'HTTP ingest, PostgreSQL',
      `${fmt(pgIngest.perSecond)} rec/s`,
      `${fmt((100 * pgIngest.perSecond) / ceiling.perSecond, 1)} % of no-op; p50 ${fmt(pgIngest.p50, 2)} ms, p99 ${fmt(pgIngest.p99, 2)} ms; ${pgIngest.failed} failed`,
    );
    const pgChecks = await load(pgServer.port, 'get', 2000);
    figures.postgresCheck = runFigures(pgChecks);
    row('HTTP check at 2,000 req/s, PostgreSQL', `p50 ${fmt(pgChecks.p50, 2)} ms`, `p99 ${fmt(pgChecks.p99, 2)} ms; ${pgChecks.failed} failed`);
    await pgServer.close();
    const pgVerified = await pgLedger.verify();
    figures.postgresVerify = { ok: pgVerified.ok, records: pgVerified.records, consents: pgVerified.consents };
    row('verify after the runs, PostgreSQL', pgVerified.ok ? 'ok' : 'FAILED', `${fmt(pgVerified.records)} records in ${fmt(pgVerified.consents)} chains`);
    await pgLedger.close();
    await cluster.stop();
  } else if (HTTP) {
    row('HTTP ingest, PostgreSQL', 'skipped', 'PostgreSQL could not start');
  }
  rmSync(dir, { recursive: true, force: true });

  const width = Math.max(...rows.map(([what]) => what.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}`);
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures, null, 2));
}

if (process.argv[2] === '--client') client();
else await main();
