import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { validateEvidenceInput } from '../../evidence/validate.js';
import { sealBatch } from '../../ledger/chain.js';
import { decisionInput } from '../stores.test-helper.js';
import type { SealBatch } from '../types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { localExecutor, type SqlExecutor } from './sql-batch.js';
import { sqliteWriteQueue } from './write-queue.js';

const fresh = () => {
  const db = new Database(':memory:');
  for (const migration of SQLITE_MIGRATIONS) db.exec(migration.sql);
  return db;
};
const draft = (overrides: Record<string, unknown> = {}) => ({ input: validateEvidenceInput(decisionInput(overrides)), context: { ip: '', userAgent: '', origin: '' } });
/** A seal that notes how many heads and stored records it was given. */
const counting = () => {
  const calls: Array<[number, number]> = [];
  const seal: SealBatch = (drafts, heads, existing) => (calls.push([heads.size, existing.size]), sealBatch(drafts, heads, existing, new Date()));
  return { seal, calls };
};
/** An executor that holds every batch until `release()`, like a writer thread busy committing. */
const held = (executor: SqlExecutor) => {
  const queued: Array<() => void> = [];
  return {
    executor: { execute: (batch) => new Promise((resolve, reject) => queued.push(() => executor.execute(batch).then(resolve, reject))), close: executor.close } as SqlExecutor,
    release: async () => {
      while (queued.length) {
        queued.shift()!();
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
};

describe('sqliteWriteQueue', () => {
  it('seals a batch on the heads of the batch still in flight before it, and both commit', async () => {
    const db = fresh();
    const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
    const { executor, release } = held(localExecutor(db));
    const writes = sqliteWriteQueue(executor, (id) => selectHead.get(id));
    const { seal, calls } = counting();
    const first = writes.append([draft()], seal);
    const second = writes.append([draft()], seal);
    await release();
    const [[one], [two]] = await Promise.all([first, second]);
    expect(calls).toEqual([[0, 0], [1, 0]]);
    expect(two!.record).toMatchObject({ seq: 2, prevHash: one!.record.hash });
  });

  it('appends again under the lock when a head moved after it was read (another writer)', async () => {
    const db = fresh();
    const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
    const { seal, calls } = counting();
    const [first] = await sqliteWriteQueue(localExecutor(db), (id) => selectHead.get(id)).append([draft()], seal);
    // A stale read: the chain looks empty, as it did before the first append committed.
    const [second] = await sqliteWriteQueue(localExecutor(db), () => undefined).append([draft()], seal);
    expect(calls).toEqual([[0, 0], [0, 0], [1, 0]]);
    expect(second!.record).toMatchObject({ seq: 2, prevHash: first!.record.hash });
    expect(db.prepare('SELECT COUNT(*) AS n FROM evidence_records').get()).toEqual({ n: 2 });
  });

  it('does not trust the heads it remembers once another writer extended the chain', async () => {
    const db = fresh();
    const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
    const { seal, calls } = counting();
    const ours = sqliteWriteQueue(localExecutor(db), (id) => selectHead.get(id));
    const theirs = sqliteWriteQueue(localExecutor(db), (id) => selectHead.get(id));
    await ours.append([draft()], seal);
    const [second] = await theirs.append([draft()], seal);
    const [third] = await ours.append([draft()], seal);
    // ours sealed on the head it committed, the guard refused, and it sealed again under the lock.
    expect(calls).toEqual([[0, 0], [1, 0], [1, 0], [1, 0]]);
    expect(third!.record).toMatchObject({ seq: 3, prevHash: second!.record.hash });
  });

  it('answers a stored record id with the stored record, found under the lock', async () => {
    const db = fresh();
    const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
    const writes = sqliteWriteQueue(localExecutor(db), (id) => selectHead.get(id));
    const { seal } = counting();
    const input = draft();
    const [stored] = await writes.append([input], seal);
    const [again, other] = await writes.append([input, draft({ consentId: 'consent-0002' })], seal);
    expect(again).toEqual({ record: stored!.record, created: false });
    expect(other).toMatchObject({ created: true, record: { seq: 1 } });
    expect(db.inTransaction).toBe(false);
  });

  it('when a batch fails, the batches sealed on it are appended again on what was committed', async () => {
    const db = fresh();
    const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
    const { executor, release } = held(localExecutor(db));
    const writes = sqliteWriteQueue(executor, (id) => selectHead.get(id));
    const { seal } = counting();
    // The first batch fails for good (a trigger refuses it, under the lock too); the second was sealed on it.
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON evidence_records WHEN NEW.record_id LIKE 'r-refused-%' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const refused = writes.append([draft({ recordId: 'r-refused-0001' })], seal).then(() => 'stored', (error: Error) => error.message);
    const next = writes.append([draft()], seal);
    await release();
    expect(await refused).toBe('refused');
    const [outcome] = await next;
    expect(outcome!.record).toMatchObject({ seq: 1, prevHash: '' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM evidence_records').get()).toEqual({ n: 1 });
  });
});
