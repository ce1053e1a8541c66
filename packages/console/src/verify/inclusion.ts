import { fromHex } from './bytes.js';
import { CheckpointError, type OpenedCheckpoint } from './checkpoint.js';
import { leafHash, verifyInclusion } from './merkle.js';
import type { EvidenceRecordView, InclusionAnswer, RecordCheck } from './types.js';

/**
 * Opens a checkpoint note with the verifier key; `verifyEvidence` passes one that opens each
 * distinct note once, since every proof of one answer usually carries the same checkpoint.
 *
 * @example
 * const open: CheckpointOpener = (note) => openCheckpoint(note, verifierKey);
 */
export type CheckpointOpener = (note: string) => Promise<OpenedCheckpoint>;

/**
 * The inclusion part of a record's check.
 *
 * @example
 * const { inclusion, problems }: InclusionCheck = await checkInclusion(record, hash, proofs[record.recordId], open);
 */
export type InclusionCheck = Pick<RecordCheck, 'inclusion' | 'checkpoint' | 'problems'>;

const short = (hash: string) => `${hash.slice(0, 12)}…`;

const isAnswer = (value: unknown): value is InclusionAnswer => {
  const answer = value as InclusionAnswer;
  return (
    typeof answer === 'object' &&
    answer !== null &&
    typeof answer.recordId === 'string' &&
    typeof answer.recordHash === 'string' &&
    Number.isSafeInteger(answer.leafIndex) &&
    Number.isSafeInteger(answer.treeSize) &&
    Array.isArray(answer.proof) &&
    typeof answer.checkpoint === 'string'
  );
};

/** Why a checkpoint was refused, for people. */
function checkpointProblem(error: unknown): string {
  if (error instanceof CheckpointError) {
    const reason = {
      malformed: 'it is not a well-formed signed checkpoint',
      'unknown-key': 'it is not signed by the verifier key (another log, or the key was changed)',
      'bad-signature': 'its signature does not verify: the checkpoint was altered or forged',
    }[error.code];
    return `The checkpoint its proof leads to cannot be trusted: ${reason} (${error.code}: ${error.message}).`;
  }
  return `The checkpoint its proof leads to cannot be checked: ${error instanceof Error ? error.message : String(error)}.`;
}

/**
 * Checks a record's inclusion proof against the signed checkpoint it comes with: the proof must
 * be for this record and for `hash` (the hash recomputed from the record's contents, not the one
 * it claims), and lead from its leaf to the root of a checkpoint the key signed, at the tree size
 * the checkpoint states. Stops at the first failure; never rejects.
 *
 * @example
 * const check = await checkInclusion(record, await recordHash(record), proofs[record.recordId], (note) => openCheckpoint(note, key));
 */
export async function checkInclusion(
  record: EvidenceRecordView,
  hash: string | undefined,
  answer: InclusionAnswer | null | undefined,
  open: CheckpointOpener,
): Promise<InclusionCheck> {
  const failed = (problem: string, checkpoint?: RecordCheck['checkpoint']): InclusionCheck =>
    checkpoint ? { inclusion: 'failed', checkpoint, problems: [problem] } : { inclusion: 'failed', problems: [problem] };
  if (answer === null || answer === undefined) {
    return { inclusion: 'missing', problems: ["No inclusion proof was given, so it is not shown to be in the ledger's signed log."] };
  }
  if (!isAnswer(answer)) return failed('Its inclusion proof is malformed.');
  if (answer.recordId !== record.recordId) return failed(`Its inclusion proof is for another record (${answer.recordId}).`);
  let opened: OpenedCheckpoint;
  try {
    opened = await open(answer.checkpoint);
  } catch (error) {
    return failed(checkpointProblem(error));
  }
  const checkpoint: RecordCheck['checkpoint'] = { origin: opened.origin, size: opened.size };
  if (opened.time) checkpoint.time = opened.time.toISOString();
  if (hash === undefined) return failed("Its inclusion cannot be checked: the record's hash cannot be recomputed.", checkpoint);
  if (answer.recordHash !== hash) {
    return failed(
      `The log holds other contents for it: its leaf is for hash ${short(answer.recordHash)}, while its contents hash to ${short(hash)}.`,
      checkpoint,
    );
  }
  if (answer.treeSize !== opened.size) {
    return failed(`Its inclusion proof is for a log of ${answer.treeSize} records, but the checkpoint signs a log of ${opened.size}.`, checkpoint);
  }
  if (typeof record.leafIndex === 'number' && record.leafIndex !== answer.leafIndex) {
    return failed(`Its inclusion proof places it at leaf ${answer.leafIndex} of the log, but the record says leaf ${record.leafIndex}.`, checkpoint);
  }
  const path = answer.proof.map((element) => (typeof element === 'string' ? fromHex(element) : undefined));
  if (!path.every((element): element is Uint8Array<ArrayBuffer> => element?.length === 32)) {
    return failed('Its inclusion proof is malformed: every step must be 64 hex characters.', checkpoint);
  }
  let leaf: Uint8Array;
  try {
    leaf = await leafHash(hash);
  } catch {
    return failed('Its hash is not a SHA-256 digest in lowercase hex, so it cannot be a leaf of the log.', checkpoint);
  }
  if (!(await verifyInclusion(leaf, answer.leafIndex, opened.size, path, opened.rootHash))) {
    return failed("Its inclusion proof does not lead to the signed checkpoint's root hash: it is not in the log as the ledger signed it.", checkpoint);
  }
  return { inclusion: 'verified', checkpoint, problems: [] };
}
