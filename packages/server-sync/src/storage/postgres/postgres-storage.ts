import type pg from 'pg';
import type { EvidenceRecord } from '../../evidence/types.js';
import { loadDriver } from '../drivers.js';
import { RECORD_COLUMNS, headFromRow, recordFromRow, recordValues, type ColumnKind } from '../rows.js';
import type { ChainHead, LedgerStorage } from '../types.js';
import { counterIncrements } from '../../statistics/counters.js';
import { counterColumns, POSTGRES_MIGRATIONS, postgresUpsertCounters } from './migrations.js';
import { postgresLatest } from './latest.js';
import { postgresMaintenance } from './maintenance.js';
import { currentPartitions, ensurePartitions, isMissingPartition } from './partitions.js';
import { postgresStatistics } from './statistics.js';
import { transaction } from './transaction.js';
import { postgresTexts } from './texts.js';
import { catchUpPostgresLog, lockPostgresLog, logWrites, postgresLogStorage } from './postgres-log.js';

/**
 * Options of the PostgreSQL store.
 *
 * @example
 * await openPostgresStorage('postgres://ledger@db/assent', { maxConnections: 20 });
 */
export interface PostgresStorageOptions {
  /** Pool size. Default 10. */
  maxConnections?: number;
  /** Receives errors of idle pooled connections (e.g. the server restarted). */
  onError?: (error: Error) => void;
  /** As `SqliteStorageOptions.transparencyLog`: `false` only to measure what the log costs. */
  transparencyLog?: boolean;
}

/**
 * Connection settings: any option of pg's `PoolConfig` (see the pg documentation). Declared here
 * rather than taken from `@types/pg`, so that the package's types need neither pg nor its types.
 *
 * @example
 * await openPostgresStorage({ host: 'db', database: 'assent', user: 'ledger', password: process.env.PGPASSWORD });
 */
export interface PostgresConnectionConfig {
  connectionString?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string | (() => string | Promise<string>);
  database?: string;
  ssl?: boolean | object;
  /** Any other PoolConfig option, passed on to pg as it is. */
  // biome-ignore lint/suspicious/noExplicitAny: `unknown` would reject a value typed as pg's PoolConfig interface
  [option: string]: any;
}

type Row = Record<string, unknown>;
const PAGE = 500;
const MIGRATION_LOCK = 0x61737365; // 'asse': one advisory lock id for all ledger migrations
// Unique violation, serialization failure, deadlock: the batch is retried from the start.
const RETRYABLE = new Set(['23505', '40001', '40P01']);

// Column types for unnest(); the first 25 columns (erased_at starts out NULL).
// Rows go in as one array per column (unnest): JSON and times travel as text and are cast.
const ARRAY_TYPES: Record<ColumnKind, [string, string]> = {
  text: ['text', ''],
  integer: ['int', ''],
  json: ['text', '::jsonb'],
  boolean: ['boolean', ''],
  time: ['text', '::timestamptz'],
};
const INSERT_SQL = `INSERT INTO evidence_records (${RECORD_COLUMNS.map((column) => column.name).join(', ')})
  SELECT ${RECORD_COLUMNS.map((column) => `${column.name}${ARRAY_TYPES[column.kind][1]}`).join(', ')}
  FROM unnest(${RECORD_COLUMNS.map((column, index) => `$${index + 1}::${ARRAY_TYPES[column.kind][0]}[]`).join(', ')}) AS t(${RECORD_COLUMNS.map((column) => column.name).join(', ')})`;
// One row per record in evidence_keys, from the same parameters as the records.
const KEY_PARAMETERS = (['record_id', 'consent_id', 'seq', 'recorded_at'] as const).map((name) => {
  const index = RECORD_COLUMNS.findIndex((column) => column.name === name);
  return `$${index + 1}::${ARRAY_TYPES[RECORD_COLUMNS[index]!.kind][0]}[]`;
});
const INSERT_KEYS_SQL = `INSERT INTO evidence_keys (record_id, consent_id, seq, recorded_at)
  SELECT record_id, consent_id, seq, recorded_at::timestamptz FROM unnest(${KEY_PARAMETERS.join(', ')}) AS k(record_id, consent_id, seq, recorded_at)`;
const HEAD_PARAMETERS = RECORD_COLUMNS.length;
// head_record: the chain's latest record in full, what a check answers (latest.ts).
const UPDATE_HEADS_SQL = `UPDATE consent_chains c SET head_seq = v.seq, head_hash = v.hash, head_revision = v.revision, head_expires_at = v.expires_at,
    head_record = v.head_record::jsonb
  FROM unnest($${HEAD_PARAMETERS + 1}::text[], $${HEAD_PARAMETERS + 2}::int[], $${HEAD_PARAMETERS + 3}::text[], $${HEAD_PARAMETERS + 4}::text[], $${HEAD_PARAMETERS + 5}::text[], $${HEAD_PARAMETERS + 6}::text[])
    AS v(consent_id, seq, hash, revision, expires_at, head_record)
  WHERE c.consent_id = v.consent_id`;
// Parameters of the records and the heads; the log's come after them.
const WRITE_PARAMETERS = HEAD_PARAMETERS + 6;
// The chain row without head_record, which only checks read.
const CHAIN_COLUMNS = 'c.consent_id, c.head_seq, c.head_hash, c.head_revision, c.head_expires_at, c.base_seq, c.base_hash';
// Record ids already stored: evidence_keys' primary key. Usually none, and then that is all: the
// records themselves are read only for ids found, each in the one partition its recorded_at names.
const EXISTING_KEYS_SQL = 'SELECT record_id, recorded_at FROM evidence_keys WHERE record_id = ANY($1)';
const EXISTING_SQL = `SELECT e.* FROM unnest($1::text[], $2::timestamptz[]) AS k(record_id, recorded_at)
  JOIN evidence_records e ON e.record_id = k.record_id AND e.recorded_at = k.recorded_at`;

/**
 * A record as `consent_chains.head_record` holds it: every field of `RECORD_COLUMNS` (absent ones
 * as null), so that it reads back equal to the record the history holds.
 *
 * @example
 * const json = headRecordJson(record); // '{"recordId":"r-1",…}'
 */
export function headRecordJson(record: EvidenceRecord): string {
  return JSON.stringify(Object.fromEntries(RECORD_COLUMNS.map(({ field }) => [field, record[field] ?? null])));
}

/**
 * Connects to PostgreSQL, applies pending migrations and returns the store. Appends lock the
 * chain rows they extend (`SELECT … FOR UPDATE`, in sorted order), so several ledger processes
 * on one database never fork a chain; `UNIQUE (consent_id, seq)` backs that up.
 *
 * @example
 * const storage = await openPostgresStorage(process.env.DATABASE_URL!);
 * const ledger = createLedger({ storage });
 */
export async function openPostgresStorage(connection: string | PostgresConnectionConfig, options: PostgresStorageOptions = {}): Promise<LedgerStorage> {
  // Loaded here, not imported: importing the package works without the driver (see drivers.ts).
  const { Pool } = loadDriver<typeof pg>('pg');
  const config: pg.PoolConfig = typeof connection === 'string' ? { connectionString: connection } : connection;
  const pool = new Pool({ max: options.maxConnections ?? 10, ...config });
  pool.on('error', (error) => options.onError?.(error));
  const partitions = currentPartitions(pool);
  try {
    await transaction(pool, migrate);
    await partitions.ensure();
  } catch (error) {
    await pool.end();
    throw error;
  }
  const query = async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows as Row[];
  const logOn = options.transparencyLog !== false;
  try {
    if (logOn) await catchUpPostgresLog((work) => transaction(pool, work));
  } catch (error) {
    await pool.end();
    throw error;
  }
  const historyOf = async (consentIds: string[]) =>
    (await query('SELECT * FROM evidence_records WHERE consent_id = ANY($1) ORDER BY consent_id, seq', [consentIds])).map(recordFromRow);

  return {
    kind: 'postgres',
    log: postgresLogStorage(query),
    texts: postgresTexts(pool),
    statistics: postgresStatistics(query),
    async append(drafts, seal) {
      const consentIds = [...new Set(drafts.map((draft) => draft.input.consentId))].sort();
      const recordIds = [...new Set(drafts.map((draft) => draft.input.recordId))];
      // Outside the append's transaction: creating a partition locks the whole table.
      await partitions.ensure();
      let recordedAt: string[] = [];
      for (let attempt = 1; ; attempt++) {
        try {
          return await transaction(pool, async (client) => {
            await client.query('INSERT INTO consent_chains (consent_id) SELECT id FROM unnest($1::text[]) AS id ORDER BY id ON CONFLICT DO NOTHING', [
              consentIds,
            ]);
            const heads = new Map<string, ChainHead>();
            // With the head record's choices, which a new decision may withdraw; only the chain rows are locked.
            const headRows = await client.query(
              `SELECT ${CHAIN_COLUMNS}, c.head_record->'categories' AS head_categories, c.head_record->'services' AS head_services
              FROM consent_chains c WHERE c.consent_id = ANY($1) ORDER BY c.consent_id FOR UPDATE`,
              [consentIds],
            );
            for (const row of headRows.rows) {
              heads.set(row.consent_id, headFromRow(row));
            }
            const existing = new Map<string, EvidenceRecord>();
            const keys = (await client.query(EXISTING_KEYS_SQL, [recordIds])).rows;
            if (keys.length) {
              const found = await client.query(EXISTING_SQL, [keys.map((key) => key.record_id), keys.map((key) => key.recorded_at)]);
              for (const row of found.rows) existing.set(row.record_id, recordFromRow(row));
            }
            const sealed = seal(drafts, heads, existing);
            recordedAt = sealed.inserts.map((record) => record.recordedAt);
            // Every new record moves its chain's head, so there is nothing to write without inserts.
            if (sealed.inserts.length) {
              // Sets each leafIndex, so it goes in with the record; the log's row stays locked from
              // here to the commit: one statement writes records, heads and the log together.
              // The statistics' increments, one per counter for the batch, in the same statement:
              // a resent record id is not among the inserts, so it is not counted again.
              const counters = counterColumns(counterIncrements(sealed.inserts));
              const log = logOn ? logWrites(await lockPostgresLog(client, sealed.inserts), WRITE_PARAMETERS + counters.length + 1) : { ctes: [], values: [] };
              const rows = sealed.inserts.map((record) => recordValues(record, (gpc) => gpc));
              const headRecords = new Map(sealed.inserts.map((record) => [record.consentId, headRecordJson(record)]));
              const ctes = [
                ...log.ctes,
                `records_added AS (${INSERT_SQL})`,
                `keys_added AS (${INSERT_KEYS_SQL})`,
                `counters_added AS (${postgresUpsertCounters(WRITE_PARAMETERS + 1)})`,
              ];
              await client.query(`WITH ${ctes.join(', ')} ${UPDATE_HEADS_SQL}`, [
                ...RECORD_COLUMNS.map((_, column) => rows.map((row) => row[column])),
                sealed.heads.map((head) => head.consentId),
                sealed.heads.map((head) => head.headSeq),
                sealed.heads.map((head) => head.headHash),
                sealed.heads.map((head) => head.headRevision),
                sealed.heads.map((head) => head.headExpiresAt),
                sealed.heads.map((head) => headRecords.get(head.consentId)),
                ...counters,
                ...log.values,
              ]);
            }
            return sealed.outcomes;
          });
        } catch (error) {
          // A record of a month without its partition (a clock far off, or the month just turned in
          // another process's view): create it and append again, so no record is refused for it.
          if (attempt < 5 && isMissingPartition(error)) {
            await ensurePartitions(pool, recordedAt);
            continue;
          }
          // A record id inserted meanwhile by another process under another consent id, or a deadlock:
          // the retry sees the stored record and answers with it.
          if (attempt >= 5 || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
        }
      }
    },
    latest: (consentId) => postgresLatest(query, consentId),
    history: (consentId) => historyOf([consentId]),
    chainBases: async (consentIds) =>
      Object.fromEntries(
        (await query('SELECT consent_id, base_seq, base_hash FROM consent_chains WHERE consent_id = ANY($1)', [consentIds])).map((row) => [
          row.consent_id as string,
          { baseSeq: Number(row.base_seq), baseHash: row.base_hash as string },
        ]),
      ),
    bySubject: async (subjectId) =>
      historyOf((await query('SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = $1', [subjectId])).map((row) => row.consent_id as string)),
    ...postgresMaintenance(pool, partitions.forget),
    async *chains() {
      for (
        let after = '', page: Row[];
        (page = await query(`SELECT ${CHAIN_COLUMNS}, c.head_record FROM consent_chains c WHERE consent_id > $1 ORDER BY consent_id LIMIT $2`, [after, PAGE]))
          .length;
        after = page.at(-1)!.consent_id as string
      ) {
        const records = await historyOf(page.map((row) => row.consent_id as string));
        const byConsent = new Map<string, EvidenceRecord[]>();
        for (const record of records) byConsent.get(record.consentId)?.push(record) ?? byConsent.set(record.consentId, [record]);
        for (const row of page) {
          const headRecord = (typeof row.head_record === 'string' ? JSON.parse(row.head_record) : row.head_record) as EvidenceRecord | null;
          yield { chain: { ...headFromRow(row), headRecord }, records: byConsent.get(row.consent_id as string) ?? [] };
        }
      }
    },
    orphans: async () =>
      Number(
        (await query('SELECT COUNT(*) AS n FROM evidence_records r WHERE NOT EXISTS (SELECT 1 FROM consent_chains c WHERE c.consent_id = r.consent_id)'))[0]
          ?.n ?? 0,
      ),
    // Two anti-joins over the whole tables, as verify reads everything anyway.
    keyMismatches: async () => {
      const [row] = await query(`SELECT
        (SELECT COUNT(*) FROM evidence_records r WHERE NOT EXISTS (SELECT 1 FROM evidence_keys k
          WHERE k.record_id = r.record_id AND k.consent_id = r.consent_id AND k.seq = r.seq AND k.recorded_at = r.recorded_at)) AS records_without_keys,
        (SELECT COUNT(*) FROM evidence_keys k WHERE NOT EXISTS (SELECT 1 FROM evidence_records r
          WHERE r.record_id = k.record_id AND r.recorded_at = k.recorded_at)) AS keys_without_records`);
      return { recordsWithoutKeys: Number(row?.records_without_keys ?? 0), keysWithoutRecords: Number(row?.keys_without_records ?? 0) };
    },
    ping: async () => void (await pool.query('SELECT 1')),
    close: () => pool.end(),
  };
}

async function migrate(client: pg.PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await client.query('CREATE TABLE IF NOT EXISTS ledger_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
  const applied = new Set((await client.query('SELECT version FROM ledger_migrations')).rows.map((row) => row.version as number));
  // A database a later version migrated: this code would write around what it added.
  const known = POSTGRES_MIGRATIONS.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > known) throw new Error(`schema version ${newest} is newer than this ledger knows (${known}): upgrade assent-ledger on every node`);
  for (const migration of POSTGRES_MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    await client.query(migration.sql);
    await migration.backfill?.(client);
    await client.query('INSERT INTO ledger_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
  }
}
