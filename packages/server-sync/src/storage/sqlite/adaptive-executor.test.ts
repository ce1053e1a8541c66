import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { adaptiveExecutor } from './adaptive-executor.js';
import type { SqlBatch, SqlExecutor } from './sql-batch.js';

const insert = (value: number): SqlBatch => ({ begin: true, steps: [{ sql: 'INSERT INTO t VALUES (?)', mode: 'run', params: [[value]] }], end: 'COMMIT' });
const setup = (slowCommitMs: number) => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (v INTEGER)');
  const handedOver: SqlBatch[] = [];
  const thread: SqlExecutor = { execute: async (batch) => (handedOver.push(batch), []), close: async () => {} };
  let started = 0;
  const executor = adaptiveExecutor(db, () => (started++, thread), { slowCommitMs, sample: 4 });
  return { db, executor, handedOver, started: () => started };
};

describe('adaptiveExecutor', () => {
  it('keeps writing on the calling thread while commits are quick', async () => {
    const { db, executor, started } = setup(1_000);
    for (let value = 0; value < 10; value++) await executor.execute(insert(value));
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 10 });
    expect(started()).toBe(0);
  });

  it('moves writes to the thread for good, between transactions, once commits average above the limit', async () => {
    const { db, executor, handedOver, started } = setup(-1);
    // A transaction spread over two batches completes where it began.
    await executor.execute({ begin: true, steps: [], end: undefined });
    for (let value = 0; value < 4; value++) await executor.execute({ steps: [insert(value).steps[0]!], end: value === 3 ? 'COMMIT' : undefined });
    // 8 commits of warm-up, then a sample of 4.
    for (let value = 4; value < 15; value++) await executor.execute(insert(value));
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 15 });
    await executor.execute(insert(15));
    expect(started()).toBe(1);
    expect(handedOver).toEqual([insert(15)]);
    expect(db.inTransaction).toBe(false);
  });
});
