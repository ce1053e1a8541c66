import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EvidenceRecord } from '../../evidence/types.js';
import { RECORD_COLUMNS, headFromRow, recordFromRow, recordValues } from '../rows.js';
import type { ChainHead, LedgerStorage } from '../types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

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
}

type Row = Record<string, unknown>;
const PAGE = 500;

/**
 * Opens (creating if needed) a SQLite ledger file in WAL mode and applies pending migrations.
 * A file path is all it needs.
 *
 * @example
 * const ledger = createLedger({ storage: openSqliteStorage('./data/assent-ledger.sqlite') });
 */
export function openSqliteStorage(path: string, options: SqliteStorageOptions = {}): LedgerStorage {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  migrate(db);

  const insert = db.prepare(`INSERT INTO evidence_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`);
  const selectHead = db.prepare('SELECT * FROM consent_chains WHERE consent_id = ?');
  const selectRecord = db.prepare('SELECT * FROM evidence_records WHERE record_id = ?');
  const upsertHead = db.prepare(`INSERT INTO consent_chains (consent_id, head_seq, head_hash, head_revision, head_expires_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (consent_id) DO UPDATE SET head_seq = excluded.head_seq, head_hash = excluded.head_hash,
      head_revision = excluded.head_revision, head_expires_at = excluded.head_expires_at`);
  const selectLatest = db.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq DESC LIMIT 1');
  const selectHistory = db.prepare('SELECT * FROM evidence_records WHERE consent_id = ? ORDER BY seq');
  const selectSubjectConsents = db.prepare('SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = ? ORDER BY consent_id');
  const selectChains = db.prepare('SELECT * FROM consent_chains WHERE consent_id > ? ORDER BY consent_id LIMIT ?');

  const append = db.transaction((drafts: Parameters<LedgerStorage['append']>[0], seal: Parameters<LedgerStorage['append']>[1]) => {
    const heads = new Map<string, ChainHead>();
    const existing = new Map<string, EvidenceRecord>();
    for (const { input } of drafts) {
      const head = selectHead.get(input.consentId) as Row | undefined;
      if (head) heads.set(input.consentId, headFromRow(head));
      const stored = selectRecord.get(input.recordId) as Row | undefined;
      if (stored) existing.set(input.recordId, recordFromRow(stored));
    }
    const sealed = seal(drafts, heads, existing);
    for (const record of sealed.inserts) insert.run(recordValues(record, (gpc) => (gpc ? 1 : 0)));
    for (const head of sealed.heads) upsertHead.run(head.consentId, head.headSeq, head.headHash, head.headRevision, head.headExpiresAt);
    return sealed.outcomes;
  });

  const subjectRecords = (subjectId: string) =>
    (selectSubjectConsents.all(subjectId) as Row[]).flatMap((row) => (selectHistory.all(row.consent_id) as Row[]).map(recordFromRow));

  const erase = db.transaction((subjectId: string, erasedAt: string) => {
    const consentIds = (selectSubjectConsents.all(subjectId) as Row[]).map((row) => row.consent_id as string);
    let records = 0;
    const clear = db.prepare(`UPDATE evidence_records SET subject_id = NULL, ip = '', user_agent = '', identity_salt = '', erased_at = ?
      WHERE consent_id = ? AND erased_at IS NULL`);
    for (const consentId of consentIds) records += clear.run(erasedAt, consentId).changes;
    return { consentIds, records };
  });

  const purge = db.transaction((cutoff: string) => {
    // The last record of each chain that stopped applying (superseded or expired) before the
    // cutoff; it and everything before it go, so a chain only ever loses a prefix.
    const doomed = db.prepare(`SELECT r.consent_id, MAX(r.seq) AS upto FROM evidence_records r
      LEFT JOIN evidence_records n ON n.consent_id = r.consent_id AND n.seq = r.seq + 1
      WHERE r.expires_at < @cutoff OR n.recorded_at < @cutoff GROUP BY r.consent_id`).all({ cutoff }) as Row[];
    const hashAt = db.prepare('SELECT hash FROM evidence_records WHERE consent_id = ? AND seq = ?');
    const remove = db.prepare('DELETE FROM evidence_records WHERE consent_id = ? AND seq <= ?');
    const moveBase = db.prepare('UPDATE consent_chains SET base_seq = ?, base_hash = ? WHERE consent_id = ?');
    let records = 0;
    for (const { consent_id: consentId, upto } of doomed) {
      const { hash } = hashAt.get(consentId, upto) as { hash: string };
      records += remove.run(consentId, upto).changes;
      moveBase.run(upto, hash, consentId);
    }
    return { records, consents: doomed.length };
  });

  return {
    kind: 'sqlite',
    // better-sqlite3 is synchronous: the promise settles after COMMIT returned.
    append: async (drafts, seal) => append.immediate(drafts, seal),
    latest: async (consentId) => {
      const row = selectLatest.get(consentId) as Row | undefined;
      return row ? recordFromRow(row) : undefined;
    },
    history: async (consentId) => (selectHistory.all(consentId) as Row[]).map(recordFromRow),
    bySubject: async (subjectId) => subjectRecords(subjectId),
    erase: async (subjectId, erasedAt) => erase.immediate(subjectId, erasedAt),
    purge: async (cutoff) => purge.immediate(cutoff),
    async *chains() {
      for (let after = '', page: Row[]; (page = selectChains.all(after, PAGE) as Row[]).length; after = page.at(-1)!.consent_id as string) {
        for (const row of page) yield { chain: headFromRow(row), records: (selectHistory.all(row.consent_id) as Row[]).map(recordFromRow) };
      }
    },
    orphans: async () =>
      (db.prepare('SELECT COUNT(*) AS n FROM evidence_records r WHERE NOT EXISTS (SELECT 1 FROM consent_chains c WHERE c.consent_id = r.consent_id)').get() as { n: number }).n,
    ping: async () => void db.prepare('SELECT 1').get(),
    close: async () => void db.close(),
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
