import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { STALE_READ_CODE, type SqlBatch, type SqlExecutor, type SqlResults } from './sql-batch.js';

// The thread's code travels as source text (`eval: true`) rather than as a file beside this one:
// a file would have to be found again after every kind of build this module goes through
// (TypeScript sources under vitest, rollup's dist chunks, esbuild bundles of a server). It only
// needs better-sqlite3, resolved here and passed in. `runBatch` mirrors sql-batch.ts.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const statements = new Map();
const prepare = (sql) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql);
const runBatch = (batch) => {
  // Never inside another batch's transaction: the rollback on failure would undo that one.
  if (batch.begin && db.inTransaction) throw new Error('A transaction is already open on this connection');
  try {
    if (batch.begin) db.exec('BEGIN IMMEDIATE');
    const results = batch.steps.map(({ sql, mode, params, expect = [] }) => {
      const statement = prepare(sql);
      return params.map((values, index) => {
        if (mode === 'run') return statement.run(...values).changes;
        if (mode === 'all') return statement.all(...values);
        if (mode === 'get') return statement.get(...values);
        if ((statement.pluck(true).get(...values) ?? null) !== (expect[index] ?? null)) throw Object.assign(new Error('A guarded value changed'), { code: workerData.staleCode });
        return true;
      });
    });
    if (batch.end) db.exec(batch.end);
    return results;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
};
parentPort.on('message', ({ id, batch }) => {
  if (!batch) {
    db.close();
    parentPort.close();
    return;
  }
  try {
    parentPort.postMessage({ id, results: runBatch(batch) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

type Reply = { id: number; results?: SqlResults; error?: { message: string; code?: string } };

/**
 * An executor whose connection lives in a worker thread, so that `COMMIT` — and the fsync it
 * waits for — never blocks the event loop: requests keep being parsed and queued for the next
 * group commit meanwhile. The thread starts on the first batch, holds the process open only
 * while a batch is in flight, and is started again if it died.
 *
 * @example
 * const executor = writerThread('./ledger.sqlite', ['journal_mode = WAL', 'synchronous = FULL']);
 * await executor.execute({ begin: true, steps: [], end: 'COMMIT' });
 */
export function writerThread(path: string, pragmas: readonly string[]): SqlExecutor {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const pending = new Map<number, { resolve: (results: SqlResults) => void; reject: (error: Error) => void }>();
  let worker: Worker | undefined;
  let nextId = 0;
  let closed = false;

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = () => {
    const thread = new Worker(SOURCE, { eval: true, workerData: { driver, path, pragmas: [...pragmas], staleCode: STALE_READ_CODE } });
    thread.unref();
    thread.on('message', ({ id, results, error }: Reply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (!pending.size) thread.unref();
      if (error) waiting?.reject(Object.assign(new Error(error.message), { name: 'SqliteError', code: error.code }));
      else waiting?.resolve(results!);
    });
    // A thread that failed to open the file or crashed: its open transaction is gone with it.
    thread.on('error', (error) => {
      if (worker === thread) worker = undefined;
      failAll(error);
    });
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      failAll(new Error(`SQLite writer thread exited (${code})`));
    });
    return thread;
  };

  return {
    execute(batch: SqlBatch) {
      return new Promise<SqlResults>((resolve, reject) => {
        if (closed) throw new Error('The SQLite writer is closed');
        worker ??= start();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, batch });
      });
    },
    async close() {
      const thread = worker;
      worker = undefined;
      closed = true;
      if (!thread) return;
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      // Held open until the thread has closed its connection (a top-level await may be waiting).
      thread.ref();
      thread.postMessage({ id: -1, batch: null });
      await exited;
    },
  };
}
