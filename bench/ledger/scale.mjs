// How the ledger's ingest and check costs change as the store grows (10 k → 1 M records), on SQLite
// and PostgreSQL, through HTTP as a deployment serves them: the ledger in a server process of its
// own, autocannon in another (50 connections). At each size, against a reference store kept at the
// smallest size and measured in alternating rounds (scale-http.mjs): check throughput under
// saturation, check p50/p99 at an even offered rate (and at autocannon's bursty overallRate), and
// ingest throughput under saturation (half the submissions extend a preloaded chain, half start one).
// At the smallest size both stores are alike: their ratio is the run's noise floor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { alternateRounds, startServer } from './scale-http.mjs';
import { postgresStores, sqliteStores } from './scale-stores.mjs';
import { RECORDS_PER_CHAIN } from './synthetic.mjs';

/**
 * One store kind through every size: the grown store is preloaded to each size in turn and served
 * afresh (its open time is measured: the ledger opening on a store of that size), beside the
 * reference store, served throughout.
 * @param {ReturnType<typeof sqliteStores> | ReturnType<typeof postgresStores>} stores
 * @param {{ sizes: number[], rounds: number, seconds: number, warmupSeconds: number, rate: number, onProgress: (text: string) => void }} plan
 */
export async function measureStoreGrowth(stores, { sizes, onProgress, ...plan }) {
  const reference = await stores.create('reference');
  await reference.preload(0, sizes[0]);
  const grown = await stores.create('grown');
  const referenceServer = await startServer(stores.kind, reference.location);
  const points = [];
  try {
    let preloaded = 0;
    for (const size of sizes) {
      const started = performance.now();
      await grown.preload(preloaded, size);
      preloaded = size;
      const preloadSeconds = (performance.now() - started) / 1000;
      const server = await startServer(stores.kind, grown.location);
      onProgress(
        `scale ${stores.kind}: preloaded ${size.toLocaleString('en-US')} records in ${preloadSeconds.toFixed(1)} s; ledger opened in ${server.openSeconds.toFixed(2)} s`,
      );
      try {
        const figures = await alternateRounds({
          ...plan,
          grown: { port: server.port, chains: size / RECORDS_PER_CHAIN },
          reference: { port: referenceServer.port, chains: sizes[0] / RECORDS_PER_CHAIN },
          onProgress,
          label: `scale ${stores.kind} ${size.toLocaleString('en-US')}`,
        });
        points.push({ size, preloadSeconds, openSeconds: server.openSeconds, figures, sizes: await grown.sizes() });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await referenceServer.stop();
  }
  return points;
}

/**
 * @param {{ sizes: number[], rounds?: number, seconds?: number, warmupSeconds?: number, rate?: number, onProgress?: (text: string) => void }} plan
 *   seconds: each measured load run; rate: the offered check rate of the rate-paced runs (req/s)
 */
export async function measureScale({ sizes, rounds = 3, seconds = 5, warmupSeconds = 2, rate = 2000, onProgress = () => {} }) {
  const plan = { sizes, rounds, seconds, warmupSeconds, rate };
  const dir = mkdtempSync(join(tmpdir(), 'assent-scale-'));
  try {
    const sqlite = await measureStoreGrowth(sqliteStores(dir), { ...plan, onProgress });
    // fsync on, as in production and as the ledger bench runs it.
    const cluster = await startPostgres({ durable: true });
    let postgres;
    if (cluster) {
      try {
        postgres = await measureStoreGrowth(postgresStores(cluster.url), { ...plan, onProgress });
      } finally {
        await cluster.stop();
      }
    }
    return { plan, sqlite, postgres };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
