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
const draft = (overrides: Record<string, unknown> = {}) => ({
  input: validateEvidenceInput(decisionInput(overrides)),
  context: { ip: '203.0.113.0', userAgent: 'UA', origin: '' },
});
const seal = (drafts: Parameters<typeof sealBatch>[0], heads: Parameters<typeof sealBatch>[1], existing: Parameters<typeof sealBatch>[2]) =>
  sealBatch(drafts, heads, existing, new Date());

describe('SQLite storage', () => {
  it.each<[string, string, SqliteStorageOptions]>([
    ['a file', join(dir, 'file.sqlite'), {}],
    ['a file with synchronous=NORMAL', join(dir, 'normal.sqlite'), { synchronous: 'NORMAL' }],
    [':memory:', ':memory:', {}],
  ])('records, chains, erases and purges the same way on %s', async (_name, location, options) => {
    // A clock of its own: the purge's cutoff must be later than every record, not the same millisecond.
    const clock = { now: Date.parse('2026-03-01T12:00:00.000Z') };
    const ledger = createLedger({ storage: openSqliteStorage(location, options), now: () => clock.now });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) => ledger.record(decisionInput({ subjectId: index < 3 ? 'user-42' : undefined }))),
    );
    expect(outcomes.map(({ record }) => record.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect((await ledger.current('consent-0001'))?.seq).toBe(20);
    expect(await ledger.eraseSubject('user-42')).toMatchObject({ consentIds: ['consent-0001'], records: 20 });
    clock.now += 1000;
    // Every record but the last was superseded: a purge without retention keeps only that one.
    expect(await ledger.purge({ retentionDays: 0 })).toMatchObject({ records: 19, consents: 1 });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 1 });
    expect((await ledger.record(decisionInput())).record.seq).toBe(21);
    await ledger.close();
  });

  it('rolls back and releases the write lock when sealing fails; nothing is stored', async () => {
    const storage = openSqliteStorage(join(dir, 'seal-fails.sqlite'));
    const failure = new Error('seal failed');
    await expect(
      storage.append([draft()], () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    // Another connection can take the write lock at once, and the next append works.
    const other = openSqliteStorage(join(dir, 'seal-fails.sqlite'), { busyTimeoutMs: 0 });
    expect(await other.append([draft({ consentId: 'consent-other' })], seal)).toHaveLength(1);
    expect(await storage.append([draft()], seal)).toMatchObject([{ created: true, record: { seq: 1 } }]);
    expect((await storage.history('consent-0001')).length).toBe(1);
    await other.close();
    await storage.close();
  });

  it('extends a chain another connection moved, and answers a stored record id with the stored record', async () => {
    const file = join(dir, 'two-writers.sqlite');
    const [first, second] = [openSqliteStorage(file), openSqliteStorage(file)];
    const resent = draft();
    await first.append([resent, draft()], seal);
    await second.append([draft()], seal);
    const outcomes = await first.append([draft(), resent], seal);
    expect(outcomes.map(({ record, created }) => [record.seq, created])).toEqual([
      [4, true],
      [1, false],
    ]);
    expect(outcomes[1]!.record.recordId).toBe(resent.input.recordId);
    const history = await second.history('consent-0001');
    expect(history.map((record) => record.seq)).toEqual([1, 2, 3, 4]);
    expect(history.every((record, index) => record.prevHash === (history[index - 1]?.hash ?? ''))).toBe(true);
    await first.close();
    await second.close();
    await expect(first.append([draft()], seal)).rejects.toThrow();
  });
});
