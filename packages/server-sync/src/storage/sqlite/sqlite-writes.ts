import type { EvidenceRecord } from '../../evidence/types.js';
import { RECORD_COLUMNS, headFromRow, recordFromRow, recordValues } from '../rows.js';
import type { AppendOutcome, ChainHead, EvidenceDraft, SealBatch, SealedBatch } from '../types.js';
import type { SqlExecutor, SqlStep } from './sql-batch.js';

type Row = Record<string, unknown>;

const SELECT_HEAD = 'SELECT * FROM consent_chains WHERE consent_id = ?';
const SELECT_RECORD = 'SELECT * FROM evidence_records WHERE record_id = ?';
const INSERT_RECORD = `INSERT INTO evidence_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`;
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

/**
 * A guard step (`mode: 'expect'`): under the write lock, each consent id's head must still be the
 * one `headState` described when the batch was sealed.
 *
 * @example
 * const guard = headGuard(['c-1'], [headState(head)]);
 */
export const headGuard = (consentIds: string[], expected: Array<string | null>): SqlStep => ({
  sql: "SELECT head_seq || ' ' || head_hash FROM consent_chains WHERE consent_id = ?",
  mode: 'expect',
  params: consentIds.map((id) => [id]),
  expect: expected,
});

/**
 * What `headGuard` compares: a head's sequence number and hash (`null` for a chain not yet stored).
 *
 * @example
 * headState(head); // '3 9f0c…' (or null: no head stored yet)
 */
export const headState = (head: ChainHead | undefined): string | null => (head ? `${head.headSeq} ${head.headHash}` : null);

/**
 * Statements that store a sealed batch: its new records and the heads they moved.
 *
 * @example
 * await executor.execute({ begin: true, steps: writeSteps(sealed), end: 'COMMIT' });
 */
export const writeSteps = (sealed: SealedBatch): SqlStep[] => [
  { sql: INSERT_RECORD, mode: 'run', params: sealed.inserts.map((record) => recordValues(record, (gpc) => (gpc ? 1 : 0))) },
  { sql: UPSERT_HEAD, mode: 'run', params: sealed.heads.map((head) => [head.consentId, head.headSeq, head.headHash, head.headRevision, head.headExpiresAt]) },
];

/**
 * Appends drafts in one write transaction of two round trips: lock and read the chain heads and
 * any stored record ids, seal on this thread (the ledger's clock and hashing), then insert,
 * move the heads and commit. Nothing else may be sent to the executor in between.
 *
 * @example
 * const outcomes = await appendUnderLock(executor, drafts, seal);
 */
export async function appendUnderLock(executor: SqlExecutor, drafts: EvidenceDraft[], seal: SealBatch): Promise<AppendOutcome[]> {
  const consentIds = [...new Set(drafts.map((draft) => draft.input.consentId))];
  const recordIds = [...new Set(drafts.map((draft) => draft.input.recordId))];
  const [headRows, recordRows] = await executor.execute({
    begin: true,
    steps: [
      { sql: SELECT_HEAD, mode: 'get', params: consentIds.map((id) => [id]) },
      { sql: SELECT_RECORD, mode: 'get', params: recordIds.map((id) => [id]) },
    ],
  });
  let sealed;
  try {
    const heads = new Map<string, ChainHead>();
    for (const row of headRows as Array<Row | undefined>) if (row) heads.set(row.consent_id as string, headFromRow(row));
    const existing = new Map<string, EvidenceRecord>();
    for (const row of recordRows as Array<Row | undefined>) if (row) existing.set(row.record_id as string, recordFromRow(row));
    sealed = seal(drafts, heads, existing);
  } catch (error) {
    // The transaction is still open on the connection: release the write lock before failing.
    await executor.execute({ steps: [], end: 'ROLLBACK' }).catch(() => {});
    throw error;
  }
  await executor.execute({ steps: writeSteps(sealed), end: 'COMMIT' });
  return sealed.outcomes;
}

/**
 * Clears subject id, IP, user agent and salt of every record of the subject's consent ids, in
 * one transaction of one message.
 *
 * @example
 * await eraseSubjectRecords(executor, 'user-42', new Date().toISOString()); // { consentIds: ['c-…'], records: 3 }
 */
export async function eraseSubjectRecords(executor: SqlExecutor, subjectId: string, erasedAt: string): Promise<{ consentIds: string[]; records: number }> {
  const [consents, records] = await executor.execute({
    begin: true,
    steps: [
      { sql: SUBJECT_CONSENTS, mode: 'all', params: [[subjectId]] },
      { sql: ERASE, mode: 'run', params: [[erasedAt, subjectId]] },
    ],
    end: 'COMMIT',
  });
  return { consentIds: (consents![0] as Row[]).map((row) => row.consent_id as string), records: records![0] as number };
}

/**
 * Deletes, per chain, the prefix of records that stopped applying before `cutoff` and moves the
 * chain's base to the last deleted record, so purged chains still verify. One message: nothing
 * else can run on the writer's connection in the middle of it.
 *
 * @example
 * await purgeRecords(executor, '2021-01-01T00:00:00.000Z'); // { records: 12, consents: 5 }
 */
export async function purgeRecords(executor: SqlExecutor, cutoff: string): Promise<{ records: number; consents: number }> {
  const [moved, removed] = await executor.execute({
    begin: true,
    steps: [
      { sql: MOVE_BASES, mode: 'run', params: [[{ cutoff }]] },
      { sql: REMOVE_BELOW_BASES, mode: 'run', params: [[]] },
    ],
    end: 'COMMIT',
  });
  return { records: removed![0] as number, consents: moved![0] as number };
}
