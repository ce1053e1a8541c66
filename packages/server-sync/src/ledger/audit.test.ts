import { describe, expect, it } from 'vitest';
import { decisionInput, useStores, type StoreInstance } from '../storage/stores.test-helper.js';
import { createLedger } from './create-ledger.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');
const context = { ip: '203.0.113.0', userAgent: 'UA/1', origin: 'https://shop.example' };
const FIELDS = ['subjectId', 'ip', 'userAgent', 'identitySalt'];

/** Makes every `event` on `table` fail, behind the ledger's back (a full disk, a lost connection…). */
async function refuse(db: StoreInstance, kind: 'sqlite' | 'postgres', table: string, event = 'INSERT'): Promise<void> {
  await db.exec(
    kind === 'sqlite'
      ? `CREATE TRIGGER refuse_${table} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} refused'); END;`
      : `CREATE FUNCTION refuse_${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${table} refused'; END $$;
         CREATE TRIGGER refuse_${table} BEFORE ${event} ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_${table}();`,
  );
}

describe.each(useStores())('the audit log of erasures, verify runs and purges on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    const count = async () => Number((await db.rows('SELECT COUNT(*) AS n FROM audit_log'))[0]!.n);
    return { db, clock, ledger, count };
  };

  it('an erasure that clears records writes one entry, without the subject id; one that clears nothing writes none', async (ctx) => {
    const { ledger, clock, count } = await setup(ctx.skip);
    await ledger.record(decisionInput({ subjectId: 'user-42@example.com' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-phone', subjectId: 'user-42@example.com' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-visitor' }), context);
    clock.now += DAY;
    const at = new Date(clock.now).toISOString();

    expect((await ledger.eraseSubject('user-42@example.com', { actor: 'key 3f9a1c2e (console)' })).records).toBe(2);
    const [bySubject, ...none] = await ledger.audit();
    expect(none).toEqual([]);
    expect(bySubject).toEqual({
      id: expect.any(Number),
      kind: 'erasure',
      at,
      actor: 'key 3f9a1c2e (console)',
      details: { target: 'subject', consentIds: ['consent-0001', 'consent-phone'], records: 2, fields: FIELDS },
    });
    expect(JSON.stringify(bySubject)).not.toContain('user-42');

    // Nothing left to clear: no entry for the repeat, nor for a subject or consent id never seen.
    expect((await ledger.eraseSubject('user-42@example.com')).records).toBe(0);
    expect((await ledger.eraseSubject('user-7')).records).toBe(0);
    expect((await ledger.eraseConsent('consent-phone')).records).toBe(0);
    expect((await ledger.eraseConsent('consent-unknown')).erasedAt).toBeNull();
    expect(await count()).toBe(1);

    clock.now += DAY;
    await ledger.eraseConsent('consent-visitor'); // the default actor
    const [byConsent] = await ledger.audit({ limit: 1 });
    expect(byConsent).toEqual({
      id: bySubject!.id + 1,
      kind: 'erasure',
      at: new Date(clock.now).toISOString(),
      actor: 'api',
      details: { target: 'consent', consentIds: ['consent-visitor'], records: 1, fields: FIELDS },
    });
    expect(await count()).toBe(2);
  });

  it('an erasure and its entry are one transaction: if either cannot be written, neither is', async (ctx) => {
    const { db, ledger, count } = await setup(ctx.skip);
    await ledger.record(decisionInput({ subjectId: 'user-42' }), context);
    await refuse(db, kind.name, 'audit_log');
    await expect(ledger.eraseSubject('user-42')).rejects.toThrow(/audit_log refused/);
    await expect(ledger.eraseConsent('consent-0001')).rejects.toThrow(/audit_log refused/);
    // The records were not erased: the erasure rolled back with its entry.
    expect((await ledger.history('consent-0001'))[0]).toMatchObject({ subjectId: 'user-42', ip: '203.0.113.0', erasedAt: null });

    await db.exec(kind.name === 'sqlite' ? 'DROP TRIGGER refuse_audit_log' : 'DROP TRIGGER refuse_audit_log ON audit_log');
    await refuse(db, kind.name, 'evidence_records', 'UPDATE');
    await expect(ledger.eraseSubject('user-42')).rejects.toThrow(/evidence_records refused/);
    await expect(ledger.eraseConsent('consent-0001')).rejects.toThrow(/evidence_records refused/);
    expect(await count()).toBe(0);
  });

  it('every verify run writes an entry; after tampering it is not ok and keeps the first 20 problems', async (ctx) => {
    const { db, ledger, clock } = await setup(ctx.skip);
    for (let index = 0; index < 25; index++) await ledger.record(decisionInput({ method: index % 2 ? 'accept-all' : 'custom' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-other' }), context);
    const startedAt = new Date(clock.now).toISOString();
    expect((await ledger.verify({ actor: 'cli' })).ok).toBe(true);
    expect(await ledger.audit({ kind: 'verify' })).toEqual([
      {
        id: expect.any(Number),
        kind: 'verify',
        at: startedAt,
        actor: 'cli',
        details: { ok: true, startedAt, records: 26, consents: 2, problems: 0, firstProblems: [] },
      },
    ]);

    await db.exec(`UPDATE evidence_records SET region = 'FR' WHERE consent_id = 'consent-0001'`);
    await db.exec(`DELETE FROM evidence_records WHERE consent_id = 'consent-other'`);
    clock.now += 1000;
    const report = await ledger.verify();
    expect(report.ok).toBe(false);
    const [entry] = await ledger.audit({ kind: 'verify', limit: 1 });
    expect(entry).toMatchObject({ kind: 'verify', actor: 'api', at: new Date(clock.now).toISOString() });
    if (entry?.kind !== 'verify') throw new Error('no verify entry');
    expect(entry.details).toMatchObject({ ok: false, records: 25, consents: 2, problems: report.problems.length });
    expect(report.problems.length).toBeGreaterThan(25);
    expect(entry.details.firstProblems).toHaveLength(20);
    expect(entry.details.firstProblems[0]).toEqual({
      kind: 'hash-mismatch',
      consentId: 'consent-0001',
      message: 'Record 1 no longer matches its hash: its contents were changed',
    });
    // Problems of the log carry no chain when they have none, and every one says what is wrong.
    for (const problem of entry.details.firstProblems) expect(problem.message).toMatch(/^[A-Z].{10,}/);
    const last = report.problems.at(-1)!;
    expect(last).toMatchObject({ consentId: 'consent-other', problem: 'record-deleted' });
  });

  it('a purge writes one entry, even of nothing; a dry run writes none', async (ctx) => {
    const { ledger, clock, count } = await setup(ctx.skip);
    await ledger.record(decisionInput({ method: 'accept-all' }), context);
    clock.now += 10 * DAY;
    await ledger.record(decisionInput({ method: 'reject-all' }), context);
    clock.now = START + 100 * DAY;
    const dry = await ledger.purge({ retentionDays: 30, dryRun: true, actor: 'cli' });
    expect(dry).toMatchObject({ records: 1, consents: 1 });
    expect(await count()).toBe(0);

    const report = await ledger.purge({ retentionDays: 30, actor: 'schedule' });
    expect(report).toMatchObject({ records: 1, consents: 1 });
    const again = await ledger.purge({ retentionDays: 30 });
    expect(again).toMatchObject({ records: 0, consents: 0 });
    const at = new Date(clock.now).toISOString();
    expect(await ledger.audit({ kind: 'purge' })).toEqual([
      { id: expect.any(Number), kind: 'purge', at, actor: 'api', details: { records: 0, consents: 0, cutoff: again.cutoff } },
      { id: expect.any(Number), kind: 'purge', at, actor: 'schedule', details: { records: 1, consents: 1, cutoff: report.cutoff } },
    ]);
    expect(report.cutoff).toBe(new Date(START + 70 * DAY).toISOString());
  });

  it('a purge that fails writes no entry, and an entry that cannot be written undoes the purge', async (ctx) => {
    const { db, ledger, clock, count } = await setup(ctx.skip);
    await ledger.record(decisionInput({ method: 'accept-all' }), context);
    clock.now += 10 * DAY;
    await ledger.record(decisionInput({ method: 'reject-all' }), context);
    clock.now = START + 100 * DAY;
    await refuse(db, kind.name, 'audit_log');
    await expect(ledger.purge({ retentionDays: 30 })).rejects.toThrow(/audit_log refused/);
    expect(await ledger.history('consent-0001')).toHaveLength(2);

    await db.exec(kind.name === 'sqlite' ? 'DROP TRIGGER refuse_audit_log' : 'DROP TRIGGER refuse_audit_log ON audit_log');
    await refuse(db, kind.name, 'evidence_records', 'DELETE');
    await expect(ledger.purge({ retentionDays: 30 })).rejects.toThrow(/evidence_records refused/);
    expect(await ledger.history('consent-0001')).toHaveLength(2);
    expect(await count()).toBe(0);
  });
});
