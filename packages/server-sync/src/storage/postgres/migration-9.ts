import type pg from 'pg';
import { createPartitionSql } from './partitions.js';

// The columns of evidence_records as migrations 1–8 left them, frozen here: this migration must
// do the same thing whatever later migrations add.
const COLUMNS: ReadonlyArray<[name: string, field: string, type: string]> = [
  ['record_id', 'recordId', 'text NOT NULL'],
  ['consent_id', 'consentId', 'text NOT NULL'],
  ['seq', 'seq', 'integer NOT NULL'],
  ['subject_id', 'subjectId', 'text'],
  ['event', 'event', 'text NOT NULL'],
  ['categories', 'categories', 'jsonb NOT NULL'],
  ['services', 'services', 'jsonb NOT NULL'],
  ['revision', 'revision', 'text NOT NULL'],
  ['text_hash', 'textHash', 'text NOT NULL'],
  ['locale', 'locale', 'text NOT NULL'],
  ['method', 'method', 'text NOT NULL'],
  ['region', 'region', 'text NOT NULL'],
  ['regime', 'regime', 'text NOT NULL'],
  ['gpc', 'gpc', 'boolean NOT NULL'],
  ['client_time', 'clientTime', 'text NOT NULL'],
  ['recorded_at', 'recordedAt', 'timestamptz NOT NULL'],
  ['expires_at', 'expiresAt', 'timestamptz NOT NULL'],
  ['ip', 'ip', 'text NOT NULL'],
  ['user_agent', 'userAgent', 'text NOT NULL'],
  ['origin', 'origin', 'text NOT NULL'],
  ['sdk_version', 'sdkVersion', 'text NOT NULL'],
  ['identity_salt', 'identitySalt', 'text NOT NULL'],
  ['identity_digest', 'identityDigest', 'text NOT NULL'],
  ['prev_hash', 'prevHash', 'text NOT NULL'],
  ['hash', 'hash', 'text NOT NULL'],
  ['erased_at', 'erasedAt', 'timestamptz'],
  ['withdrawn', 'withdrawn', 'jsonb'],
  ['leaf_index', 'leafIndex', 'integer'],
  ['notice', 'notice', 'jsonb'],
  ['tcf', 'tcf', 'jsonb'],
  ['gpp', 'gpp', 'jsonb'],
];
const NAMES = COLUMNS.map(([name]) => name).join(', ');

// A record row as the EvidenceRecord JSON the appends store in head_record: camelCase keys, times
// as JavaScript's toISOString() writes them (UTC, milliseconds, Z).
const HEAD_RECORD = `jsonb_build_object(${COLUMNS.map(([name, field, type]) =>
  type.startsWith('timestamptz') ? `'${field}', to_char(r.${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : `'${field}', r.${name}`,
).join(', ')})`;

/**
 * Migration 9, "monthly partitions and chain-head checks" (PostgreSQL only): `evidence_records`
 * becomes a table partitioned by month of `recorded_at` (`evidence_records_pYYYYMM`), so retention
 * drops whole months instead of deleting rows; `evidence_keys` keeps what a partitioned table
 * cannot enforce across partitions (a record id stored once, a chain that never forks) and which
 * partition holds a record; `consent_chains.head_record` holds each chain's latest record, so a
 * check is one primary-key look-up. Runs in the migrations' transaction, under their advisory lock.
 *
 * @example
 * const migration = { version: 9, ...MIGRATION_9 };
 */
export const MIGRATION_9: { name: string; sql: string; backfill: (client: pg.PoolClient) => Promise<void> } = {
  name: 'monthly partitions and chain-head checks',
  sql: `
    CREATE TABLE IF NOT EXISTS evidence_keys (
      record_id text PRIMARY KEY,
      consent_id text NOT NULL,
      seq integer NOT NULL,
      recorded_at timestamptz NOT NULL,
      -- Second line of defence behind the chain row lock: a chain can never fork.
      UNIQUE (consent_id, seq)
    );
    ALTER TABLE consent_chains ADD COLUMN IF NOT EXISTS head_record jsonb;
    -- head_record is the head, or there is none: a ledger process of an earlier version, still
    -- running during a rolling upgrade, moves the head without it, and its whole append (one
    -- statement: records, head, log) then fails instead of writing around evidence_keys and the
    -- head record. NOT VALID: the rows as they stand are checked by the backfill's update, and a
    -- chain already missing its head records (verify reports it) does not stop the upgrade.
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'consent_chains_head_record' AND conrelid = 'consent_chains'::regclass) THEN
        ALTER TABLE consent_chains ADD CONSTRAINT consent_chains_head_record CHECK (
          (head_record IS NULL AND head_seq = base_seq) OR (head_record IS NOT NULL AND (head_record->>'seq')::int = head_seq)) NOT VALID;
      END IF;
    END $$;`,
  async backfill(client) {
    // Already partitioned: a database whose migration rows were rolled back by hand; the tables stay.
    const [table] = (await client.query("SELECT relkind FROM pg_class WHERE oid = 'evidence_records'::regclass")).rows;
    if (table?.relkind === 'p') return;
    await client.query(`
    LOCK TABLE evidence_records IN ACCESS EXCLUSIVE MODE;
    ALTER TABLE evidence_records RENAME TO evidence_records_v8;
    ALTER TABLE evidence_records_v8 RENAME CONSTRAINT evidence_records_pkey TO evidence_records_v8_pkey;
    ALTER TABLE evidence_records_v8 RENAME CONSTRAINT evidence_records_consent_id_seq_key TO evidence_records_v8_chain;
    DROP INDEX evidence_records_subject, evidence_records_expires, evidence_records_unlogged, evidence_records_recorded;
    CREATE TABLE evidence_records (${COLUMNS.map(([name, , type]) => `${name} ${type}`).join(', ')}) PARTITION BY RANGE (recorded_at);`);
    // Every month that holds records, and the current and the next month (the database's clock).
    const { rows } = await client.query(
      `SELECT DISTINCT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month FROM evidence_records_v8
      UNION SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM') UNION SELECT to_char((now() AT TIME ZONE 'UTC') + interval '1 month', 'YYYY-MM')`,
    );
    const months = rows.map(({ month }) => new Date(`${month as string}-01T00:00:00Z`));
    for (const month of months) await client.query(createPartitionSql(month));
    // Indexes after the rows: one build per partition instead of one insertion per row.
    await client.query(`INSERT INTO evidence_records (${NAMES}) SELECT ${NAMES} FROM evidence_records_v8`);
    await client.query(
      'INSERT INTO evidence_keys (record_id, consent_id, seq, recorded_at) SELECT record_id, consent_id, seq, recorded_at FROM evidence_records_v8',
    );
    await client.query(
      `UPDATE consent_chains c SET head_record = ${HEAD_RECORD} FROM evidence_records_v8 r WHERE r.consent_id = c.consent_id AND r.seq = c.head_seq`,
    );
    await client.query('DROP TABLE evidence_records_v8');
    await client.query(`
      CREATE INDEX evidence_records_chain ON evidence_records (consent_id, seq);
      CREATE INDEX evidence_records_record ON evidence_records (record_id);
      CREATE INDEX evidence_records_subject ON evidence_records (subject_id) WHERE subject_id IS NOT NULL;
      CREATE INDEX evidence_records_expires ON evidence_records (expires_at);
      CREATE INDEX evidence_records_recorded ON evidence_records (recorded_at);
      -- Empty in normal operation (appends set leaf_index): it finds the records still to be logged.
      CREATE INDEX evidence_records_unlogged ON evidence_records (recorded_at, consent_id, seq) WHERE leaf_index IS NULL;`);
  },
};
