import type pg from 'pg';
import { MIGRATION_9 } from './migration-9.js';
import { BACKFILL_PAGE, COUNTED_COLUMNS, counterIncrements, countedFromRow, type CounterRow } from '../../statistics/counters.js';

/**
 * Schema migrations for the PostgreSQL store: the same tables and columns as SQLite, with native
 * types (jsonb, boolean, timestamptz). Applied under an advisory lock so several ledger processes
 * starting together apply each migration once. Append new entries; never edit an applied one.
 * Migration 9 (monthly partitions, see migration-9.ts) has no SQLite counterpart.
 *
 * @example
 * POSTGRES_MIGRATIONS.at(-1)?.version; // 9
 */
export const POSTGRES_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string; backfill?: (client: pg.PoolClient) => Promise<void> }> = [
  {
    version: 1,
    name: 'evidence records and consent chains',
    sql: `
      CREATE TABLE evidence_records (
        record_id text PRIMARY KEY,
        consent_id text NOT NULL,
        seq integer NOT NULL,
        subject_id text,
        event text NOT NULL,
        categories jsonb NOT NULL,
        services jsonb NOT NULL,
        revision text NOT NULL,
        text_hash text NOT NULL,
        locale text NOT NULL,
        method text NOT NULL,
        region text NOT NULL,
        regime text NOT NULL,
        gpc boolean NOT NULL,
        client_time text NOT NULL,
        recorded_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ip text NOT NULL,
        user_agent text NOT NULL,
        origin text NOT NULL,
        sdk_version text NOT NULL,
        identity_salt text NOT NULL,
        identity_digest text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        erased_at timestamptz,
        -- Second line of defence behind the chain row lock: a chain can never fork.
        UNIQUE (consent_id, seq)
      );
      CREATE INDEX evidence_records_subject ON evidence_records (subject_id) WHERE subject_id IS NOT NULL;
      CREATE INDEX evidence_records_expires ON evidence_records (expires_at);
      CREATE TABLE consent_chains (
        consent_id text PRIMARY KEY,
        head_seq integer NOT NULL DEFAULT 0,
        head_hash text NOT NULL DEFAULT '',
        head_revision text NOT NULL DEFAULT '',
        head_expires_at text NOT NULL DEFAULT '',
        base_seq integer NOT NULL DEFAULT 0,
        base_hash text NOT NULL DEFAULT ''
      );`,
  },
  {
    version: 2,
    // NULL on the records before it: they keep hash format v1 and verify as they were sealed.
    name: 'what a withdrawal withdrew',
    sql: 'ALTER TABLE evidence_records ADD COLUMN withdrawn jsonb',
  },
  {
    version: 3,
    // As in SQLite: hex text hashes; leaves for existing records are caught up when the store opens.
    name: 'transparency log',
    sql: `
      ALTER TABLE evidence_records ADD COLUMN leaf_index integer;
      -- Empty in normal operation (appends set leaf_index): it finds the records still to be logged.
      CREATE INDEX evidence_records_unlogged ON evidence_records (recorded_at, consent_id, seq) WHERE leaf_index IS NULL;
      CREATE TABLE log_leaves (
        leaf_index bigint PRIMARY KEY,
        consent_id text NOT NULL,
        seq integer NOT NULL,
        record_hash text NOT NULL
      );
      CREATE TABLE log_nodes (
        level integer NOT NULL,
        node_index bigint NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (level, node_index)
      );
      -- One row: appends lock it (FOR UPDATE), so leaf order is commit order across every ledger process.
      CREATE TABLE log_state (
        id integer PRIMARY KEY CHECK (id = 1),
        tree_size bigint NOT NULL,
        frontier text NOT NULL
      );
      INSERT INTO log_state (id, tree_size, frontier) VALUES (1, 0, '');
      CREATE TABLE log_checkpoints (
        tree_size bigint PRIMARY KEY,
        root_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        note text NOT NULL
      );`,
  },
  {
    version: 4,
    // As in SQLite: records before it have no notice (NULL) and keep hash formats v1/v2.
    name: 'text snapshots and the privacy notice reference',
    sql: `
      CREATE TABLE text_snapshots (
        text_hash text PRIMARY KEY,
        locale text NOT NULL,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL
      );
      ALTER TABLE evidence_records ADD COLUMN notice jsonb;`,
  },
  {
    version: 5,
    // As in SQLite. The records table is locked against writes (SHARE) for the backfill, so a
    // ledger process of an older version cannot add records the backfill misses; appends of this
    // version count live and wait for the migration's commit.
    name: 'statistics counters',
    sql: `
      CREATE TABLE stat_counters (
        dimension text NOT NULL,
        day text NOT NULL,
        value text NOT NULL,
        measure text NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (dimension, day, value, measure)
      );
      LOCK TABLE evidence_records IN SHARE MODE;`,
    backfill: async (client) => {
      // A cursor: one sequential scan, fetched a page at a time, inside the migration's transaction.
      await client.query(`DECLARE stat_backfill NO SCROLL CURSOR FOR SELECT ${COUNTED_COLUMNS} FROM evidence_records`);
      for (;;) {
        const { rows } = await client.query(`FETCH ${BACKFILL_PAGE} FROM stat_backfill`);
        if (!rows.length) break;
        await client.query(postgresUpsertCounters(1), counterColumns(counterIncrements(rows.map(countedFromRow))));
      }
      await client.query('CLOSE stat_backfill');
    },
  },
  {
    version: 6,
    // As in SQLite, with jsonb details and timestamptz times.
    name: 'audit log',
    sql: `
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('erasure', 'verify', 'purge')),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        details jsonb NOT NULL
      );
      CREATE INDEX audit_log_kind ON audit_log (kind, id DESC);
      CREATE INDEX evidence_records_recorded ON evidence_records (recorded_at);`,
  },
  {
    version: 7,
    // Records before it have no TCF evidence (NULL) and keep hash formats v1–v3; v4 only for records with it.
    name: 'TCF consent evidence',
    sql: 'ALTER TABLE evidence_records ADD COLUMN tcf jsonb',
  },
  {
    version: 8,
    // Records before it have no GPP evidence (NULL) and keep hash formats v1–v4; v5 only for records with it.
    name: 'GPP consent evidence',
    sql: 'ALTER TABLE evidence_records ADD COLUMN gpp jsonb',
  },
  { version: 9, ...MIGRATION_9 },
];

/**
 * Adds increments to counters, one per key, with parameters from `$first` on (dimension, day,
 * value, measure, count arrays; see `counterColumns`): a statement of its own, or a CTE of the
 * append's one statement.
 *
 * @example
 * await client.query(postgresUpsertCounters(1), counterColumns(increments));
 */
export function postgresUpsertCounters(first: number): string {
  const at = (offset: number) => `$${first + offset}`;
  return `INSERT INTO stat_counters (dimension, day, value, measure, count)
    SELECT * FROM unnest(${at(0)}::text[], ${at(1)}::text[], ${at(2)}::text[], ${at(3)}::text[], ${at(4)}::bigint[])
    ON CONFLICT (dimension, day, value, measure) DO UPDATE SET count = stat_counters.count + excluded.count`;
}

/**
 * The increments as the five arrays `postgresUpsertCounters` takes.
 *
 * @example
 * counterColumns([{ day: '2026-12-01', dimension: 'all', value: '', measure: 'decisions', count: 3 }]);
 */
export function counterColumns(rows: CounterRow[]): unknown[] {
  return [
    rows.map((row) => row.dimension),
    rows.map((row) => row.day),
    rows.map((row) => row.value),
    rows.map((row) => row.measure),
    rows.map((row) => row.count),
  ];
}
