import type Database from 'better-sqlite3';
import { localExecutor, type SqlExecutor } from './sql-batch.js';

/**
 * Options of `adaptiveExecutor`.
 *
 * @example
 * adaptiveExecutor(db, startThread, { slowCommitMs: 5 });
 */
export interface AdaptiveExecutorOptions {
  /** Average `COMMIT` time (ms) above which writes move to the writer thread. Default 5. */
  slowCommitMs?: number;
  /** Commits seen (after the first few) before judging. Default 64. */
  sample?: number;
}

const WARM_UP = 8;

/**
 * Writes on the calling thread while commits are quick, and moves them to a writer thread for
 * good once they are not. Where a commit with its fsync takes about a millisecond (local SSD;
 * the project's 2-core machine: p50 0.8 ms), that is less than handing each batch to another
 * thread and back costs (two wake-ups, scheduling on a busy machine): there the ledger's HTTP
 * ingest ran 15–30 % faster with commits on the event loop. On a disk where every fsync takes
 * milliseconds (network storage, a busy disk), blocking the event loop for each commit would
 * stall every request instead, and the worker thread wins. The switch happens between
 * transactions, never inside one.
 *
 * @example
 * const writer = adaptiveExecutor(db, () => writerThread(path, pragmas));
 */
export function adaptiveExecutor(db: Database.Database, startThread: () => SqlExecutor, options: AdaptiveExecutorOptions = {}): SqlExecutor {
  const slowCommitMs = options.slowCommitMs ?? 5;
  const sample = options.sample ?? 64;
  let thread: SqlExecutor | undefined;
  let commits = 0;
  let average = 0;
  const local = localExecutor(db, (ms) => {
    // The first commits of a connection create the WAL and warm the cache (the very first took
    // ~0.5 s here): they say nothing about the disk.
    if (++commits <= WARM_UP) return;
    // A slow moving average of clamped samples: checkpoints (every ~1,000 pages, some ms each)
    // do not move the writes, a disk whose every fsync takes milliseconds does.
    average = average * 0.95 + Math.min(ms, 50) * 0.05;
    if (commits >= WARM_UP + sample && average > slowCommitMs) thread ??= startThread();
  });
  return {
    execute: (batch) => (thread ?? local).execute(batch),
    close: async () => {
      await thread?.close();
    },
  };
}
