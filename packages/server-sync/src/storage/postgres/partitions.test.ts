import { describe, expect, it } from 'vitest';
import { createLedger } from '../../ledger/create-ledger.js';
import { decisionInput, useStores, type StoreInstance } from '../stores.test-helper.js';
import { addMonths, createPartitionSql, monthStart, partitionMonth, partitionName } from './partitions.js';
import { keptFrom } from './retention.js';

const DAY = 86_400_000;
const postgres = useStores().find((kind) => kind.name === 'postgres')!;
const at = (iso: string) => Date.parse(iso);
// About 13 months: the longest validity, capped at MAX_VALIDITY_DAYS.
const LONG = { updatedAt: '2026-01-01T10:00:00.000Z', expiresAt: '2027-03-01T10:00:00.000Z' };
const SHORT = { updatedAt: '2026-01-01T10:00:00.000Z', expiresAt: '2026-01-02T10:00:00.000Z' };

const partitionsOf = async (db: StoreInstance) =>
  (await db.rows("SELECT relname FROM pg_class WHERE relname LIKE 'evidence_records_p%' AND relkind = 'r' ORDER BY relname")).map((row) => row.relname);
const count = async (db: StoreInstance, table: string) => Number((await db.rows(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);

describe('partition names and bounds', () => {
  it('names a UTC month and bounds it from its first instant to the next month', () => {
    expect(partitionName(new Date('2026-12-31T23:59:59.999Z'))).toBe('evidence_records_p202612');
    expect(partitionName(new Date('2027-01-01T00:00:00.000Z'))).toBe('evidence_records_p202701');
    expect(partitionMonth('evidence_records_p202612')).toEqual(new Date('2026-12-01T00:00:00.000Z'));
    expect(partitionMonth('evidence_records_v8')).toBeUndefined();
    expect(addMonths(monthStart('2026-12-17T10:00:00Z'), 1)).toEqual(new Date('2027-01-01T00:00:00.000Z'));
    expect(createPartitionSql(new Date('2026-12-17T10:00:00Z'))).toBe(
      "CREATE TABLE IF NOT EXISTS evidence_records_p202612 PARTITION OF evidence_records FOR VALUES FROM ('2026-12-01 00:00+00') TO ('2027-01-01 00:00+00')",
    );
  });

  it('keeps every month that may hold a record still applying at the cutoff', () => {
    // 2027-06-15 minus 395 days is 2026-05-16: May 2026 may hold a record valid until after the cutoff.
    expect(keptFrom('2027-06-15T00:00:00.000Z')).toEqual(new Date('2026-05-01T00:00:00.000Z'));
  });
});

describe('monthly partitions on PostgreSQL', () => {
  it('has the current and the next month after open, and creates the month of a record that has none', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const clock = { now: at('2025-03-10T12:00:00.000Z') };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    const now = monthStart(Date.now());
    expect(await partitionsOf(db)).toEqual([partitionName(now), partitionName(addMonths(now, 1))]);
    const { record } = await ledger.record(decisionInput());
    expect(await partitionsOf(db)).toContain('evidence_records_p202503');
    const stored = await db.rows(`SELECT tableoid::regclass::text AS partition, record_id FROM evidence_records`);
    expect(stored).toEqual([{ partition: 'evidence_records_p202503', record_id: record.recordId }]);
    expect(await db.rows('SELECT record_id, consent_id, seq FROM evidence_keys')).toEqual([
      { record_id: record.recordId, consent_id: record.consentId, seq: 1 },
    ]);
    // Declared on the parent, so the partition created for a record has every one of them.
    const indexes = (await db.rows("SELECT indexdef FROM pg_indexes WHERE tablename = 'evidence_records_p202503'")).map((row) =>
      String(row.indexdef).replace(/^.* USING /, ''),
    );
    expect(indexes.sort()).toEqual([
      'btree (consent_id, seq)',
      'btree (expires_at)',
      'btree (record_id)',
      'btree (recorded_at)',
      'btree (recorded_at, consent_id, seq) WHERE (leaf_index IS NULL)',
      'btree (subject_id) WHERE (subject_id IS NOT NULL)',
    ]);
  });

  it('an id stored once and a chain that never forks, across partitions (evidence_keys)', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const clock = { now: at('2025-03-10T12:00:00.000Z') };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    const first = await ledger.record(decisionInput({ recordId: 'r-once-0001' }));
    clock.now = at('2025-04-10T12:00:00.000Z');
    // The resend lands in another month: still answered with the stored record, nothing new.
    expect(await ledger.record(decisionInput({ recordId: 'r-once-0001' }))).toEqual({ record: first.record, created: false });
    expect(await count(db, 'evidence_records')).toBe(1);
    await expect(
      db.exec(`INSERT INTO evidence_records SELECT * FROM evidence_records WHERE record_id = 'r-once-0001';
        INSERT INTO evidence_keys (record_id, consent_id, seq, recorded_at) VALUES ('r-fork-0001', 'consent-0001', 1, now())`),
    ).rejects.toThrow(/evidence_keys_consent_id_seq_key/);
  });

  it('a dry run counts what the purge removes; whole months past retention are dropped, the rest is purged row by row', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const clock = { now: at('2025-01-15T12:00:00.000Z') };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    await ledger.record(decisionInput({ consentId: 'consent-a', ...LONG }));
    await ledger.record(decisionInput({ consentId: 'consent-b', ...LONG }));
    clock.now = at('2025-02-15T12:00:00.000Z');
    await ledger.record(decisionInput({ consentId: 'consent-a', method: 'accept-all', ...LONG }));
    await ledger.record(decisionInput({ consentId: 'consent-d', ...LONG }));
    clock.now = at('2025-03-15T12:00:00.000Z');
    await ledger.record(decisionInput({ consentId: 'consent-c', ...SHORT }));
    await ledger.record(decisionInput({ consentId: 'consent-d', method: 'accept-all', ...LONG }));
    await ledger.record(decisionInput({ consentId: 'consent-e', ...LONG }));
    clock.now = at('2026-06-15T12:00:00.000Z');
    await ledger.record(decisionInput({ consentId: 'consent-a', method: 'reject-all', ...LONG }));
    await ledger.record(decisionInput({ consentId: 'consent-c', method: 'reject-all', ...LONG }));
    expect(await partitionsOf(db)).toEqual(expect.arrayContaining(['evidence_records_p202501', 'evidence_records_p202502', 'evidence_records_p202503']));

    // Cutoff 2026-04-15: January and February 2025 end more than 395 days before it; March does not.
    clock.now = at('2026-05-15T00:00:00.000Z');
    const dry = await ledger.purge({ retentionDays: 30, dryRun: true });
    expect(dry.cutoff).toBe('2026-04-15T00:00:00.000Z');
    // a: 2 of 3; b: its only one; c: its expired first; d: both (the March one expired 2026-04-14); e: expired 2026-04-14.
    expect(dry).toMatchObject({ records: 7, consents: 5 });
    expect(await count(db, 'evidence_records')).toBe(9);
    const before = await count(db, 'evidence_records');
    const purged = await ledger.purge({ retentionDays: 30 });
    expect(purged).toEqual({ ...dry, dryRun: false });
    expect(before - (await count(db, 'evidence_records'))).toBe(purged.records);
    expect(await partitionsOf(db)).not.toContain('evidence_records_p202501');
    expect(await partitionsOf(db)).not.toContain('evidence_records_p202502');
    expect(await partitionsOf(db)).toContain('evidence_records_p202503');
    expect(await count(db, 'evidence_keys')).toBe(await count(db, 'evidence_records'));

    expect((await ledger.history('consent-a')).map((record) => record.seq)).toEqual([3]);
    expect(await ledger.storage.chainBases(['consent-a', 'consent-b', 'consent-d'])).toEqual({
      'consent-a': { baseSeq: 2, baseHash: expect.any(String) },
      'consent-b': { baseSeq: 1, baseHash: expect.any(String) },
      'consent-d': { baseSeq: 2, baseHash: expect.any(String) },
    });
    for (const consentId of ['consent-a', 'consent-b', 'consent-c', 'consent-d', 'consent-e']) {
      expect(await ledger.storage.latest(consentId)).toEqual((await ledger.history(consentId)).at(-1));
    }
    expect(await ledger.storage.latest('consent-b')).toBeUndefined();
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
    expect(await ledger.audit({ kind: 'purge' })).toMatchObject([{ details: { records: 7, consents: 5, cutoff: '2026-04-15T00:00:00.000Z' } }]);
    expect(await ledger.purge({ retentionDays: 30, dryRun: true })).toMatchObject({ records: 0, consents: 0 });
    // A purged chain goes on from its base.
    expect(await ledger.record(decisionInput({ consentId: 'consent-b' }))).toMatchObject({ record: { seq: 2 }, created: true });
  });

  it('a record whose month partition another process dropped is stored in a partition created again, not lost', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const other = createLedger({ storage: await db.open() });
    const clock = { now: Date.now() };
    const purger = createLedger({ storage: await db.open(), now: () => clock.now });
    await other.record(decisionInput({ consentId: 'consent-a', ...LONG }));
    // Far ahead: every partition, this month's included, is past retention and dropped.
    clock.now = Date.now() + 3 * 365 * DAY;
    expect(await purger.purge({ retentionDays: 0 })).toMatchObject({ records: 1, consents: 1 });
    expect(await partitionsOf(db)).not.toContain(partitionName(new Date()));
    // The other process still believes this month's partition exists.
    const { record, created } = await other.record(decisionInput({ consentId: 'consent-a', ...LONG }));
    expect({ seq: record.seq, created }).toEqual({ seq: 2, created: true });
    expect(await partitionsOf(db)).toContain(partitionName(new Date()));
    expect(await other.history('consent-a')).toEqual([record]);
    expect(await other.verify()).toMatchObject({ ok: true, records: 1 });
  });
  it('a same-named table in another schema is not taken for the month partition', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const storage = await db.open();
    await db.exec('CREATE SCHEMA archive; CREATE TABLE archive.evidence_records_p203005 (x int)');
    const ledger = createLedger({ storage, now: () => at('2030-05-10T12:00:00.000Z') });
    const { record } = await ledger.record(decisionInput());
    expect(await db.rows('SELECT tableoid::regclass::text AS partition FROM evidence_records')).toEqual([{ partition: 'evidence_records_p203005' }]);
    expect(await ledger.history(record.consentId)).toEqual([record]);
  });
});
