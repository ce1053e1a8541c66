import { AUDIT_KINDS, type AuditEntry, type AuditKind, type AuditedProblem, type VerifyAuditDetails } from '../storage/audit.js';
import type { LedgerStorage } from '../storage/types.js';
import type { VerifyProblem, VerifyReport } from './verify.js';

/**
 * A page of the ledger's audit log: entries of one `kind` (or all), newest first, at most `limit`
 * (default 50, at most 500; more is read as 500), with ids below `before` (the id of the last
 * entry of the previous page).
 *
 * @example
 * const next = await ledger.audit({ kind: 'erasure', limit: 50, before: page.at(-1)!.id });
 */
export interface AuditQuery {
  kind?: AuditKind | undefined;
  limit?: number | undefined;
  before?: number | undefined;
}

/**
 * Who does something when the caller names nobody: the in-process API.
 *
 * @example
 * await ledger.eraseSubject('user-42'); // audited with actor 'api'
 */
export const DEFAULT_ACTOR = 'api';

/**
 * Problems a verify entry keeps in full; `problems` counts them all.
 *
 * @example
 * entry.details.firstProblems.length <= AUDITED_PROBLEMS; // true
 */
export const AUDITED_PROBLEMS = 20;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/**
 * Reads the audit log with a checked query: an unknown kind, or a limit or `before` that is not a
 * whole number ≥ 1, throws a RangeError (a caller's bug: the HTTP API checks its input first).
 *
 * @example
 * const audit = ledgerAudit(storage);
 * const [lastPurge] = await audit({ kind: 'purge', limit: 1 });
 */
export function ledgerAudit(storage: LedgerStorage): (query?: AuditQuery) => Promise<AuditEntry[]> {
  return async (query = {}) => {
    const { kind, limit = DEFAULT_LIMIT, before } = query;
    if (kind !== undefined && !AUDIT_KINDS.includes(kind)) throw new RangeError(`audit: kind must be one of ${AUDIT_KINDS.join(', ')}`);
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('audit: limit must be a whole number ≥ 1');
    if (before !== undefined && (!Number.isSafeInteger(before) || before < 1)) throw new RangeError('audit: before must be a whole number ≥ 1');
    return storage.audit.list({ kind, limit: Math.min(limit, MAX_LIMIT), before });
  };
}

const where = (problem: VerifyProblem) => (problem.seq === undefined ? '' : ` record ${problem.seq}`);
const checkpoint = (problem: VerifyProblem) =>
  `${problem.source === 'witness' ? 'a witness checkpoint' : 'a stored checkpoint'}${problem.treeSize === undefined ? '' : ` of tree size ${problem.treeSize}`}`;
const MESSAGES: Record<VerifyProblem['problem'], (problem: VerifyProblem) => string> = {
  'hash-mismatch': (problem) => `${where(problem)} no longer matches its hash: its contents were changed`,
  'broken-link': (problem) => `${where(problem)} does not link to the hash of the record before it`,
  'sequence-gap': (problem) => `${where(problem)} does not follow the record before it: records are missing or reordered`,
  'missing-records': (problem) => ` the chain does not end at its head (record ${problem.seq}): records at its end are missing`,
  'identity-mismatch': (problem) => `${where(problem)}: subject id, IP or user agent no longer match the identity digest`,
  'orphan-records': () => ' records without a chain were inserted behind the ledger',
  'head-record-mismatch': (problem) => ` the copy of the head (record ${problem.seq}) that checks answer from differs from the record held`,
  'records-without-keys': () => ' records without their row in evidence_keys were inserted behind the ledger',
  'keys-without-records': () => ' rows of evidence_keys name records that are not held',
  'text-snapshot-mismatch': (problem) => ` the text snapshot ${problem.textHash} no longer hashes to its key: the texts were changed`,
  'log-gap': (problem) => ` the transparency log misses leaves from index ${problem.leafIndex}`,
  'log-node-mismatch': (problem) => ` a stored hash of the transparency log (tree size ${problem.treeSize}) does not match its leaves`,
  'log-state-mismatch': () => ' the stored state of the transparency log does not match its leaves',
  'checkpoint-mismatch': (problem) => ` ${checkpoint(problem)} does not match the log rebuilt at its size`,
  'checkpoint-signature': (problem) => ` ${checkpoint(problem)} is not validly signed by the log's key`,
  'checkpoint-beyond-log': (problem) => ` ${checkpoint(problem)} is larger than the log: records were cut off its end`,
  'record-not-in-log': (problem) => `${where(problem)} is not in the transparency log (or has another hash than its leaf)`,
  'record-deleted': (problem) => `${where(problem)} was deleted although retention did not purge it (its leaf ${problem.leafIndex} remains)`,
};

/**
 * A verify problem as the audit log keeps it: `kind` is `problem.problem`, `consentId` is left out
 * for problems of the log, a checkpoint or a text snapshot, and `message` says what is wrong in
 * one sentence.
 *
 * @example
 * auditedProblem({ consentId: 'c-1', seq: 2, problem: 'hash-mismatch' }).message; // 'Record 2 no longer matches its hash: …'
 */
export function auditedProblem(problem: VerifyProblem): AuditedProblem {
  const text = (MESSAGES[problem.problem] ?? (() => ` ${problem.problem}`))(problem).trim();
  const message = `${text[0]!.toUpperCase()}${text.slice(1)}`;
  return problem.consentId ? { kind: problem.problem, consentId: problem.consentId, message } : { kind: problem.problem, message };
}

/**
 * The details of a verify run's audit entry: the report's counts and its first 20 problems.
 *
 * @example
 * const details = verifyAuditDetails(report, startedAt);
 */
export function verifyAuditDetails(report: VerifyReport, startedAt: string): VerifyAuditDetails {
  return {
    ok: report.ok,
    startedAt,
    records: report.records,
    consents: report.consents,
    problems: report.problems.length,
    firstProblems: report.problems.slice(0, AUDITED_PROBLEMS).map(auditedProblem),
  };
}
