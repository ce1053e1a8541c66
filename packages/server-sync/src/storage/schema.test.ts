import { describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from './postgres/migrations.js';
import { RECORD_COLUMNS, type ColumnKind } from './rows.js';
import { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
import { useStores } from './stores.test-helper.js';

// The migrations are explicit SQL; this keeps them and the one column definition in step.
const DECLARED_TYPE: Record<'sqlite' | 'postgres', Record<ColumnKind, string>> = {
  sqlite: { text: 'TEXT', integer: 'INTEGER', json: 'TEXT', boolean: 'INTEGER', time: 'TEXT' },
  postgres: { text: 'text', integer: 'integer', json: 'jsonb', boolean: 'boolean', time: 'timestamp with time zone' },
};

describe.each(useStores())('evidence_records on $name', (kind) => {
  it('has exactly the columns of RECORD_COLUMNS, in order, with their types and nullability', async (ctx) => {
    const db = await kind.create(ctx.skip);
    await (await db.open()).close(); // applies the migrations
    const columns =
      kind.name === 'sqlite'
        ? // SQLite lets a TEXT PRIMARY KEY hold NULL unless declared NOT NULL; the ledger never writes
          // one, and a record id edited to NULL fails verify (the id is hashed).
          (await db.rows('PRAGMA table_info(evidence_records)')).map((row) => [row.name, row.type, row.notnull === 0 && row.pk === 0])
        : (
            await db.rows(
              "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'evidence_records' ORDER BY ordinal_position",
            )
          ).map((row) => [row.column_name, row.data_type, row.is_nullable === 'YES']);
    const expected = RECORD_COLUMNS.map((column) => [column.name, DECLARED_TYPE[kind.name][column.kind], 'nullable' in column]);
    expect(columns).toEqual(expected);
  });
});

describe.each(useStores())('the schema on $name', (kind) => {
  it('applies migrations 1 to 8, the same ones in both stores, and 9 (monthly partitions) on PostgreSQL only', async (ctx) => {
    const db = await kind.create(ctx.skip);
    await (await db.open()).close();
    const migrations = kind.name === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS;
    expect(migrations.slice(0, 8).map(({ version, name }) => [version, name])).toEqual(SQLITE_MIGRATIONS.map(({ version, name }) => [version, name]));
    expect((await db.rows('SELECT version, name FROM ledger_migrations ORDER BY version')).map((row) => [row.version, row.name])).toEqual([
      [1, 'evidence records and consent chains'],
      [2, 'what a withdrawal withdrew'],
      [3, 'transparency log'],
      [4, 'text snapshots and the privacy notice reference'],
      [5, 'statistics counters'],
      [6, 'audit log'],
      [7, 'TCF consent evidence'],
      [8, 'GPP consent evidence'],
      ...(kind.name === 'postgres' ? [[9, 'monthly partitions and chain-head checks']] : []),
    ]);
  });

  it('has the audit log (migration 6) with its columns and the index that lists one kind newest first', async (ctx) => {
    const db = await kind.create(ctx.skip);
    await (await db.open()).close();
    if (kind.name === 'sqlite') {
      expect((await db.rows('PRAGMA table_info(audit_log)')).map((row) => [row.name, row.type, row.notnull === 1 || row.pk === 1])).toEqual([
        ['id', 'INTEGER', true],
        ['kind', 'TEXT', true],
        ['at', 'TEXT', true],
        ['actor', 'TEXT', true],
        ['details', 'TEXT', true],
      ]);
      expect((await db.rows('PRAGMA index_xinfo(audit_log_kind)')).filter((row) => row.key).map((row) => [row.name, row.desc])).toEqual([
        ['kind', 0],
        ['id', 1],
      ]);
      const plan = await db.rows("EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE kind = 'purge' AND id < 10 ORDER BY id DESC LIMIT 5");
      expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING INDEX audit_log_kind/);
      expect((await db.rows('PRAGMA index_info(evidence_records_recorded)')).map((row) => row.name)).toEqual(['recorded_at']);
    } else {
      const columns = await db.rows(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'audit_log' ORDER BY ordinal_position",
      );
      expect(columns.map((row) => [row.column_name, row.data_type, row.is_nullable === 'NO'])).toEqual([
        ['id', 'bigint', true],
        ['kind', 'text', true],
        ['at', 'timestamp with time zone', true],
        ['actor', 'text', true],
        ['details', 'jsonb', true],
      ]);
      const indexes = await db.rows(
        "SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('audit_log_kind', 'evidence_records_recorded') ORDER BY indexname",
      );
      expect(indexes.map((row) => row.indexdef)).toEqual([
        expect.stringMatching(/ON public\.audit_log USING btree \(kind, id DESC\)$/),
        // Declared on the partitioned table (migration 9), so every partition has it.
        expect.stringMatching(/ON ONLY public\.evidence_records USING btree \(recorded_at\)$/),
      ]);
    }
  });
});
