// The transparency log of a large ledger: how long an existing ledger takes to get its log (the
// catch-up at open, i.e. the migration of a ledger written before the log), then proof generation
// and the log rebuild of `verify` at that size. The records are preloaded raw, with the log off,
// exactly as the scale runs grow their stores; opening with the log on then gives every one of them
// its leaf, in commit order, 10,000 per transaction — the timed catch-up.
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedger, generateLogKey, openPostgresStorage, openSqliteStorage } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { quantile } from '../lib/stats.mjs';
import { loadLogInternals } from './log-internals.mjs';
import { preloadPostgres } from './preload-postgres.mjs';
import { preloadSqlite } from './preload-sqlite.mjs';
import { randomBelow } from './synthetic.mjs';

const seconds = (since) => (performance.now() - since) / 1000;
const summary = (times) => ({ p50: quantile(times, 0.5), p99: quantile(times, 0.99), count: times.length });

/** Times `count` sequential calls of `call(index)`, in ms each. */
async function timed(count, call) {
  const times = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await call(index);
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Proofs at the store's size, each kind checked against the signed checkpoint's root before it is
 * timed (a fast wrong proof would be worthless).
 */
async function proofs({ storage, recordIds, proofCount, internals }) {
  const { signerKey, verifierKey } = generateLogKey('bench.assent.example/log');
  const ledger = createLedger({ storage, log: { signerKey } });
  const { inclusionProof, verifyInclusion, verifyConsistency, leafHash, rangeHash, verifyLog } = internals;
  try {
    // The first call signs the checkpoint the rest are proven against: timed apart.
    let started = performance.now();
    const first = await ledger.log.inclusion(recordIds[0]);
    const firstMs = performance.now() - started;
    const checkpoint = await ledger.log.checkpoint();
    const size = checkpoint.treeSize;
    const root = Buffer.from(checkpoint.rootHash, 'hex');
    const fromHex = (hashes) => hashes.map((hash) => Buffer.from(hash, 'hex'));
    if (!verifyInclusion(leafHash(first.recordHash), first.leafIndex, size, fromHex(first.proof), root))
      throw new Error('log bench: an inclusion proof did not verify');

    const inclusion = await timed(proofCount, async (index) => {
      const proof = await ledger.log.inclusion(recordIds[1 + (index % (recordIds.length - 1))]);
      if (index < 20 && !verifyInclusion(leafHash(proof.recordHash), proof.leafIndex, proof.treeSize, fromHex(proof.proof), root)) {
        throw new Error('log bench: an inclusion proof did not verify');
      }
    });
    const raw = await timed(proofCount, () => inclusionProof(randomBelow(size), size, storage.log.hashes));
    // Consistency from a random earlier size; the check's old root is the range hash of the same tree.
    const consistency = await timed(proofCount, async (index) => {
      const from = 1 + randomBelow(size - 1);
      const proof = await ledger.log.consistency(from, size);
      if (index < 5) {
        const oldRoot = await rangeHash(0, from, storage.log.hashes);
        if (!verifyConsistency(from, size, oldRoot, root, fromHex(proof))) throw new Error('log bench: a consistency proof did not verify');
      }
    });
    started = performance.now();
    const verified = await verifyLog(storage, { verifierKey, maxProblems: 10 });
    const verifyMs = performance.now() - started;
    if (verified.problems.length) throw new Error(`log bench: verify found ${JSON.stringify(verified.problems.slice(0, 3))}`);
    return {
      size,
      proofLength: first.proof.length,
      firstInclusionMs: firstMs,
      inclusion: summary(inclusion),
      raw: summary(raw),
      consistency: summary(consistency),
      verifyMs,
    };
  } finally {
    await ledger.close();
  }
}

// The preloads mark their records as outside the log (leaf_index -1, so the scale runs skip the
// catch-up); here the catch-up is the thing measured, so the records are made those of a ledger
// from before the log (leaf_index NULL), untimed, between the preload and the open.
const UNLOG = 'UPDATE evidence_records SET leaf_index = NULL WHERE leaf_index = -1';

/** @param {string} file */
function unlogSqlite(file) {
  const db = new Database(file);
  try {
    db.exec(UNLOG);
  } finally {
    db.close();
  }
}

/** @param {string} url */
async function unlogPostgres(url) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(UNLOG);
  } finally {
    await client.end();
  }
}

/**
 * @param {{ size: number, proofCount: number, onProgress?: (text: string) => void }} options
 * @returns {Promise<{ sqlite: Awaited<ReturnType<typeof proofs>> & { preloadSeconds: number, catchUpSeconds: number }, postgres?: Awaited<ReturnType<typeof proofs>> & { preloadSeconds: number, catchUpSeconds: number } }>}
 */
export async function measureLogProofs({ size, proofCount, onProgress = () => {} }) {
  const internals = await loadLogInternals();
  const dir = mkdtempSync(join(tmpdir(), 'assent-log-proofs-'));
  try {
    const file = join(dir, 'ledger.sqlite');
    await openSqliteStorage(file, { transparencyLog: false }).close(); // the schema, no log
    let started = performance.now();
    preloadSqlite(file, 0, size);
    const preloadSeconds = seconds(started);
    unlogSqlite(file);
    started = performance.now();
    const storage = openSqliteStorage(file); // the log on: catch-up of every record
    const catchUpSeconds = seconds(started);
    onProgress(`log SQLite: preloaded ${size.toLocaleString('en-US')} records in ${preloadSeconds.toFixed(1)} s, catch-up ${catchUpSeconds.toFixed(1)} s`);
    const reader = new Database(file, { readonly: true });
    const recordIds = reader
      .prepare('SELECT record_id FROM evidence_records ORDER BY random() LIMIT ?')
      .pluck()
      .all(proofCount + 1);
    reader.close();
    const sqlite = { preloadSeconds, catchUpSeconds, ...(await proofs({ storage, recordIds, proofCount, internals })) };
    onProgress(
      `log SQLite at ${size.toLocaleString('en-US')}: inclusion p50 ${sqlite.inclusion.p50.toFixed(2)} ms, verify ${(sqlite.verifyMs / 1000).toFixed(1)} s`,
    );

    const cluster = await startPostgres({ durable: true });
    if (!cluster) return { sqlite };
    try {
      await (await openPostgresStorage(cluster.url, { transparencyLog: false })).close();
      started = performance.now();
      await preloadPostgres(cluster.url, 0, size);
      const pgPreloadSeconds = seconds(started);
      await unlogPostgres(cluster.url);
      started = performance.now();
      const pgStorage = await openPostgresStorage(cluster.url);
      const pgCatchUpSeconds = seconds(started);
      onProgress(`log PostgreSQL: preloaded in ${pgPreloadSeconds.toFixed(1)} s, catch-up ${pgCatchUpSeconds.toFixed(1)} s`);
      const client = new pg.Client(cluster.url);
      await client.connect();
      const pgIds = (await client.query('SELECT record_id FROM evidence_records ORDER BY random() LIMIT $1', [proofCount + 1])).rows.map(
        (row) => row.record_id,
      );
      await client.end();
      const postgres = {
        preloadSeconds: pgPreloadSeconds,
        catchUpSeconds: pgCatchUpSeconds,
        ...(await proofs({ storage: pgStorage, recordIds: pgIds, proofCount, internals })),
      };
      onProgress(
        `log PostgreSQL at ${size.toLocaleString('en-US')}: inclusion p50 ${postgres.inclusion.p50.toFixed(2)} ms, verify ${(postgres.verifyMs / 1000).toFixed(1)} s`,
      );
      return { sqlite, postgres };
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
