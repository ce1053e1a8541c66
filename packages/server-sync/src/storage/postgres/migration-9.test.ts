import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLedger } from '../../ledger/create-ledger.js';
import { decisionInput, useStores, type StoreInstance } from '../stores.test-helper.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { addMonths, monthStart, partitionName } from './partitions.js';
import { openPostgresStorage } from './postgres-storage.js';

const DAY = 86_400_000;
const postgres = useStores().find((kind) => kind.name === 'postgres')!;
// Copied from a ledger's database into one at schema version 8, table by table.
const COPIED = ['evidence_records', 'consent_chains', 'log_leaves', 'log_nodes', 'log_checkpoints', 'text_snapshots', 'stat_counters'];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Applies migrations 1–8 as a ledger of that version did. */
async function migrateTo8(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('BEGIN');
    await client.query('CREATE TABLE ledger_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
    for (const migration of POSTGRES_MIGRATIONS.filter(({ version }) => version <= 8)) {
      await client.query(migration.sql);
      await migration.backfill?.(client as unknown as pg.PoolClient);
      await client.query('INSERT INTO ledger_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  });
}

/**
 * A database at version 8 holding what a ledger sealed over three months (Aug–Oct 2026): records
 * with a withdrawal, an erasure and a purged chain head, their transparency log and counters.
 * The ledger writes them into a database of its own; its rows are copied into the version 8 tables.
 */
async function ledgerAtVersion8(skip: () => void): Promise<{ v8: StoreInstance; source: StoreInstance; consentIds: string[] }> {
  const source = await postgres.create(skip);
  const clock = { now: Date.parse('2026-08-10T12:00:00.000Z') };
  const ledger = createLedger({ storage: await source.open(), now: () => clock.now });
  const consentIds = ['consent-a', 'consent-b', 'consent-c', 'consent-gone'];
  await ledger.record(decisionInput({ consentId: 'consent-gone', expiresAt: '2026-01-02T10:00:00.000Z' }));
  for (let month = 0; month < 3; month++) {
    for (const consentId of consentIds.slice(0, 3)) {
      // Functional granted, withdrawn, granted again.
      const categories = { necessary: true, functional: month % 2 === 0, analytics: true, advertising: false };
      await ledger.record(decisionInput({ consentId, subjectId: `subject-${consentId}`, categories }));
    }
    clock.now += 31 * DAY;
  }
  await ledger.eraseConsent('consent-b');
  // Cutoff 2026-08-23: consent-gone's record expired on 2026-08-11; the first decisions applied until September.
  expect(await ledger.purge({ retentionDays: 80 })).toMatchObject({ records: 1, consents: 1 });
  expect(await ledger.history('consent-gone')).toEqual([]);
  await ledger.close();

  const v8 = await postgres.create(skip);
  await migrateTo8(v8.location);
  const tables: Array<[string, unknown[]]> = [];
  for (const table of COPIED) tables.push([table, await source.rows(`SELECT * FROM ${table}`)]);
  const state = (await source.rows('SELECT tree_size, frontier FROM log_state'))[0]!;
  await withClient(v8.location, async (client) => {
    // jsonb_populate_recordset takes the version 8 columns and leaves the others (head_record) out.
    for (const [table, rows] of tables) {
      await client.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(rows)]);
    }
    await client.query('UPDATE log_state SET tree_size = $1, frontier = $2', [state.tree_size, state.frontier]);
  });
  return { v8, source, consentIds };
}

describe('migration 9 of a PostgreSQL ledger at version 8', () => {
  it('keeps every record and chain; checks, resends, new appends and verify work on the monthly partitions', async (ctx) => {
    const { v8, source, consentIds } = await ledgerAtVersion8(ctx.skip);
    expect((await v8.rows("SELECT relkind FROM pg_class WHERE relname = 'evidence_records'"))[0]!.relkind).toBe('r');
    const before = await createLedger({ storage: await source.open() });
    const storage = await v8.open();
    const ledger = createLedger({ storage });

    expect((await v8.rows("SELECT relkind FROM pg_class WHERE relname = 'evidence_records'"))[0]!.relkind).toBe('p');
    const now = monthStart(Date.now());
    const partitions = (await v8.rows("SELECT relname FROM pg_class WHERE relname LIKE 'evidence_records_p%' AND relkind = 'r'")).map((row) => row.relname);
    expect(partitions.sort()).toEqual(
      [
        ...new Set(['evidence_records_p202608', 'evidence_records_p202609', 'evidence_records_p202610', partitionName(now), partitionName(addMonths(now, 1))]),
      ].sort(),
    );
    expect(await v8.rows("SELECT to_regclass('evidence_records_v8') AS old")).toEqual([{ old: null }]);
    for (const consentId of consentIds) {
      const history = await ledger.history(consentId);
      expect(history).toEqual(await before.history(consentId));
      expect(await ledger.storage.latest(consentId)).toEqual(history.at(-1));
    }
    expect(await ledger.storage.latest('consent-gone')).toBeUndefined();
    expect(await ledger.storage.latest('consent-a')).toMatchObject({ event: 'updated', withdrawn: { categories: [], services: [] } });
    expect((await ledger.history('consent-a'))[1]).toMatchObject({ event: 'withdrawn' });
    expect(await ledger.storage.latest('consent-b')).toMatchObject({ subjectId: null, ip: '', erasedAt: expect.any(String) });
    const held = Number((await v8.rows('SELECT COUNT(*) AS n FROM evidence_records'))[0]!.n);
    expect(held).toBe(9);
    expect(Number((await v8.rows('SELECT COUNT(*) AS n FROM evidence_keys'))[0]!.n)).toBe(held);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: held });
    // Every chain row the backfill left (purged head, erased head, plain ones) meets the head check.
    await v8.exec('ALTER TABLE consent_chains VALIDATE CONSTRAINT consent_chains_head_record');

    // A resend of a record id from August is answered with the stored record; nothing is added.
    const [old] = await ledger.history('consent-a');
    const resent = await ledger.record(decisionInput({ recordId: old!.recordId, consentId: 'consent-a' }));
    expect(resent).toEqual({ record: old, created: false });
    expect(Number((await v8.rows('SELECT COUNT(*) AS n FROM evidence_records'))[0]!.n)).toBe(held);

    const head = (await ledger.history('consent-a')).at(-1)!;
    const added = await ledger.record(decisionInput({ consentId: 'consent-a' }));
    expect(added).toMatchObject({ created: true, record: { seq: 4, prevHash: head.hash } });
    expect(await ledger.storage.latest('consent-a')).toEqual(added.record);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: held + 1 });
    await before.close();
  });

  it('applies once when two ledger processes open the database at the same time', async (ctx) => {
    const { v8 } = await ledgerAtVersion8(ctx.skip);
    const [first, second] = await Promise.all([
      openPostgresStorage(v8.location, { maxConnections: 2 }),
      openPostgresStorage(v8.location, { maxConnections: 2 }),
    ]);
    try {
      expect(await v8.rows('SELECT version FROM ledger_migrations WHERE version = 9')).toEqual([{ version: 9 }]);
      expect(Number((await v8.rows('SELECT COUNT(*) AS n FROM evidence_records'))[0]!.n)).toBe(9);
      expect(await first.history('consent-c')).toEqual(await second.history('consent-c'));
      expect(await createLedger({ storage: second }).verify()).toMatchObject({ ok: true, records: 9 });
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('an append of a ledger of version 8 still running fails whole instead of writing around evidence_keys and the head record', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const ledger = createLedger({ storage: await db.open() });
    const refused = { necessary: true, functional: false, analytics: false, advertising: false };
    const { record } = await ledger.record(decisionInput({ consentId: 'consent-a', categories: { ...refused, analytics: true } }));
    const count = async () => Number((await db.rows('SELECT COUNT(*) AS n FROM evidence_records'))[0]!.n);
    // A version 8 append's shape: the records and the head (without head_record) in one statement;
    // the record is the stored one under a new id and the next seq (or seq 1 of another chain).
    const appendAsVersion8 = (consentId: string) =>
      db.exec(`INSERT INTO consent_chains (consent_id) VALUES ('${consentId}') ON CONFLICT DO NOTHING;
        WITH records_added AS (
          INSERT INTO evidence_records SELECT * FROM jsonb_populate_record(NULL::evidence_records, (
            SELECT to_jsonb(e) || jsonb_build_object('record_id', 'r-v8-${consentId}', 'consent_id', '${consentId}', 'seq', c.head_seq + 1,
              'categories', '${JSON.stringify(refused)}'::jsonb)
            FROM evidence_records e, consent_chains c WHERE e.record_id = '${record.recordId}' AND c.consent_id = '${consentId}'))
          RETURNING seq)
        UPDATE consent_chains c SET head_seq = r.seq, head_hash = 'v8' FROM records_added r WHERE c.consent_id = '${consentId}'`);
    for (const consentId of ['consent-a', 'consent-new']) {
      await expect(appendAsVersion8(consentId)).rejects.toThrow(/consent_chains_head_record/);
    }
    expect(await count()).toBe(1);
    expect(await ledger.check('consent-a', 'analytics')).toMatchObject({ granted: true, recordId: record.recordId });
    // The resend an outbox makes after the failure reaches a new process, which stores it once.
    const resent = await ledger.record(decisionInput({ consentId: 'consent-a', categories: refused }));
    expect(await ledger.check('consent-a', 'analytics')).toMatchObject({ granted: false, recordId: resent.record.recordId });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
  });

  it('refuses a database a later version of the ledger migrated', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    await (await db.open()).close();
    const known = POSTGRES_MIGRATIONS.at(-1)!.version;
    await db.exec(`INSERT INTO ledger_migrations (version, name, applied_at) VALUES (${known + 1}, 'from the future', now())`);
    await expect(db.open()).rejects.toThrow(`schema version ${known + 1} is newer than this ledger knows (${known}): upgrade assent-ledger on every node`);
  });
});
