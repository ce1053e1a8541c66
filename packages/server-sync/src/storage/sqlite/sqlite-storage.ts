import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { headFromRow, recordFromRow } from '../rows.js';
import type { LedgerStorage } from '../types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { adaptiveExecutor } from './adaptive-executor.js';
import { localExecutor } from './sql-batch.js';
import { eraseSubjectRecords, purgeRecords } from './sqlite-writes.js';
import { sqliteWriteQueue } from './write-queue.js';
import { writerThread } from './writer-thread.js';

/**
 * Options of the SQLite store.
 *
 * @example
 * openSqliteStorage('./ledger.sqlite', { synchronous: 'NORMAL' });
 */
export interface SqliteStorageOptions {
  /**
   * `FULL` (default) fsyncs every commit, so an acknowledged record survives a power cut too;
   * `NORMAL` survives a process crash only. Group commit makes `FULL` cheap: one fsync per batch.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a writer waits for another process's lock, in ms. Default 5000. */
  busyTimeoutMs?: number;
  /**
   * Where commits run. `'auto'` (default): on the calling thread while they are quick (a commit
   * with its fsync takes about 1 ms on a local SSD, less than a hand-off to another thread
   * costs), moving for good to a worker thread's connection once they average over 5 ms (a slow
   * disk), so that fsync does not stall the event loop. `true`: always the worker thread. `false`:
   * always the calling thread. `:memory:` always writes on the calling thread, since a second
   * connection would open another, empty database.
   */
  writerThread?: boolean | 'auto';
}

type Row = Record<string, unknown>;
const PAGE = 500;

/**
 * Opens (creating if needed) a SQLite ledger file in WAL mode and applies pending migrations.
 * A file path is all it needs. Reads run on this thread's connection (WAL readers never wait for
 * a writer); writes run there too while commits are quick, else on a worker thread's connection
 * (see `writerThread`).
 *
 * @example
 * const ledger = createLedger({ storage: openSqliteStorage('./data/assent-ledger.sqlite') });
 */
export function openSqliteStorage(path: string, options: SqliteStorageOptions = {}): LedgerStorage {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const pragmas = [
    'journal_mode = WAL',
    `synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`,
    `busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`,
  ];
  const db = new Database(path);
  for (const pragma of pragmas) db.pragma(pragma);
  migrate(db);
  const mode = inMemory ? false : (options.writerThread ?? 'auto');
  const startThread = () => writerThread(path, pragmas);
  const writer = mode === 'auto' ? adaptiveExecutor(db, startThread) : mode ? startThread() : localExecutor(db);
  const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
  const writes = sqliteWriteQueue(writer, (consentId) => selectHead.get(consentId));
  const selectLatest = db.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq DESC LIMIT 1');
  const selectHistory = db.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq');
  const selectSubjectConsents = db.prepare('SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = ? ORDER BY consent_id');
  const selectChains = db.prepare('SELECT * FROM consent_chains WHERE consent_id > ? ORDER BY consent_id LIMIT ?');

  return {
    kind: 'sqlite',
    append: (drafts, seal) => writes.append(drafts, seal),
    latest: async (consentId) => {
      const row = selectLatest.get(consentId) as Row | undefined;
      return row ? recordFromRow(row) : undefined;
    },
    history: async (consentId) => (selectHistory.all(consentId) as Row[]).map(recordFromRow),
    bySubject: async (subjectId) =>
      (selectSubjectConsents.all(subjectId) as Row[]).flatMap((row) => (selectHistory.all(row.consent_id) as Row[]).map(recordFromRow)),
    erase: (subjectId, erasedAt) => writes.exclusive(() => eraseSubjectRecords(writer, subjectId, erasedAt)),
    purge: (cutoff) => writes.exclusive(() => purgeRecords(writer, cutoff)),
    async *chains() {
      for (let after = '', page: Row[]; (page = selectChains.all(after, PAGE) as Row[]).length; after = page.at(-1)!.consent_id as string) {
        for (const row of page) yield { chain: headFromRow(row), records: (selectHistory.all(row.consent_id) as Row[]).map(recordFromRow) };
      }
    },
    orphans: async () =>
      (db.prepare('SELECT COUNT(*) AS n FROM evidence_records r WHERE NOT EXISTS (SELECT 1 FROM consent_chains c WHERE c.consent_id = r.consent_id)').get() as { n: number }).n,
    ping: async () => void db.prepare('SELECT 1').get(),
    close: () =>
      writes.exclusive(async () => {
        await writer.close();
        db.close();
      }),
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS ledger_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  // IMMEDIATE: two processes opening a fresh file at once must not both apply a migration.
  db.transaction(() => {
    const applied = new Set((db.prepare('SELECT version FROM ledger_migrations').all() as Array<{ version: number }>).map((row) => row.version));
    for (const migration of SQLITE_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO ledger_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
}
