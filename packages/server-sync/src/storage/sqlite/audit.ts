import type Database from 'better-sqlite3';
import { auditEntryFromRow, type AuditEntry, type AuditStorage, type NewAuditEntry } from '../audit.js';

/**
 * The SQLite store's `audit_log`: `insert` runs on the calling thread and joins the transaction
 * in progress (the erasures and purges call it inside theirs); `storage` is the async interface.
 *
 * @example
 * const audit = sqliteAudit(db);
 * db.transaction(() => { eraseRecords.run(…); audit.insert(entry); })();
 */
export function sqliteAudit(db: Database.Database): { storage: AuditStorage; insert(entry: NewAuditEntry): AuditEntry } {
  const insertRow = db.prepare('INSERT INTO audit_log (kind, at, actor, details) VALUES (?, ?, ?, ?)');
  // Two statements rather than `(? IS NULL OR kind = ?)`: each is one range scan of an index.
  const listAll = db.prepare('SELECT id, kind, at, actor, details FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?');
  const listKind = db.prepare('SELECT id, kind, at, actor, details FROM audit_log WHERE kind = ? AND id < ? ORDER BY id DESC LIMIT ?');
  const insert = (entry: NewAuditEntry): AuditEntry => {
    const id = Number(insertRow.run(entry.kind, entry.at, entry.actor, JSON.stringify(entry.details)).lastInsertRowid);
    return { id, ...entry } as AuditEntry;
  };
  return {
    insert,
    storage: {
      append: async (entry) => insert(entry),
      list: async ({ kind, limit, before }) => {
        const below = before ?? Number.MAX_SAFE_INTEGER;
        const rows = (kind === undefined ? listAll.all(below, limit) : listKind.all(kind, below, limit)) as Array<Record<string, unknown>>;
        return rows.map(auditEntryFromRow);
      },
    },
  };
}
