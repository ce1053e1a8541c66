import { subtle } from './bytes.js';
import { chainProblems } from './chain.js';
import { openCheckpoint, type OpenedCheckpoint } from './checkpoint.js';
import { checkInclusion, type InclusionCheck } from './inclusion.js';
import { parseVerifierKey } from './note-key.js';
import { recordHash } from './record-hash.js';
import { hashShownContent } from './text-hash.js';
import type { ChainBase, EvidenceCheck, EvidenceRecordView, InclusionAnswer, RecordCheck, TextSnapshotView } from './types.js';

/**
 * What `verifyEvidence` checks: a look-up answer (`records`, `texts`), the inclusion proof of
 * each record by record id (`null` or absent when none could be had) and the log's verifier key.
 *
 * @example
 * const input: VerifyEvidenceInput = { records, texts, proofs: { [records[0].recordId]: proof }, verifierKey };
 */
export interface VerifyEvidenceInput {
  records: EvidenceRecordView[];
  texts: Record<string, TextSnapshotView>;
  proofs: Record<string, InclusionAnswer | null>;
  verifierKey: string;
  /** Per consent id, where its chain starts after retention (the look-up's `chains`); absent: seq 1. */
  chainBases?: Record<string, ChainBase>;
}

const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

/** Each text hash the records name or the answer holds: `ok` when its snapshot hashes to it. */
async function checkTexts(records: readonly EvidenceRecordView[], texts: Record<string, TextSnapshotView>, problems: string[]) {
  const result: EvidenceCheck['texts'] = {};
  const hashes = new Set([...records.map((record) => record.textHash), ...Object.keys(texts)]);
  for (const textHash of hashes) {
    // Records made without a banner (a backend) may carry no text hash: nothing to check.
    if (typeof textHash !== 'string' || textHash === '') continue;
    const snapshot = own(texts, textHash);
    if (!snapshot) {
      result[textHash] = 'unchecked';
      continue;
    }
    let computed: string | undefined;
    try {
      computed = await hashShownContent(snapshot);
    } catch {
      computed = undefined;
    }
    const holds = computed === textHash && (snapshot.textHash === undefined || snapshot.textHash === textHash);
    result[textHash] = holds ? 'ok' : 'mismatch';
    if (!holds) {
      problems.push(
        `The texts stored under text hash ${textHash.slice(0, 12)}… do not hash to it: what the visitor was shown was changed after it was stored.`,
      );
    }
  }
  return result;
}

/**
 * Checks a look-up answer in the page, trusting nothing but the verifier key: every record's
 * hash is recomputed, its chain link followed, its inclusion proof checked against a checkpoint
 * signed by the key, and every text snapshot hashed again. Never rejects on bad data: what does
 * not hold is reported in `problems` (plain sentences), per record and for the whole answer.
 * `ok` needs every record verified in the log: a missing proof is not ok. Rejects only when the
 * page has no WebCrypto (not a secure context), rather than calling every record tampered with.
 *
 * @example
 * const check = await verifyEvidence({ records, texts, proofs, verifierKey });
 * if (!check.ok) for (const problem of check.problems) console.log(problem);
 */
export async function verifyEvidence(input: VerifyEvidenceInput): Promise<EvidenceCheck> {
  // Fails before any record is judged: without WebCrypto every hash would look wrong.
  subtle();
  const { records = [], texts = {}, proofs = {}, verifierKey } = input;
  const problems: string[] = [];
  let keyProblem: string | undefined;
  try {
    await parseVerifierKey(verifierKey);
  } catch (error) {
    keyProblem = `The verifier key cannot be used, so no inclusion proof can be checked: ${(error as Error).message}.`;
    problems.push(keyProblem);
  }
  // One opening per distinct note: the proofs of one answer usually share their checkpoint.
  const opened = new Map<string, Promise<OpenedCheckpoint>>();
  const open = (note: string) => {
    let pending = opened.get(note);
    if (!pending) opened.set(note, (pending = openCheckpoint(note, verifierKey)));
    return pending;
  };
  const links = chainProblems(records, input.chainBases);
  const checks = await Promise.all(
    records.map(async (record, index): Promise<RecordCheck> => {
      let hash: string | undefined;
      try {
        hash = await recordHash(record);
      } catch {
        hash = undefined;
      }
      const hashProblems =
        hash === undefined
          ? ['The record is malformed (its categories or services are not a list of choices), so its hash cannot be recomputed.']
          : hash === record.hash
            ? []
            : ["The record's contents do not match its hash: it was changed after it was sealed."];
      const inclusion: InclusionCheck = keyProblem
        ? { inclusion: 'failed', problems: ['Its inclusion proof cannot be checked without a usable verifier key.'] }
        : await checkInclusion(record, hash, own(proofs, record.recordId), open);
      const check: RecordCheck = {
        recordId: record.recordId,
        consentId: record.consentId,
        seq: record.seq,
        hash: hashProblems.length ? 'mismatch' : 'ok',
        chain: links[index]!.length ? 'broken' : 'ok',
        inclusion: inclusion.inclusion,
        problems: [...hashProblems, ...links[index]!, ...inclusion.problems],
      };
      if (inclusion.checkpoint) check.checkpoint = inclusion.checkpoint;
      return check;
    }),
  );
  for (const check of checks) {
    for (const problem of check.problems) problems.push(`Consent id ${check.consentId}, record ${check.seq} (${check.recordId}): ${problem}`);
  }
  const textResults = await checkTexts(records, texts, problems);
  if (records.length === 0) problems.push('There are no records to check.');
  const ok =
    records.length > 0 &&
    !keyProblem &&
    checks.every((check) => check.hash === 'ok' && check.chain === 'ok' && check.inclusion === 'verified') &&
    Object.values(textResults).every((result) => result !== 'mismatch');
  return { ok, records: checks, texts: textResults, problems };
}
