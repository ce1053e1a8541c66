// 10 M records on PostgreSQL in the on-disk regime, next to 1 M in the same run: one cluster with
// shared_buffers far below the table (128 MB against gigabytes), two databases preloaded into the
// ledger's schema (records spread over 12 months, so 12–13 monthly partitions), each served by a
// ledger process and measured through HTTP in alternating rounds (scale-http.mjs): check
// throughput under saturation, check p50/p99 at an even offered rate, ingest under saturation.
// The OS page cache cannot be dropped here, so whatever of the files the kernel still holds is
// answered from memory; the report gives the machine's memory beside the database sizes, and
// PostgreSQL's own block reads (outside shared_buffers) during the rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { alternateRounds, startServer } from './scale-http.mjs';
import { postgresStores } from './scale-stores.mjs';
import { RECORDS_PER_CHAIN } from './synthetic.mjs';

const YEAR_SECONDS = 365 * 86_400;

/**
 * Server settings for the run, written with ALTER SYSTEM and applied by a restart (pg_ctl restart
 * keeps the command-line options the cluster was started with). shared_buffers is PostgreSQL's own
 * cache; a large max_wal_size keeps the bulk load from checkpointing every gigabyte.
 */
async function configure(url, settings) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows } = await client.query("SELECT current_setting('data_directory') AS data, (SELECT setting FROM pg_config WHERE name = 'BINDIR') AS bin");
  for (const [name, value] of Object.entries(settings)) await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  await client.end();
  const { data, bin } = rows[0];
  const restart = spawnSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', '-t', '120', 'restart'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (restart.status !== 0) throw new Error(`pg_ctl restart failed: ${restart.stderr}`);
}

async function sql(url, text) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Blocks PostgreSQL read from the OS (not in shared_buffers) and found in shared_buffers, so far. */
const blockCounters = async (url) =>
  (await sql(url, 'SELECT blks_read::bigint AS read, blks_hit::bigint AS hit FROM pg_stat_database WHERE datname = current_database()')).map((row) => ({
    read: Number(row.read),
    hit: Number(row.hit),
  }))[0];

const meminfo = () =>
  Object.fromEntries(
    readFileSync('/proc/meminfo', 'utf8')
      .split('\n')
      .filter((line) => /^(MemTotal|MemAvailable|Cached):/.test(line))
      .map((line) => [line.split(':')[0], Number(line.split(/\s+/)[1]) * 1024]),
  );

/**
 * @param {{ size?: number, referenceSize?: number, sharedBuffers?: string, rounds: number, seconds: number, warmupSeconds: number, rate: number, onProgress?: (text: string) => void }} plan
 */
export async function measureScale10m({ size = 10_000_000, referenceSize = 1_000_000, sharedBuffers = '128MB', onProgress = () => {}, ...plan }) {
  const loadBefore = loadavg();
  const cluster = await startPostgres({ durable: true });
  if (!cluster) return undefined;
  try {
    const settings = { shared_buffers: sharedBuffers, max_wal_size: '16GB', checkpoint_timeout: '30min' };
    await configure(cluster.url, settings);
    const stores = postgresStores(cluster.url);
    const result = { size, referenceSize, settings, loadBefore, memoryBefore: meminfo(), stores: {} };
    for (const [name, records] of [
      ['grown', size],
      ['reference', referenceSize],
    ]) {
      const store = await stores.create(name);
      const started = performance.now();
      // Both spread over the same 12 months: the same partitions, ten times fuller.
      const { loadSeconds, indexSeconds } = await store.preload(0, records, {
        spacing: YEAR_SECONDS / records,
        onProgress: (text) => onProgress(`scale 10M, ${name}: ${text}`),
      });
      await sql(store.location, 'CHECKPOINT');
      const preloadSeconds = (performance.now() - started) / 1000;
      result.stores[name] = { records, store, preloadSeconds, loadSeconds, indexSeconds, sizesBefore: await store.sizes() };
      onProgress(
        `scale 10M, ${name}: ${records.toLocaleString('en-US')} records preloaded in ${preloadSeconds.toFixed(0)} s (insert ${loadSeconds.toFixed(0)} s, indexes ${indexSeconds.toFixed(0)} s), ${(result.stores[name].sizesBefore.total / 2 ** 30).toFixed(2)} GiB`,
      );
    }
    result.memoryAfterPreload = meminfo();
    const servers = {};
    try {
      for (const name of ['grown', 'reference']) {
        servers[name] = await startServer('postgres', result.stores[name].store.location);
        result.stores[name].openSeconds = servers[name].openSeconds;
        onProgress(`scale 10M, ${name}: ledger opened in ${servers[name].openSeconds.toFixed(2)} s`);
      }
      const blocksBefore = {
        grown: await blockCounters(result.stores.grown.store.location),
        reference: await blockCounters(result.stores.reference.store.location),
      };
      result.figures = await alternateRounds({
        ...plan,
        grown: { port: servers.grown.port, chains: size / RECORDS_PER_CHAIN },
        reference: { port: servers.reference.port, chains: referenceSize / RECORDS_PER_CHAIN },
        onProgress,
        label: 'scale 10M vs 1M',
      });
      for (const name of ['grown', 'reference']) {
        const after = await blockCounters(result.stores[name].store.location);
        result.stores[name].blocks = { read: after.read - blocksBefore[name].read, hit: after.hit - blocksBefore[name].hit };
        result.stores[name].sizesAfter = await result.stores[name].store.sizes();
      }
    } finally {
      for (const server of Object.values(servers)) await server.stop();
    }
    for (const entry of Object.values(result.stores)) delete entry.store;
    result.memoryAfter = meminfo();
    result.loadAfter = loadavg();
    return result;
  } finally {
    await cluster.stop();
  }
}
