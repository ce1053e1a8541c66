// The privacy officer's statistics at scale: `ledger.statistics()` over a 90-day range of a ledger
// of `size` records (SQLite and PostgreSQL), read from the counters kept at write time, beside the
// reference the console issue names — a `count(*) … GROUP BY` scan of the records over the same
// range. The records are preloaded raw (as the scale and log sections grow their stores), which
// counts nothing; the schema is then put back before migration 5 and the store reopened, so the
// migration's backfill counts them — also timed: what upgrading a ledger of that size costs.
//
//   node bench/ledger/statistics.mjs [size]     (after `pnpm --filter @assent/server-sync build`)
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLedger, openPostgresStorage, openSqliteStorage } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { quantile } from '../lib/stats.mjs';
import { preloadPostgres } from './preload-postgres.mjs';
import { preloadSqlite } from './preload-sqlite.mjs';

const DAY_MS = 86_400_000;
const IN_RANGE_AT_MOST = 90 * 86_400;
const seconds = (since) => (performance.now() - since) / 1000;
const summary = (times) => ({ p50: quantile(times, 0.5), p99: quantile(times, 0.99), count: times.length });
const DOWNGRADE = 'DROP TABLE stat_counters; DELETE FROM ledger_migrations WHERE version = 5;';

/** Times `count` sequential calls of `call()`, in ms each, after one untimed call; returns the last answer too. */
async function timed(count, call) {
  let answer = await call();
  const times = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    answer = await call();
    times.push(performance.now() - started);
  }
  return { ...summary(times), answer };
}

/** The 90 UTC days up to today: the preloaded records (one second apart, back from now) fall in it. */
function range() {
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 89 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

/** statistics() (overview, and by region) and the scan, checked to agree before they are compared. */
async function compare({ storage, scan, queries, scans, size }) {
  const ledger = createLedger({ storage });
  const { from, to } = range();
  try {
    const overview = await timed(queries, () => ledger.statistics({ from, to }));
    const byRegion = await timed(queries, () => ledger.statistics({ from, to, by: 'region' }));
    const reference = await timed(scans, () => scan(from, to));
    const scanned = reference.answer.reduce((sum, row) => sum + Number(row.n), 0);
    // Records are one second apart back from now: 90 days hold 7,776,000 of them at most (fewer
    // today, which has not ended), so a larger ledger has records before the range.
    const inRange = Math.min(size, IN_RANGE_AT_MOST);
    if (overview.answer.total.decisions !== scanned || scanned > size || scanned < inRange - DAY_MS / 1000) {
      throw new Error(`statistics bench: counters say ${overview.answer.total.decisions}, the scan ${scanned}, the store holds ${size}`);
    }
    const { answer: _a, ...statistics } = overview;
    const { answer: _b, ...statisticsByRegion } = byRegion;
    const { answer: _c, ...scan90 } = reference;
    return { statistics, statisticsByRegion, scan: scan90 };
  } finally {
    await ledger.close();
  }
}

/**
 * @param {{ size: number, queries?: number, scans?: number, postgres?: boolean, onProgress?: (text: string) => void }} options
 *   `postgres: false` measures SQLite only (a 10 M PostgreSQL preload takes long on a small machine).
 */
export async function measureStatistics({ size, queries = 50, scans = 5, postgres: withPostgres = true, onProgress = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-statistics-'));
  try {
    const file = join(dir, 'ledger.sqlite');
    await openSqliteStorage(file, { transparencyLog: false }).close(); // the schema
    let started = performance.now();
    preloadSqlite(file, 0, size);
    const preloadSeconds = seconds(started);
    const raw = new Database(file);
    raw.exec(DOWNGRADE);
    raw.close();
    started = performance.now();
    const storage = openSqliteStorage(file, { transparencyLog: false }); // migration 5: the backfill
    const backfillSeconds = seconds(started);
    onProgress(
      `statistics SQLite: preloaded ${size.toLocaleString('en-US')} records in ${preloadSeconds.toFixed(1)} s, backfill ${backfillSeconds.toFixed(1)} s`,
    );
    const reader = new Database(file, { readonly: true });
    const scanStatement = reader.prepare(
      'SELECT substr(recorded_at, 1, 10) AS day, method, COUNT(*) AS n FROM evidence_records WHERE recorded_at >= ? AND recorded_at < ? GROUP BY day, method',
    );
    const scanSqlite = async (from, to) => scanStatement.all(`${from}T00:00:00.000Z`, new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString());
    const sqlite = { preloadSeconds, backfillSeconds, ...(await compare({ storage, scan: scanSqlite, queries, scans, size })) };
    reader.close();
    onProgress(`statistics SQLite: ${JSON.stringify(sqlite)}`);

    if (!withPostgres) return { sqlite };
    const cluster = await startPostgres({ durable: true });
    if (!cluster) return { sqlite };
    try {
      await (await openPostgresStorage(cluster.url, { transparencyLog: false })).close();
      started = performance.now();
      await preloadPostgres(cluster.url, 0, size);
      const pgPreloadSeconds = seconds(started);
      const client = new pg.Client(cluster.url);
      await client.connect();
      await client.query(DOWNGRADE);
      started = performance.now();
      const pgStorage = await openPostgresStorage(cluster.url, { transparencyLog: false });
      const pgBackfillSeconds = seconds(started);
      await client.query('ANALYZE');
      const scanPostgres = async (from, to) =>
        (
          await client.query(
            `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, method, COUNT(*) AS n FROM evidence_records
            WHERE recorded_at >= $1::timestamptz AND recorded_at < $2::timestamptz + interval '1 day' GROUP BY 1, 2`,
            [`${from}T00:00:00Z`, `${to}T00:00:00Z`],
          )
        ).rows;
      const postgres = {
        preloadSeconds: pgPreloadSeconds,
        backfillSeconds: pgBackfillSeconds,
        ...(await compare({ storage: pgStorage, scan: scanPostgres, queries, scans, size })),
      };
      await client.end();
      onProgress(`statistics PostgreSQL: ${JSON.stringify(postgres)}`);
      return { sqlite, postgres };
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = Number(process.argv[2] ?? 1_000_000);
  const result = await measureStatistics({ size, onProgress: (text) => console.error(text) });
  console.log(JSON.stringify(result, null, 2));
}
