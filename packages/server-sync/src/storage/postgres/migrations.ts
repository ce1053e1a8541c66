/**
 * Schema migrations for the PostgreSQL store: the same tables and columns as SQLite, with native
 * types (jsonb, boolean, timestamptz). Applied under an advisory lock so several ledger processes
 * starting together apply each migration once. Append new entries; never edit an applied one.
 *
 * @example
 * POSTGRES_MIGRATIONS.at(-1)?.version; // 4
 */
export const POSTGRES_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
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
];
