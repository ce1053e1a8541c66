import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS, type ColumnKind } from './rows.js';
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
