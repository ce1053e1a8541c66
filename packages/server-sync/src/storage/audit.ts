/**
 * The operations the ledger keeps an audit log of (table `audit_log`, migration 6).
 *
 * @example
 * const kind: AuditKind = 'erasure';
 */
export type AuditKind = 'erasure' | 'verify' | 'purge';

/**
 * Every kind, in the order of the table's check constraint.
 *
 * @example
 * AUDIT_KINDS.includes('purge'); // true
 */
export const AUDIT_KINDS: readonly AuditKind[] = ['erasure', 'verify', 'purge'];

/**
 * What an erasure cleared. The subject id itself is not kept (it is what was erased); the
 * consent ids are random and stay in the chains anyway.
 *
 * @example
 * const details: ErasureAuditDetails = { target: 'subject', consentIds: ['c-1234567'], records: 3, fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'] };
 */
export interface ErasureAuditDetails {
  /** Whether a subject id (all its consent ids) or one consent id was named. */
  target: 'subject' | 'consent';
  consentIds: string[];
  /** Records cleared (never 0: an erasure that clears nothing writes no entry). */
  records: number;
  fields: string[];
}

/**
 * One problem of a verify run as the audit log keeps it: its kind (`VerifyProblem.problem`), the
 * chain concerned when there is one, and a sentence saying what is wrong.
 *
 * @example
 * const problem: AuditedProblem = { kind: 'hash-mismatch', consentId: 'c-1234567', message: 'record 2 does not match its hash' };
 */
export interface AuditedProblem {
  kind: string;
  consentId?: string;
  message: string;
}

/**
 * The outcome of a verify run: counts, and the first 20 problems (`problems` counts them all, up
 * to the 1,000 a run reports).
 *
 * @example
 * const details: VerifyAuditDetails = { ok: true, startedAt: '2026-11-30T12:00:00.000Z', records: 1234, consents: 300, problems: 0, firstProblems: [] };
 */
export interface VerifyAuditDetails {
  ok: boolean;
  startedAt: string;
  records: number;
  consents: number;
  problems: number;
  firstProblems: AuditedProblem[];
}

/**
 * What a purge (not a dry run) deleted: records, the consent ids they came from, and the cutoff.
 *
 * @example
 * const details: PurgeAuditDetails = { records: 10, consents: 4, cutoff: '2021-11-30T12:00:00.000Z' };
 */
export interface PurgeAuditDetails {
  records: number;
  consents: number;
  cutoff: string;
}

/**
 * The details of each kind of entry.
 *
 * @example
 * const details: AuditDetailsByKind['purge'] = { records: 0, consents: 0, cutoff };
 */
export interface AuditDetailsByKind {
  erasure: ErasureAuditDetails;
  verify: VerifyAuditDetails;
  purge: PurgeAuditDetails;
}

/**
 * An entry to append: what happened (`kind`, `details`), when (`at`, ISO) and who did it
 * (`actor`: `key 3f9a1c2e`, a key's name, `… (console)`, `cli`, `schedule`, `api`).
 *
 * @example
 * await storage.audit.append({ kind: 'purge', at: new Date().toISOString(), actor: 'cli', details: { records: 0, consents: 0, cutoff } });
 */
export type NewAuditEntry<K extends AuditKind = AuditKind> = {
  [P in K]: { kind: P; at: string; actor: string; details: AuditDetailsByKind[P] };
}[K];

/**
 * One entry of the ledger's log of its own operations — never the data they removed. `id`
 * increases with every entry; `kind` tells the shape of `details`.
 *
 * @example
 * const [last] = await ledger.audit({ kind: 'verify', limit: 1 });
 * if (last?.kind === 'verify' && !last.details.ok) alert(`${last.details.problems} problems`);
 */
export type AuditEntry<K extends AuditKind = AuditKind> = {
  [P in K]: { id: number; kind: P; at: string; actor: string; details: AuditDetailsByKind[P] };
}[K];

/**
 * A page of the audit log: at most `limit` entries, newest (highest id) first, of one kind or
 * all, with ids below `before` when given.
 *
 * @example
 * const query: AuditStorageQuery = { kind: 'erasure', limit: 50, before: 120 };
 */
export interface AuditStorageQuery {
  kind?: AuditKind | undefined;
  limit: number;
  before?: number | undefined;
}

/**
 * The `audit_log` table (migration 6). Erasures and purges write their entry themselves, in their
 * own transaction (see `LedgerStorage.erase`, `eraseConsent`, `purge`); `append` is for the rest.
 *
 * @example
 * const entries = await storage.audit.list({ kind: 'purge', limit: 1 });
 */
export interface AuditStorage {
  /** Appends one entry; resolves with it as stored (with its id). */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Entries newest first (by id); see `AuditStorageQuery`. */
  list(query: AuditStorageQuery): Promise<AuditEntry[]>;
}

/**
 * Who a purge is done for and when, written with it into the audit log in the same transaction.
 *
 * @example
 * await storage.purge(cutoff, { audit: { actor: 'schedule', at: new Date().toISOString() } });
 */
export interface AuditStamp {
  actor: string;
  at: string;
}

/**
 * The identifying fields an erasure clears (`subject_id`, `ip`, `user_agent`, `identity_salt`).
 *
 * @example
 * ERASED_FIELDS.includes('ip'); // true
 */
export const ERASED_FIELDS: readonly string[] = ['subjectId', 'ip', 'userAgent', 'identitySalt'];

/**
 * The audit entry of an erasure that cleared `records` records (the stores write it only when
 * that is more than 0), stamped with the erasure's own time.
 *
 * @example
 * const entry = erasureEntry('consent', ['c-1234567'], 2, { actor: 'cli', at: erasedAt });
 */
export function erasureEntry(target: 'subject' | 'consent', consentIds: string[], records: number, stamp: AuditStamp): NewAuditEntry<'erasure'> {
  return { kind: 'erasure', at: stamp.at, actor: stamp.actor, details: { target, consentIds, records, fields: [...ERASED_FIELDS] } };
}

/**
 * An `audit_log` row of either store as an entry: ids as numbers, times as ISO text, details as
 * an object (SQLite keeps JSON text, PostgreSQL jsonb).
 *
 * @example
 * const entry = auditEntryFromRow(row);
 */
export function auditEntryFromRow(row: Record<string, unknown>): AuditEntry {
  const at = row.at instanceof Date ? row.at.toISOString() : String(row.at);
  const details = typeof row.details === 'string' ? JSON.parse(row.details) : row.details;
  return { id: Number(row.id), kind: row.kind, at, actor: String(row.actor), details } as AuditEntry;
}
