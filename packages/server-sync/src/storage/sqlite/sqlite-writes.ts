import type Database from 'better-sqlite3';
import type { EvidenceRecord } from '../../evidence/types.js';
import { HEAD_CHOICES, RECORD_COLUMNS, headFromRow, recordFromRow, recordValues } from '../rows.js';
import type { AppendOutcome, ChainHead, EvidenceDraft, SealBatch } from '../types.js';
import { erasureEntry, type AuditStamp, type NewAuditEntry } from '../audit.js';
import type { sqliteLog } from './sqlite-log.js';
import { counterIncrements } from '../../statistics/counters.js';
import { SQLITE_UPSERT_COUNTER } from './migrations.js';

type Row = Record<string, unknown>;

// With the head record's choices, which a new decision may withdraw (one indexed lookup).
const SELECT_HEAD = `SELECT c.*, ${HEAD_CHOICES} FROM consent_chains c
  LEFT JOIN evidence_records h ON h.consent_id = c.consent_id AND h.seq = c.head_seq WHERE c.consent_id = ?`;
const SELECT_RECORD = 'SELECT * FROM evidence_records WHERE record_id = ?';
const INSERT_RECORD = `INSERT INTO evidence_records (${RECORD_COLUMNS.map((column) => column.name).join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`;
const UPSERT_HEAD = `INSERT INTO consent_chains (consent_id, head_seq, head_hash, head_revision, head_expires_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (consent_id) DO UPDATE SET head_seq = excluded.head_seq, head_hash = excluded.head_hash,
    head_revision = excluded.head_revision, head_expires_at = excluded.head_expires_at`;
const SUBJECT_CONSENTS = 'SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = ? ORDER BY consent_id';
const ERASE = `UPDATE evidence_records SET subject_id = NULL, ip = '', user_agent = '', identity_salt = '', erased_at = ?
  WHERE consent_id IN (SELECT consent_id FROM evidence_records WHERE subject_id = ?) AND erased_at IS NULL`;
// Per chain, the last record that stopped applying (superseded or expired) before the cutoff
// becomes the chain's base; it and everything before it go, so a chain only ever loses a prefix.
const MOVE_BASES = `UPDATE consent_chains SET base_seq = d.upto, base_hash = r.hash
  FROM (SELECT r.consent_id, MAX(r.seq) AS upto FROM evidence_records r
        LEFT JOIN evidence_records n ON n.consent_id = r.consent_id AND n.seq = r.seq + 1
        WHERE r.expires_at < @cutoff OR n.recorded_at < @cutoff GROUP BY r.consent_id) AS d
  JOIN evidence_records r ON r.consent_id = d.consent_id AND r.seq = d.upto
  WHERE consent_chains.consent_id = d.consent_id`;
const REMOVE_BELOW_BASES = `DELETE FROM evidence_records WHERE rowid IN (
  SELECT r.rowid FROM evidence_records r JOIN consent_chains c ON c.consent_id = r.consent_id WHERE r.seq <= c.base_seq)`;
const ERASE_CONSENT = `UPDATE evidence_records SET subject_id = NULL, ip = '', user_agent = '', identity_salt = '', erased_at = ?
  WHERE consent_id = ? AND erased_at IS NULL`;
const CONSENT_ERASED_AT = 'SELECT MAX(erased_at) AS erased_at FROM evidence_records WHERE consent_id = ?';
// The dry run of a purge: MOVE_BASES' conditions, counting the records at or below each new base.
const COUNT_PURGE = `SELECT COUNT(DISTINCT d.consent_id) AS consents, COUNT(e.seq) AS records
  FROM (SELECT r.consent_id, MAX(r.seq) AS upto FROM evidence_records r
        LEFT JOIN evidence_records n ON n.consent_id = r.consent_id AND n.seq = r.seq + 1
        WHERE r.expires_at < @cutoff OR n.recorded_at < @cutoff GROUP BY r.consent_id) AS d
  JOIN consent_chains c ON c.consent_id = d.consent_id
  JOIN evidence_records e ON e.consent_id = d.consent_id AND e.seq <= d.upto`;

/**
 * The SQLite store's writes. Each is one `BEGIN IMMEDIATE` transaction on the calling thread:
 * better-sqlite3 is synchronous, so nothing else runs on this connection — or in this thread —
 * between reading the chain heads under the write lock and the commit.
 *
 * @example
 * const writes = sqliteWrites(db);
 * writes.append(drafts, seal); // AppendOutcome[], committed
 */
export interface SqliteWrites {
  /** Reads the heads and stored record ids under the write lock, seals, inserts, moves the heads, commits. */
  append(drafts: EvidenceDraft[], seal: SealBatch): AppendOutcome[];
  /** Clears subject id, IP, user agent and salt of every record of the subject's consent ids; audits it if any. */
  erase(subjectId: string, erasedAt: string, actor: string): { consentIds: string[]; records: number };
  /** Clears subject id, IP, user agent and salt of one consent id's records not yet erased; audits it if any. */
  eraseConsent(consentId: string, erasedAt: string, actor: string): { records: number; erasedAt: string | null };
  /** Deletes, per chain, the prefix of records that stopped applying before `cutoff`; moves the chain's base; audits it when asked. */
  purge(cutoff: string, audit?: AuditStamp): { records: number; consents: number };
  /** Counts what `purge(cutoff)` would delete (one read, same conditions); changes nothing. */
  countPurge(cutoff: string): { records: number; consents: number };
}

/**
 * Prepares the write statements on a connection and returns the write transactions.
 * Appends also extend the transparency log unless `log` is undefined (turned off); erasures and
 * purges write their audit entry with `audit` inside their own transaction.
 * If sealing or any statement throws, the transaction is rolled back and the error rethrown.
 *
 * @example
 * const writes = sqliteWrites(db, sqliteLog(db), sqliteAudit(db).insert);
 */
export function sqliteWrites(db: Database.Database, log: ReturnType<typeof sqliteLog> | undefined, audit: (entry: NewAuditEntry) => unknown): SqliteWrites {
  const selectHead = db.prepare(SELECT_HEAD);
  const selectRecord = db.prepare(SELECT_RECORD);
  const insertRecord = db.prepare(INSERT_RECORD);
  const upsertHead = db.prepare(UPSERT_HEAD);
  const subjectConsents = db.prepare(SUBJECT_CONSENTS).pluck();
  const eraseRecords = db.prepare(ERASE);
  const moveBases = db.prepare(MOVE_BASES);
  const removeBelowBases = db.prepare(REMOVE_BELOW_BASES);
  const eraseConsentRecords = db.prepare(ERASE_CONSENT);
  const consentErasedAt = db.prepare(CONSENT_ERASED_AT);
  const countPurge = db.prepare(COUNT_PURGE);
  const upsertCounter = db.prepare(SQLITE_UPSERT_COUNTER);

  const append = db.transaction((drafts: EvidenceDraft[], seal: SealBatch): AppendOutcome[] => {
    const heads = new Map<string, ChainHead>();
    for (const draft of drafts) {
      const { consentId } = draft.input;
      const row = heads.has(consentId) ? undefined : (selectHead.get(consentId) as Row | undefined);
      if (row) heads.set(consentId, headFromRow(row));
    }
    // A resend of a stored record id is answered with the stored record, not a duplicate.
    const existing = new Map<string, EvidenceRecord>();
    for (const draft of drafts) {
      const row = selectRecord.get(draft.input.recordId) as Row | undefined;
      if (row) existing.set(draft.input.recordId, recordFromRow(row));
    }
    const sealed = seal(drafts, heads, existing);
    // Under the same write lock as the records: leaf order is commit order. Sets each leafIndex.
    if (sealed.inserts.length) log?.grow(sealed.inserts);
    for (const record of sealed.inserts) insertRecord.run(recordValues(record, (gpc) => (gpc ? 1 : 0)));
    for (const head of sealed.heads) upsertHead.run(head.consentId, head.headSeq, head.headHash, head.headRevision, head.headExpiresAt);
    // The statistics: one increment per counter for the whole batch; a resent record id is not
    // among the inserts, so it is not counted again.
    for (const row of counterIncrements(sealed.inserts)) upsertCounter.run(row.dimension, row.day, row.value, row.measure, row.count);
    return sealed.outcomes;
  });
  const erase = db.transaction((subjectId: string, erasedAt: string, actor: string) => {
    const consentIds = subjectConsents.all(subjectId) as string[];
    const records = eraseRecords.run(erasedAt, subjectId).changes;
    if (records) audit(erasureEntry('subject', consentIds, records, { actor, at: erasedAt }));
    return { consentIds, records };
  });
  const eraseConsent = db.transaction((consentId: string, erasedAt: string, actor: string) => {
    const records = eraseConsentRecords.run(erasedAt, consentId).changes;
    const state = consentErasedAt.get(consentId) as { erased_at: string | null };
    if (records) audit(erasureEntry('consent', [consentId], records, { actor, at: erasedAt }));
    return { records, erasedAt: state.erased_at };
  });
  const purge = db.transaction((cutoff: string, stamp: AuditStamp | undefined) => {
    const consents = moveBases.run({ cutoff }).changes;
    const records = removeBelowBases.run().changes;
    if (stamp) audit({ kind: 'purge', at: stamp.at, actor: stamp.actor, details: { records, consents, cutoff } });
    return { records, consents };
  });

  return {
    append: (drafts, seal) => append.immediate(drafts, seal),
    erase: (subjectId, erasedAt, actor) => erase.immediate(subjectId, erasedAt, actor),
    eraseConsent: (consentId, erasedAt, actor) => eraseConsent.immediate(consentId, erasedAt, actor),
    purge: (cutoff, stamp) => purge.immediate(cutoff, stamp),
    countPurge: (cutoff) => {
      const counts = countPurge.get({ cutoff }) as { records: number; consents: number };
      return { records: counts.records, consents: counts.consents };
    },
  };
}
