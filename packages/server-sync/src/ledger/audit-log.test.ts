import { describe, expect, it } from 'vitest';
import type { AuditKind, NewAuditEntry } from '../storage/audit.js';
import { decisionInput, useStores } from '../storage/stores.test-helper.js';
import { createLedger } from './create-ledger.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');
const KINDS: AuditKind[] = ['erasure', 'verify', 'purge'];

/** An entry of each kind in turn; `n` tells them apart. */
function entry(n: number): NewAuditEntry {
  const at = new Date(START + n * 1000).toISOString();
  const kind = KINDS[n % 3]!;
  if (kind === 'erasure') return { kind, at, actor: `key ${n}`, details: { target: 'consent', consentIds: [`consent-${n}`], records: n, fields: ['ip'] } };
  if (kind === 'verify')
    return {
      kind,
      at,
      actor: 'cli',
      details: { ok: false, startedAt: at, records: n, consents: 1, problems: 1, firstProblems: [{ kind: 'orphan-records', message: 'Orphans' }] },
    };
  return { kind, at, actor: 'schedule', details: { records: n, consents: 1, cutoff: at } };
}

describe.each(useStores())('listing the audit log on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    return { db, clock, ledger };
  };

  it('lists newest first, by kind, a page at a time below an id; entries come back as they were appended', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const appended = [];
    for (let n = 0; n < 12; n++) appended.push(await ledger.storage.audit.append(entry(n)));
    expect(appended.map((stored, n) => ({ ...entry(n), id: stored.id }))).toEqual(appended);
    const ids = appended.map((stored) => stored.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const newest = [...appended].reverse();

    expect(await ledger.audit()).toEqual(newest);
    const first = await ledger.audit({ limit: 5 });
    expect(first).toEqual(newest.slice(0, 5));
    expect(await ledger.audit({ limit: 5, before: first.at(-1)!.id })).toEqual(newest.slice(5, 10));
    expect(await ledger.audit({ limit: 5, before: ids[0]! })).toEqual([]);
    const purges = newest.filter((stored) => stored.kind === 'purge');
    expect(await ledger.audit({ kind: 'purge' })).toEqual(purges);
    expect(await ledger.audit({ kind: 'purge', limit: 2, before: purges[1]!.id })).toEqual(purges.slice(2, 4));
    expect(await ledger.audit({ kind: 'verify', limit: 1 })).toEqual([newest.find((stored) => stored.kind === 'verify')]);
  });

  it('answers 50 entries by default and at most 500; refuses a query that is not one', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    for (let n = 0; n < 510; n++) await ledger.storage.audit.append(entry(n * 3 + 2));
    expect(await ledger.audit()).toHaveLength(50);
    expect(await ledger.audit({ limit: 1000 })).toHaveLength(500);
    expect(await ledger.audit({ kind: 'erasure' })).toEqual([]);
    for (const query of [{ limit: 0 }, { limit: 2.5 }, { before: 0 }, { before: Number.NaN }, { kind: 'subject' as AuditKind }]) {
      await expect(ledger.audit(query)).rejects.toThrow(RangeError);
    }
  });

  it('oldestRecordAt is the earliest recordedAt of the records held, and moves when retention purges', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    expect(await ledger.oldestRecordAt()).toBeNull();
    clock.now = START + 5 * DAY;
    await ledger.record(decisionInput({ consentId: 'consent-later', method: 'accept-all' }));
    clock.now = START; // another process with its clock behind: the earliest time counts, not the first record
    await ledger.record(decisionInput({ consentId: 'consent-early', expiresAt: '2026-01-02T10:00:00.000Z' }));
    clock.now = START + 6 * DAY;
    await ledger.record(decisionInput({ consentId: 'consent-later', method: 'reject-all' }));
    expect(await ledger.oldestRecordAt()).toBe(new Date(START).toISOString());
    clock.now = START + 400 * DAY;
    expect((await ledger.purge({ retentionDays: 300 })).records).toBe(2);
    expect(await ledger.oldestRecordAt()).toBe(new Date(START + 6 * DAY).toISOString());
  });

  it('migration 6 adds an empty audit log to a version-5 database; records, erasures and statistics go on', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ subjectId: 'user-42' }));
    await ledger.record(decisionInput({ consentId: 'consent-other' }));
    await ledger.close();
    // Back to version 5: no audit log, no recorded_at index (nor the later TCF and GPP columns).
    await db.exec(
      'ALTER TABLE evidence_records DROP COLUMN gpp; ALTER TABLE evidence_records DROP COLUMN tcf; DROP TABLE audit_log; DROP INDEX evidence_records_recorded; DELETE FROM ledger_migrations WHERE version >= 6;',
    );
    expect(await db.rows('SELECT MAX(version) AS v FROM ledger_migrations')).toEqual([{ v: 5 }]);

    const again = createLedger({ storage: await db.open(), now: () => START + DAY });
    expect(await db.rows('SELECT version, name FROM ledger_migrations WHERE version = 6')).toEqual([{ version: 6, name: 'audit log' }]);
    expect(await again.audit()).toEqual([]);
    expect(await again.oldestRecordAt()).toBe(new Date(START).toISOString());
    expect((await again.eraseSubject('user-42')).records).toBe(1);
    expect(await again.audit()).toMatchObject([{ id: 1, kind: 'erasure', details: { consentIds: ['consent-0001'], records: 1 } }]);
    expect(await again.verify()).toMatchObject({ ok: true, records: 2 });
    expect((await again.statistics({ from: '2026-03-01', to: '2026-03-01' })).total.decisions).toBe(2);
    await again.close();
    // Opening again applies nothing twice.
    const third = createLedger({ storage: await db.open() });
    expect(await third.audit()).toHaveLength(2);
    await third.close();
  });

  it('the table holds only the three kinds', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await expect(ledger.storage.audit.append({ ...entry(0), kind: 'export' } as unknown as NewAuditEntry)).rejects.toThrow(/check/i);
    await expect(db.exec(`INSERT INTO audit_log (kind, at, actor, details) VALUES ('login', '2026-03-01T12:00:00.000Z', 'api', '{}')`)).rejects.toThrow(
      /check/i,
    );
  });
});
