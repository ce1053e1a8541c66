import type Database from 'better-sqlite3';

/**
 * One statement, run once per parameter list: `get` answers the first row (or `undefined`), `all`
 * every row, `run` the number of changed rows. `expect` is a guard: the first column of the first
 * row (`null` if none) must equal `expect[i]`, else the batch fails with code `STALE_READ_CODE`
 * and its transaction is rolled back.
 *
 * @example
 * const step: SqlStep = { sql: 'SELECT * FROM consent_chains WHERE consent_id = ?', mode: 'get', params: [['c-1'], ['c-2']] };
 */
export interface SqlStep {
  sql: string;
  mode: 'get' | 'all' | 'run' | 'expect';
  params: unknown[][];
  expect?: unknown[];
}

/**
 * The error code of a batch whose `expect` guard failed: what it was computed from changed.
 *
 * @example
 * if ((error as { code?: string }).code === STALE_READ_CODE) retryUnderLock();
 */
export const STALE_READ_CODE = 'ASSENT_STALE_READ';

/**
 * Statements sent to a SQLite connection as one message. A write transaction spans several
 * batches (`begin` on the first, `end` on the last) so that JavaScript can run between them —
 * sealing needs the chain heads read under the write lock.
 *
 * @example
 * await executor.execute({ begin: true, steps: [selectHeads], });
 * await executor.execute({ steps: [inserts], end: 'COMMIT' });
 */
export interface SqlBatch {
  /** Starts with `BEGIN IMMEDIATE` (takes the write lock, waiting up to the busy timeout). */
  begin?: boolean;
  steps: SqlStep[];
  /** Ends the open transaction. */
  end?: 'COMMIT' | 'ROLLBACK';
}

/**
 * Per step, per parameter list: a row, rows, or a change count.
 *
 * @example
 * const [heads] = await executor.execute(batch); // heads[0]: the first consent id's row or undefined
 */
export type SqlResults = unknown[][];

/**
 * A SQLite connection that runs batches one at a time, in order: on the calling thread or in the
 * writer thread. On any error the open transaction is rolled back before the promise rejects.
 *
 * @example
 * const executor: SqlExecutor = localExecutor(db);
 * await executor.execute({ steps: [{ sql: 'SELECT 1', mode: 'get', params: [[]] }] });
 */
export interface SqlExecutor {
  execute(batch: SqlBatch): Promise<SqlResults>;
  close(): Promise<void>;
}

/**
 * Runs a batch on a connection, synchronously. The writer thread's source (writer-thread.ts)
 * carries a copy of this function in plain JavaScript; keep the two alike.
 *
 * @example
 * const results = runBatch(db, { steps: [{ sql: 'SELECT 1 AS one', mode: 'get', params: [[]] }] }); // [[{ one: 1 }]]
 */
export function runBatch(db: Database.Database, batch: SqlBatch, prepare: (sql: string) => Database.Statement = (sql) => db.prepare(sql)): SqlResults {
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
        if ((statement.pluck(true).get(...values) ?? null) !== (expect[index] ?? null)) throw Object.assign(new Error('A guarded value changed'), { code: STALE_READ_CODE });
        return true;
      });
    });
    if (batch.end) db.exec(batch.end);
    return results;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * An executor on the calling thread's connection: commits (and their fsync) block the event loop
 * while they run. `onCommit` receives how long each `COMMIT` took, in ms.
 *
 * @example
 * const executor = localExecutor(new Database(':memory:'));
 */
export function localExecutor(db: Database.Database, onCommit?: (ms: number) => void): SqlExecutor {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  return {
    async execute(batch) {
      if (!onCommit || batch.end !== 'COMMIT') return runBatch(db, batch, prepare);
      const results = runBatch(db, { ...batch, end: undefined }, prepare);
      const started = performance.now();
      try {
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
      onCommit(performance.now() - started);
      return results;
    },
    close: async () => {},
  };
}
