import type Database from 'better-sqlite3';
import { BACKFILL_PAGE, COUNTED_COLUMNS, counterIncrements, countedFromRow } from '../../statistics/counters.js';

/**
 * Schema migrations for the SQLite store, applied in order and recorded in `ledger_migrations`.
 * Timestamps are ISO 8601 UTC text of fixed width, so text order is time order.
 * Append new entries; never edit an applied one.
 *
 * @example
 * SQLITE_MIGRATIONS.at(-1)?.version; // 8
 */
export const SQLITE_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string; backfill?: (db: Database.Database) => void }> = [
  {
    version: 1,
    name: 'evidence records and consent chains',
    sql: `
      CREATE TABLE evidence_records (
        record_id TEXT PRIMARY KEY,
        consent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        subject_id TEXT,
        event TEXT NOT NULL,
        categories TEXT NOT NULL,
        services TEXT NOT NULL,
        revision TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        locale TEXT NOT NULL,
        method TEXT NOT NULL,
        region TEXT NOT NULL,
        regime TEXT NOT NULL,
        gpc INTEGER NOT NULL,
        client_time TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        ip TEXT NOT NULL,
        user_agent TEXT NOT NULL,
        origin TEXT NOT NULL,
        sdk_version TEXT NOT NULL,
        identity_salt TEXT NOT NULL,
        identity_digest TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        erased_at TEXT,
        UNIQUE (consent_id, seq)
      );
      CREATE INDEX evidence_records_subject ON evidence_records (subject_id) WHERE subject_id IS NOT NULL;
      CREATE INDEX evidence_records_expires ON evidence_records (expires_at);
      CREATE TABLE consent_chains (
        consent_id TEXT PRIMARY KEY,
        head_seq INTEGER NOT NULL DEFAULT 0,
        head_hash TEXT NOT NULL DEFAULT '',
        head_revision TEXT NOT NULL DEFAULT '',
        head_expires_at TEXT NOT NULL DEFAULT '',
        base_seq INTEGER NOT NULL DEFAULT 0,
        base_hash TEXT NOT NULL DEFAULT ''
      );`,
  },
  {
    version: 2,
    // NULL on the records before it: they keep hash format v1 and verify as they were sealed.
    name: 'what a withdrawal withdrew',
    sql: 'ALTER TABLE evidence_records ADD COLUMN withdrawn TEXT',
  },
  {
    version: 3,
    // Hashes are lowercase hex text in both stores. Existing records get their leaves when the
    // store opens (catch-up in commit order), so an upgraded ledger's log covers them too.
    name: 'transparency log',
    sql: `
      ALTER TABLE evidence_records ADD COLUMN leaf_index INTEGER;
      -- Empty in normal operation (appends set leaf_index): it finds the records still to be logged.
      CREATE INDEX evidence_records_unlogged ON evidence_records (recorded_at, consent_id, seq) WHERE leaf_index IS NULL;
      CREATE TABLE log_leaves (
        leaf_index INTEGER PRIMARY KEY,
        consent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        record_hash TEXT NOT NULL
      );
      CREATE TABLE log_nodes (
        level INTEGER NOT NULL,
        node_index INTEGER NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (level, node_index)
      ) WITHOUT ROWID;
      CREATE TABLE log_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        tree_size INTEGER NOT NULL,
        frontier TEXT NOT NULL
      );
      INSERT INTO log_state (id, tree_size, frontier) VALUES (1, 0, '');
      CREATE TABLE log_checkpoints (
        tree_size INTEGER PRIMARY KEY,
        root_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        note TEXT NOT NULL
      );`,
  },
  {
    version: 4,
    // Records before it have no notice (NULL) and keep hash formats v1/v2; v3 only for records with one.
    name: 'text snapshots and the privacy notice reference',
    sql: `
      CREATE TABLE text_snapshots (
        text_hash TEXT PRIMARY KEY,
        locale TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;
      ALTER TABLE evidence_records ADD COLUMN notice TEXT;`,
  },
  {
    version: 5,
    // Aggregate counts for the statistics (see src/statistics/counters.ts): one row per
    // (dimension, UTC day, value, measure). The key starts with the dimension: a query reads one
    // dimension over a range of days. The backfill counts the records already stored, a page at a
    // time, inside the migration's transaction: appends (which count live) wait until it commits,
    // so no record is counted twice or missed.
    name: 'statistics counters',
    sql: `
      CREATE TABLE stat_counters (
        dimension TEXT NOT NULL,
        day TEXT NOT NULL,
        value TEXT NOT NULL,
        measure TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (dimension, day, value, measure)
      ) WITHOUT ROWID;`,
    backfill: (db) => {
      // In rowid order: the table's own order, read sequentially (no row moves inside this transaction).
      const page = db.prepare(`SELECT rowid, ${COUNTED_COLUMNS} FROM evidence_records WHERE rowid > ? ORDER BY rowid LIMIT ${BACKFILL_PAGE}`);
      const upsert = db.prepare(SQLITE_UPSERT_COUNTER);
      for (let after = 0, rows: Array<Record<string, unknown>>; (rows = page.all(after) as Array<Record<string, unknown>>).length; ) {
        for (const row of counterIncrements(rows.map(countedFromRow))) upsert.run(row.dimension, row.day, row.value, row.measure, row.count);
        after = Number(rows.at(-1)!.rowid);
      }
    },
  },
  {
    version: 6,
    // The ledger's log of its own operations (erasures, verify runs, purges) for the privacy
    // officer's console: listed newest first, of one kind or all (the primary key covers "all").
    // Details are JSON text. AUTOINCREMENT: an id is never reused, so `before` pages stay stable.
    // The records' recorded_at index answers "the oldest record held" without reading them all.
    name: 'audit log',
    sql: `
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('erasure', 'verify', 'purge')),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        details TEXT NOT NULL
      );
      CREATE INDEX audit_log_kind ON audit_log (kind, id DESC);
      CREATE INDEX evidence_records_recorded ON evidence_records (recorded_at);`,
  },
  {
    version: 7,
    // Records before it have no TCF evidence (NULL) and keep hash formats v1–v3; v4 only for records with it.
    name: 'TCF consent evidence',
    sql: 'ALTER TABLE evidence_records ADD COLUMN tcf TEXT',
  },
  {
    version: 8,
    // Records before it have no GPP evidence (NULL) and keep hash formats v1–v4; v5 only for records with it.
    name: 'GPP consent evidence',
    sql: 'ALTER TABLE evidence_records ADD COLUMN gpp TEXT',
  },
];

/**
 * Adds one increment to a counter (parameters: dimension, day, value, measure, count).
 *
 * @example
 * db.prepare(SQLITE_UPSERT_COUNTER).run('all', '2026-12-01', '', 'decisions', 3);
 */
export const SQLITE_UPSERT_COUNTER = `INSERT INTO stat_counters (dimension, day, value, measure, count) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (dimension, day, value, measure) DO UPDATE SET count = count + excluded.count`;
