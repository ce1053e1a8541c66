// How the ledger's ingest and check costs change as the store grows from 10 k to 1 M records, on
// SQLite and PostgreSQL. At each size: ingest throughput of `ledger.record` (concurrent writers,
// group commit) and p50/p99 of `ledger.check` for random preloaded consent ids, each next to a
// reference taken at the same moments: ingest into a small store kept at the smallest size
// (alternating wave by wave), and a raw indexed lookup of the latest record (the database's own
// floor for a check) interleaved with the checks.
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedger, openPostgresStorage, openSqliteStorage } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { quantile } from '../lib/stats.mjs';
import { preloadPostgres } from './preload-postgres.mjs';
import { preloadSqlite } from './preload-sqlite.mjs';
import { RECORDS_PER_CHAIN, chainConsentId, randomBelow, requestContext, submission } from './synthetic.mjs';

const LATEST = 'SELECT * FROM evidence_records WHERE consent_id = $1 ORDER BY seq DESC LIMIT 1';
const WAVE = 1000;

/**
 * Appends one wave of concurrent submissions: half extend a random preloaded chain, half start a
 * new one (a first visit). Returns records per second.
 */
async function wave(ledger, size, chains) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: size }, (_, index) =>
      ledger.record(submission(index % 2 ? chainConsentId(randomBelow(chains)) : `fresh-${crypto.randomUUID()}`), requestContext),
    ),
  );
  return size / ((performance.now() - started) / 1000);
}

/**
 * Ingest into the grown store, wave by wave alternating with the same waves into a small store
 * kept at the smallest size: the small store's rate is the reference of the same moments, so the
 * ratio shows what the size costs and not what the machine was doing meanwhile. Each figure is the
 * median wave.
 */
async function ingest(grown, small, count) {
  // One unmeasured wave each first: after a bulk load by another connection, caches are cold in
  // a way a live ledger's are not.
  await wave(grown.ledger, WAVE, grown.chains);
  await wave(small.ledger, WAVE, small.chains);
  const rates = [];
  const references = [];
  for (let offset = 0, index = 0; offset < count; offset += WAVE, index++) {
    const size = Math.min(WAVE, count - offset);
    // Alternate which goes first, so neither always runs right after the other's commit.
    const runGrown = async () => rates.push(await wave(grown.ledger, size, grown.chains));
    const runSmall = async () => references.push(await wave(small.ledger, size, small.chains));
    if (index % 2) await runSmall(), await runGrown();
    else await runGrown(), await runSmall();
  }
  return { rate: quantile(rates, 0.5), reference: quantile(references, 0.5) };
}

/**
 * `count` sequential checks of random preloaded consent ids, each followed by the raw lookup of
 * another random id, so both see the same machine at the same moments.
 * @param {(consentId: string) => Promise<unknown>} rawLatest
 */
async function checks(ledger, rawLatest, count, chains) {
  const ledgerTimes = [];
  const rawTimes = [];
  for (let index = 0; index < count; index++) {
    let started = performance.now();
    const answer = await ledger.check(chainConsentId(randomBelow(chains)), 'analytics');
    ledgerTimes.push(performance.now() - started);
    if (answer.status !== 'valid') throw new Error(`check of a preloaded consent id answered ${answer.status}`);
    started = performance.now();
    await rawLatest(chainConsentId(randomBelow(chains)));
    rawTimes.push(performance.now() - started);
  }
  const summary = (times) => ({ p50: quantile(times, 0.5), p99: quantile(times, 0.99) });
  return { check: summary(ledgerTimes), raw: summary(rawTimes) };
}

/**
 * One store kind through every size: preload, measure, grow, measure… beside a small store of the
 * same kind kept at the smallest size (the ingest reference).
 * @param {{ kind: 'sqlite' | 'postgres', open: (name: string) => Promise<{ storage: any, preload: (from: number, to: number) => Promise<void> | void, rawLatest: (id: string) => Promise<unknown>, bytes: () => Promise<number>, close: () => Promise<void> }> }} store
 * @param {{ sizes: number[], ingestCount: number, checkCount: number, onProgress: (text: string) => void }} options
 */
async function measureStore(store, { sizes, ingestCount, checkCount, onProgress }) {
  const handle = await store.open('grown');
  const smallHandle = await store.open('small');
  const ledger = createLedger({ storage: handle.storage });
  const small = { ledger: createLedger({ storage: smallHandle.storage }), chains: sizes[0] / RECORDS_PER_CHAIN };
  await smallHandle.preload(0, sizes[0]);
  const points = [];
  let preloaded = 0;
  try {
    for (const size of sizes) {
      const started = performance.now();
      await handle.preload(preloaded, size);
      preloaded = size;
      onProgress(`scale ${store.kind}: preloaded ${size.toLocaleString('en-US')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const chains = size / RECORDS_PER_CHAIN;
      const { check, raw } = await checks(ledger, handle.rawLatest, checkCount, chains);
      const { rate: ingestRate, reference: smallIngestRate } = await ingest({ ledger, chains }, small, ingestCount);
      points.push({ size, ingestRate, smallIngestRate, check, raw, bytesPerRecord: (await handle.bytes()) / (size + ingestCount * (points.length + 1)) });
      onProgress(
        `scale ${store.kind} at ${size.toLocaleString('en-US')}: ingest ${Math.round(ingestRate)} rec/s (small store ${Math.round(smallIngestRate)}), check p50 ${(check.p50 * 1000).toFixed(0)} µs`,
      );
    }
  } finally {
    await ledger.close();
    await small.ledger.close();
    await handle.close();
    await smallHandle.close();
  }
  return points;
}

const sqliteStore = (dir) => ({
  kind: 'sqlite',
  async open(name) {
    const file = join(dir, `${name}.sqlite`);
    // The ledger's defaults: WAL, synchronous=FULL.
    const storage = openSqliteStorage(file);
    const reader = new Database(file, { readonly: true });
    const latest = reader.prepare(LATEST.replace('$1', '?'));
    return {
      storage,
      preload: (from, to) => preloadSqlite(file, from, to),
      rawLatest: async (consentId) => latest.get(consentId),
      bytes: async () => [file, `${file}-wal`].filter(existsSync).reduce((sum, path) => sum + statSync(path).size, 0),
      close: async () => void reader.close(),
    };
  },
});

const postgresStore = (clusterUrl) => ({
  kind: 'postgres',
  async open(name) {
    const admin = new pg.Client(clusterUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = clusterUrl.replace(/\/postgres$/, `/${name}`);
    const storage = await openPostgresStorage(url);
    const reader = new pg.Client(url);
    await reader.connect();
    return {
      storage,
      preload: (from, to) => preloadPostgres(url, from, to),
      rawLatest: (consentId) => reader.query(LATEST, [consentId]),
      bytes: async () =>
        Number((await reader.query("SELECT pg_total_relation_size('evidence_records') + pg_total_relation_size('consent_chains') AS n")).rows[0].n),
      close: () => reader.end(),
    };
  },
});

/**
 * @param {{ sizes: number[], ingestCount: number, checkCount: number, onProgress?: (text: string) => void }} options
 * @returns {Promise<{ sqlite: Awaited<ReturnType<typeof measureStore>>, postgres: Awaited<ReturnType<typeof measureStore>> | undefined }>}
 */
export async function measureScale({ sizes, ingestCount, checkCount, onProgress = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-scale-'));
  try {
    const options = { sizes, ingestCount, checkCount, onProgress };
    const sqlite = await measureStore(sqliteStore(dir), options);
    // fsync on, as in production and as the ledger bench runs it.
    const cluster = await startPostgres({ durable: true });
    let postgres;
    if (cluster) {
      try {
        postgres = await measureStore(postgresStore(cluster.url), options);
      } finally {
        await cluster.stop();
      }
    }
    return { sqlite, postgres };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
