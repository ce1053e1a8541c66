import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLedger } from '../../ledger/create-ledger.js';
import { sealBatch } from '../../ledger/chain.js';
import { validateEvidenceInput } from '../../evidence/validate.js';
import { decisionInput } from '../stores.test-helper.js';
import { openSqliteStorage, type SqliteStorageOptions } from './sqlite-storage.js';

const dir = mkdtempSync(join(tmpdir(), 'assent-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const draft = (overrides: Record<string, unknown> = {}) => ({ input: validateEvidenceInput(decisionInput(overrides)), context: { ip: '203.0.113.0', userAgent: 'UA', origin: '' } });
const seal = (drafts: Parameters<typeof sealBatch>[0], heads: Parameters<typeof sealBatch>[1], existing: Parameters<typeof sealBatch>[2]) => sealBatch(drafts, heads, existing, new Date());

describe('SQLite storage', () => {
  it.each<[string, string, SqliteStorageOptions]>([
    ['a file, writer thread', join(dir, 'threaded.sqlite'), { writerThread: true }],
    ['a file, writes on the calling thread', join(dir, 'in-thread.sqlite'), { writerThread: false }],
    ['a file, writer chosen by commit time', join(dir, 'auto.sqlite'), {}],
    [':memory:', ':memory:', {}],
  ])('records, chains, erases and purges the same way on %s', async (_name, location, options) => {
    const ledger = createLedger({ storage: openSqliteStorage(location, options) });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, index) => ledger.record(decisionInput({ subjectId: index < 3 ? 'user-42' : undefined }))));
    expect(outcomes.map(({ record }) => record.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect((await ledger.current('consent-0001'))?.seq).toBe(20);
    expect(await ledger.eraseSubject('user-42')).toMatchObject({ consentIds: ['consent-0001'], records: 20 });
    // Every record but the last was superseded: a purge without retention keeps only that one.
    expect(await ledger.purge({ retentionDays: 0 })).toMatchObject({ records: 19, consents: 1 });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 1 });
    expect((await ledger.record(decisionInput())).record.seq).toBe(21);
    await ledger.close();
  });

  it('rolls back and releases the write lock when sealing fails; nothing is stored', async () => {
    const storage = openSqliteStorage(join(dir, 'seal-fails.sqlite'), { writerThread: true });
    const failure = new Error('seal failed');
    await expect(storage.append([draft()], () => { throw failure; })).rejects.toBe(failure);
    // Another connection can take the write lock at once, and the next append works.
    const other = openSqliteStorage(join(dir, 'seal-fails.sqlite'), { busyTimeoutMs: 0 });
    expect(await other.append([draft({ consentId: 'consent-other' })], seal)).toHaveLength(1);
    expect(await storage.append([draft()], seal)).toMatchObject([{ created: true, record: { seq: 1 } }]);
    expect((await storage.history('consent-0001')).length).toBe(1);
    await other.close();
    await storage.close();
  });

  it('keeps the event loop free while the writer thread commits', async () => {
    const storage = openSqliteStorage(join(dir, 'free-loop.sqlite'), { writerThread: true });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    // 40 appends of 50 records each, one after another: each waits for a commit (and its fsync).
    for (let batch = 0; batch < 40; batch++) await storage.append(Array.from({ length: 50 }, () => draft({ consentId: `consent-${batch}` })), seal);
    clearInterval(timer);
    // Timers ran between the batches' two round trips and during commits; on the calling thread they could not.
    expect(ticks).toBeGreaterThan(40);
    await storage.close();
    await expect(storage.append([draft()], seal)).rejects.toThrow();
  });
});
