import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadDriver } from '../drivers.js';
import { headFromRow, recordFromRow } from '../rows.js';
import type { AppendOutcome, LedgerStorage } from '../types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { sqliteLog } from './sqlite-log.js';
import { sqliteTexts } from './texts.js';
import { sqliteWrites } from './sqlite-writes.js';
import { sqliteStatistics } from './statistics.js';
import { sqliteAudit } from './audit.js';
import { walSync } from './wal-sync.js';

/**
 * Options of the SQLite store.
 *
 * @example
 * openSqliteStorage('./ledger.sqlite', { synchronous: 'NORMAL' });
 */
export interface SqliteStorageOptions {
  /**
   * `FULL` (default) fsyncs every commit before acknowledging it, so an acknowledged record
   * survives a power cut too; `NORMAL` survives a process crash only. Group commit makes `FULL`
   * cheap: one fsync per batch, and for appends it runs off the event loop (see wal-sync.ts).
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a writer waits for another process's lock, in ms. Default 5000. */
  busyTimeoutMs?: number;
  /**
   * Whether appends extend the transparency log. Default `true`; `false` exists to measure what the
   * log costs. Records written without it get their leaves the next time the store opens with it.
   */
  transparencyLog?: boolean;
}

type Row = Record<string, unknown>;
const PAGE = 500;

/**
 * Opens (creating if needed) a SQLite ledger file in WAL mode and applies pending migrations.
 * A file path is all it needs. Reads and writes run on one connection on the calling thread;
 * the ledger's group commit makes each write transaction (and its fsync) cover a whole batch.
 *
 * @example
 * const ledger = createLedger({ storage: openSqliteStorage('./data/assent-ledger.sqlite') });
 */
export function openSqliteStorage(path: string, options: SqliteStorageOptions = {}): LedgerStorage {
  // Loaded here, not imported: importing the package works without the driver (see drivers.ts).
  const Database = loadDriver<typeof BetterSqlite3>('better-sqlite3');
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const pragmas = [
    'journal_mode = WAL',
    `synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`,
    `busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`,
    // SQLite's default page cache is 2 MB; an append walks the record-id, (consent id, seq) and
    // chain-key indexes at random (the record-id index alone is ~45 MB at 1 M records). 64 MB keeps their upper
    // levels and hot leaves in the process instead of re-reading them from the OS cache.
    'cache_size = -65536',
  ];
  const db = new Database(path);
  for (const pragma of pragmas) db.pragma(pragma);
  migrate(db);
  // Appends on a file with FULL commit with NORMAL and flush the WAL on the thread pool before
  // they are acknowledged: the same guarantee, without the thread waiting for the disk.
  const wal = !inMemory && options.synchronous !== 'NORMAL' ? walSync(`${resolve(path)}-wal`) : undefined;
  const relaxCommits = db.prepare('PRAGMA synchronous = NORMAL');
  const strictCommits = db.prepare('PRAGMA synchronous = FULL');
  // Reads answer only with what is on disk: a record committed but still being flushed waits for
  // its flush, as it would have under FULL (where the commit itself waited).
  const durable = <T>(value: T): T | Promise<T> => {
    const pending = wal?.pending();
    return pending ? pending.then(() => value) : value;
  };
  const log = sqliteLog(db);
  const logOn = options.transparencyLog !== false;
  if (logOn) log.catchUp();
  const audit = sqliteAudit(db);
  const writes = sqliteWrites(db, logOn ? log : undefined, audit.insert);
  const selectLatest = db.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq DESC LIMIT 1');
  const selectHistory = db.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq');
  const selectSubjectConsents = db.prepare('SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = ? ORDER BY consent_id');
  const selectChains = db.prepare('SELECT * FROM consent_chains WHERE consent_id > ? ORDER BY consent_id LIMIT ?');
  // One end of the recorded_at index (migration 6).
  const selectOldest = db.prepare('SELECT MIN(recorded_at) AS at FROM evidence_records').pluck();
  const selectBase = db.prepare('SELECT base_seq, base_hash FROM consent_chains WHERE consent_id = ?');

  return {
    kind: 'sqlite',
    log: {
      ...log.storage,
      state: async () => durable(await log.storage.state()),
      leaves: async (start, limit) => durable(await log.storage.leaves(start, limit)),
      leafOf: async (recordId) => durable(await log.storage.leafOf(recordId)),
    },
    texts: sqliteTexts(db),
    statistics: sqliteStatistics(db),
    audit: audit.storage,
    append: async (drafts, seal) => {
      if (!wal) return writes.append(drafts, seal);
      wal.assertHealthy();
      relaxCommits.run();
      let outcomes: AppendOutcome[];
      try {
        outcomes = writes.append(drafts, seal);
      } finally {
        strictCommits.run();
      }
      await wal.flush();
      return outcomes;
    },
    latest: async (consentId) => {
      const row = selectLatest.get(consentId) as Row | undefined;
      return durable(row ? recordFromRow(row) : undefined);
    },
    history: async (consentId) => durable((selectHistory.all(consentId) as Row[]).map(recordFromRow)),
    bySubject: async (subjectId) =>
      durable((selectSubjectConsents.all(subjectId) as Row[]).flatMap((row) => (selectHistory.all(row.consent_id) as Row[]).map(recordFromRow))),
    erase: async (subjectId, erasedAt, actor) => writes.erase(subjectId, erasedAt, actor),
    eraseConsent: async (consentId, erasedAt, actor) => writes.eraseConsent(consentId, erasedAt, actor),
    purge: async (cutoff, purgeOptions = {}) => (purgeOptions.dryRun ? writes.countPurge(cutoff) : writes.purge(cutoff, purgeOptions.audit)),
    oldestRecordAt: async () => (selectOldest.get() as string | null | undefined) ?? null,
    chainBases: async (consentIds) => {
      const bases: Record<string, { baseSeq: number; baseHash: string }> = {};
      for (const consentId of consentIds) {
        const row = selectBase.get(consentId) as { base_seq: number; base_hash: string } | undefined;
        if (row) bases[consentId] = { baseSeq: row.base_seq, baseHash: row.base_hash };
      }
      return bases;
    },
    async *chains() {
      for (let after = '', page: Row[]; (page = selectChains.all(after, PAGE) as Row[]).length; after = page.at(-1)!.consent_id as string) {
        for (const row of page) yield durable({ chain: headFromRow(row), records: (selectHistory.all(row.consent_id) as Row[]).map(recordFromRow) });
      }
    },
    orphans: async () =>
      (
        db
          .prepare('SELECT COUNT(*) AS n FROM evidence_records r WHERE NOT EXISTS (SELECT 1 FROM consent_chains c WHERE c.consent_id = r.consent_id)')
          .get() as { n: number }
      ).n,
    ping: async () => void db.prepare('SELECT 1').get(),
    close: async () => {
      await wal?.pending()?.catch(() => {});
      db.close();
      wal?.close();
    },
  };
}

function migrate(db: BetterSqlite3.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS ledger_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  // IMMEDIATE: two processes opening a fresh file at once must not both apply a migration.
  db.transaction(() => {
    const applied = new Set((db.prepare('SELECT version FROM ledger_migrations').all() as Array<{ version: number }>).map((row) => row.version));
    // A file a later version migrated: this code would write around what it added.
    const known = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
    const newest = Math.max(0, ...applied);
    if (newest > known) throw new Error(`schema version ${newest} is newer than this ledger knows (${known}): upgrade assent-ledger on every node`);
    for (const migration of SQLITE_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      migration.backfill?.(db);
      db.prepare('INSERT INTO ledger_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
}
