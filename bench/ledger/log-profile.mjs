// Where the transparency log's ingest time goes: a focused in-process run for `node --cpu-prof`,
// and a reader of the profile it writes.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/ledger/log-profile.mjs run sqlite on 50000
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/ledger/log-profile.mjs run postgres off 50000 [batchesInFlight] [fresh]
//     (PostgreSQL: also samples what its backends wait on, every 2 ms, from pg_stat_activity)
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/ledger/log-profile.mjs catchup sqlite 200000
//   node bench/ledger/log-profile.mjs read /tmp/prof/CPU.….cpuprofile
// `run` records in waves of 1,000 concurrent `ledger.record` calls (as the log rows do) into a
// fresh store with the log on or off; consent ids from 10,000 chains (as the log rows), or with
// `fresh` every record a new consent id (no two batches then share a chain row to lock). `read` prints the inclusive time of the frames that matter
// for the log (each sample counted once per frame name, however deep the recursion) and the top
// self times.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FRAMES = [
  'append', // the storage's write transaction (SQLite: the whole IMMEDIATE transaction, commit included)
  'grow',
  'lockPostgresLog',
  'logWrites',
  'extendLog',
  'appendLeaves',
  'leafHash',
  'nodeHash',
  'decodeFrontier',
  'write',
  'seal',
  'record',
  'noteAppended',
  'signCheckpoint',
  'frontierRoot',
  'catchUp',
  'catchUpPostgresLog',
  'recordFromRow',
  'preloadSqlite',
  'preloadPostgres',
];

async function run(kind, arm, total, maxBatchesInFlight, ids = 'chains') {
  const { createLedger, generateLogKey, openPostgresStorage, openSqliteStorage } = await import('@assent/server-sync');
  const { requestContext, submission, randomBelow } = await import('./synthetic.mjs');
  const logOn = arm === 'on';
  const dir = mkdtempSync(join(tmpdir(), 'assent-log-profile-'));
  let cluster;
  let storage;
  if (kind === 'postgres') {
    const { startPostgres } = await import('../../packages/server-sync/test-support/postgres-cluster.mjs');
    cluster = await startPostgres({ durable: true, required: true });
    storage = await openPostgresStorage(cluster.url, { transparencyLog: logOn });
  } else {
    storage = openSqliteStorage(join(dir, 'ledger.sqlite'), { transparencyLog: logOn });
  }
  const ledger = createLedger({
    storage,
    maxBatchesInFlight,
    log: logOn ? { signerKey: generateLogKey('bench.assent.example/log').signerKey } : undefined,
  });
  const waits = cluster && (await sampleWaits(cluster.url));
  const started = performance.now();
  for (let done = 0; done < total; done += 1000) {
    await Promise.all(
      Array.from({ length: 1000 }, () =>
        ledger.record(
          submission(ids === 'fresh' ? `fresh-${crypto.randomUUID()}` : `log-consent-${String(randomBelow(10_000)).padStart(5, '0')}`),
          requestContext,
        ),
      ),
    );
  }
  console.log(
    `${kind}, log ${arm}${maxBatchesInFlight ? `, ${maxBatchesInFlight} batches in flight` : ''}: ${Math.round(total / ((performance.now() - started) / 1000))} rec/s`,
  );
  if (waits) console.log(`backend samples (active, by wait event): ${JSON.stringify(await waits.stop())}`);
  await ledger.close();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** Samples the ledger's active PostgreSQL backends by wait event until `stop()`. */
async function sampleWaits(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client(url);
  await client.connect();
  const counts = {};
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query(
        "SELECT coalesce(wait_event_type || ':' || wait_event, 'on CPU') AS what, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() GROUP BY 1",
      );
      for (const row of rows) counts[row.what] = (counts[row.what] ?? 0) + row.n;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await client.end();
      return counts;
    },
  };
}

/** Preloads `total` records with the log off, then opens the store with the log on (the catch-up). */
async function catchUp(kind, total) {
  const { openPostgresStorage, openSqliteStorage } = await import('@assent/server-sync');
  const dir = mkdtempSync(join(tmpdir(), 'assent-log-profile-'));
  const started = performance.now();
  if (kind === 'postgres') {
    const { startPostgres } = await import('../../packages/server-sync/test-support/postgres-cluster.mjs');
    const { preloadPostgres } = await import('./preload-postgres.mjs');
    const cluster = await startPostgres({ durable: true, required: true });
    await (await openPostgresStorage(cluster.url, { transparencyLog: false })).close();
    await preloadPostgres(cluster.url, 0, total);
    const opened = performance.now();
    await (await openPostgresStorage(cluster.url)).close();
    console.log(`postgres: preload ${((opened - started) / 1000).toFixed(1)} s, catch-up ${((performance.now() - opened) / 1000).toFixed(1)} s`);
    await cluster.stop();
  } else {
    const { preloadSqlite } = await import('./preload-sqlite.mjs');
    const file = join(dir, 'ledger.sqlite');
    await openSqliteStorage(file, { transparencyLog: false }).close();
    preloadSqlite(file, 0, total);
    const opened = performance.now();
    await openSqliteStorage(file).close();
    console.log(`sqlite: preload ${((opened - started) / 1000).toFixed(1)} s, catch-up ${((performance.now() - opened) / 1000).toFixed(1)} s`);
  }
  rmSync(dir, { recursive: true, force: true });
}

function read(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const interval = new Map(); // node id → ms of samples
  for (let index = 0; index < profile.samples.length; index++) {
    const id = profile.samples[index];
    interval.set(id, (interval.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  const total = [...interval.values()].reduce((sum, value) => sum + value, 0);
  const inclusive = new Map();
  const self = new Map();
  for (const [id, ms] of interval) {
    const leaf = byId.get(id).callFrame;
    const selfName = `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').slice(-2).join('/')}:${leaf.lineNumber + 1}`;
    self.set(selfName, (self.get(selfName) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (FRAMES.includes(name) && !seen.has(name)) seen.add(name), inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const pct = (ms) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %`;
  console.log(`total sampled ${total.toFixed(0)} ms\ninclusive:`);
  for (const name of FRAMES) if (inclusive.has(name)) console.log(`  ${pct(inclusive.get(name))}  ${name}`);
  console.log('top self:');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(ms)}  ${name}`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'run') await run(args[0] ?? 'sqlite', args[1] ?? 'on', Number(args[2] ?? 50_000), args[3] ? Number(args[3]) : undefined, args[4]);
else if (command === 'catchup') await catchUp(args[0] ?? 'sqlite', Number(args[1] ?? 200_000));
else if (command === 'read') read(args[0]);
else console.error('usage: log-profile.mjs run sqlite|postgres on|off [records] | catchup sqlite|postgres [records] | read FILE.cpuprofile');
