import { timeSlicer } from './time-slice.js';
import { identityDigest, recordHash } from '../evidence/hash.js';
import type { EvidenceRecord } from '../evidence/types.js';
import type { LedgerStorage } from '../storage/types.js';
import { hashShownContent } from '../texts/shown-content.js';
import type { TextSnapshot } from '../texts/snapshot.js';
import { verifyLog, type LogProblem, type LogReport } from './verify-log.js';

/**
 * One integrity problem found by `verify`.
 *
 * @example
 * const problem: VerifyProblem = { consentId: 'c-1234567', seq: 2, problem: 'hash-mismatch' };
 */
export interface VerifyProblem extends Omit<LogProblem, 'problem' | 'consentId'> {
  /** The chain concerned; `''` for a problem of the log or of a checkpoint. */
  consentId: string;
  seq?: number;
  problem:
    | 'hash-mismatch'
    | 'broken-link'
    | 'sequence-gap'
    | 'missing-records'
    | 'identity-mismatch'
    | 'orphan-records'
    | 'head-record-mismatch'
    | 'records-without-keys'
    | 'keys-without-records'
    | 'text-snapshot-mismatch'
    | LogProblem['problem'];
  /** The stored text snapshot whose texts no longer hash to its key (`text-snapshot-mismatch`). */
  textHash?: string;
}

/**
 * The result of checking every hash chain.
 *
 * @example
 * const report: VerifyReport = await ledger.verify();
 * if (!report.ok) console.table(report.problems);
 */
export interface VerifyReport {
  ok: boolean;
  consents: number;
  records: number;
  problems: VerifyProblem[];
  /** The transparency log as rebuilt, and how many checkpoints were held against it. */
  log: LogReport;
}

const MAX_PROBLEMS = 1000;
const PAGE_OF_TEXTS = 500;
const PROGRESS_EVERY = 1000;

/**
 * Options of `verify`.
 *
 * @example
 * await ledger.verify({ onProgress: ({ records }) => console.error(`${records} records checked`) });
 */
export interface VerifyOptions {
  /** Called every 1,000 chains and once at the end with what was checked so far. */
  onProgress?: ((done: { records: number; consents: number }) => void) | undefined;
  /**
   * The key that verifies checkpoints (`<origin>+<id>+<key>`). `ledger.verify` passes the key of
   * the ledger's signer key; without any, stored checkpoints are compared but their signatures
   * are not checked, and witnesses cannot be checked at all.
   */
  verifierKey?: string | undefined;
  /**
   * Signed checkpoints kept outside the ledger (by a witness, a regulator, on paper): each must be
   * signed by the log's key and match the log rebuilt at its size.
   */
  witnesses?: readonly string[];
  /**
   * Who runs it, for the audit log (`ledger.verify` appends one entry per run): `cli`, a key's
   * actor, … Default `api`. `verifyStorage` itself writes nothing.
   */
  actor?: string | undefined;
}

// Erased records keep only the digest: salt and inputs are gone on purpose, so there is nothing to
// recompute. A blank salt is therefore valid only on a record that really is erased — otherwise
// blanking the salt would let anyone rewrite or attach a subject id, IP or user agent unnoticed.
function identityHolds(record: EvidenceRecord): boolean {
  if (record.identitySalt) return identityDigest(record.identitySalt, record.subjectId, record.ip, record.userAgent) === record.identityDigest;
  return record.erasedAt !== null && record.subjectId === null && record.ip === '' && record.userAgent === '';
}

// A record as JSON with its keys sorted and absent fields as null: jsonb orders keys its own way,
// and a store may leave out an optional field the other copy holds as null.
function canonical(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

function sameRecord(a: EvidenceRecord | null | undefined, b: EvidenceRecord | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const fields = (record: EvidenceRecord) => JSON.stringify(keys.map((key) => canonical((record as unknown as Record<string, unknown>)[key])));
  return fields(a) === fields(b);
}

/**
 * Walks every chain: each record's hash must match its contents, link to the previous record's
 * hash, follow it in sequence, and the last record must be the chain head (so a removed tail shows).
 * Where the store keeps a copy of the head for checks (PostgreSQL), it must equal the last record
 * held, and every record must have its row in the record-id index and every row a record.
 * Then checks the transparency log (`verifyLog`): a chain deleted whole, or rewritten with its
 * head moved, shows there, as does a cut-off tail of the whole ledger.
 *
 * @example
 * const report = await verifyStorage(storage);
 */
export async function verifyStorage(storage: LedgerStorage, options: VerifyOptions = {}): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const report = (problem: VerifyProblem) => void (problems.length < MAX_PROBLEMS && problems.push(problem));
  let consents = 0;
  let records = 0;
  const pause = timeSlicer();
  for await (const { chain, records: chainRecords } of storage.chains()) {
    await pause();
    consents++;
    records += chainRecords.length;
    let seq = chain.baseSeq;
    let prevHash = chain.baseHash;
    for (const record of chainRecords) {
      const { consentId } = chain;
      if (record.seq !== seq + 1) report({ consentId, seq: record.seq, problem: 'sequence-gap' });
      if (record.prevHash !== prevHash) report({ consentId, seq: record.seq, problem: 'broken-link' });
      if (recordHash(record) !== record.hash) report({ consentId, seq: record.seq, problem: 'hash-mismatch' });
      if (!identityHolds(record)) report({ consentId, seq: record.seq, problem: 'identity-mismatch' });
      seq = record.seq;
      prevHash = record.hash;
    }
    if (seq !== chain.headSeq || prevHash !== chain.headHash) report({ consentId: chain.consentId, seq: chain.headSeq, problem: 'missing-records' });
    // The copy checks answer from must be the head held (or absent with it); a chain missing its
    // last records is reported above already.
    else if (chain.headRecord !== undefined && !sameRecord(chain.headRecord, chainRecords.at(-1))) {
      report({ consentId: chain.consentId, seq: chain.headSeq, problem: 'head-record-mismatch' });
    }
    if (consents % PROGRESS_EVERY === 0) options.onProgress?.({ records, consents });
  }
  options.onProgress?.({ records, consents });
  const orphans = await storage.orphans();
  if (orphans) report({ consentId: '', problem: 'orphan-records' });
  const keys = await storage.keyMismatches?.();
  if (keys?.recordsWithoutKeys) report({ consentId: '', problem: 'records-without-keys' });
  if (keys?.keysWithoutRecords) report({ consentId: '', problem: 'keys-without-records' });
  const log = await verifyLog(storage, { verifierKey: options.verifierKey, witnesses: options.witnesses, maxProblems: MAX_PROBLEMS });
  for (const problem of log.problems) report({ ...problem, consentId: problem.consentId ?? '' });
  // What was shown is content-addressed: a stored snapshot edited afterwards no longer hashes to its key.
  for (let after = '', page: TextSnapshot[]; (page = await storage.texts.after(after, PAGE_OF_TEXTS)).length; after = page.at(-1)!.textHash) {
    for (const snapshot of page) {
      if (hashShownContent(snapshot) !== snapshot.textHash) report({ consentId: '', textHash: snapshot.textHash, problem: 'text-snapshot-mismatch' });
    }
  }
  return { ok: problems.length === 0, consents, records, problems, log: log.log };
}
