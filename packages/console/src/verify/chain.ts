import type { ChainBase, EvidenceRecordView } from './types.js';

const range = (from: number, to: number) => (from === to ? `Record ${from}` : `Records ${from} to ${to}`);

/**
 * Follows each consent id's hash chain through the records given (in any order) and returns, per
 * record (same index), the sentences saying why its link does not hold; an empty list means it
 * holds. A record links when it is the first after its chain's base (seq 1 with an empty
 * `prevHash`, or — once retention purged the records before — seq `baseSeq + 1` whose `prevHash`
 * is `baseHash`, as the ledger's look-up states them), or its `prevHash` is the `hash` of the
 * record of the same consent id with the seq before. Any other missing seq breaks the chain.
 *
 * @example
 * chainProblems(records, { 'c-1': { baseSeq: 3, baseHash: 'ab…' } }).map((problems) => (problems.length ? 'broken' : 'ok'));
 */
export function chainProblems(records: readonly EvidenceRecordView[], bases: Readonly<Record<string, ChainBase>> = {}): string[][] {
  const problems = records.map((): string[] => []);
  const byConsent = new Map<string, number[]>();
  records.forEach((record, index) => {
    const group = byConsent.get(record.consentId);
    if (group) group.push(index);
    else byConsent.set(record.consentId, [index]);
  });
  for (const [consentId, indexes] of byConsent) {
    const base = Object.hasOwn(bases, consentId) ? bases[consentId]! : { baseSeq: 0, baseHash: '' };
    const valid = indexes.filter((index) => {
      const { seq } = records[index]!;
      if (Number.isSafeInteger(seq) && seq >= 1) return true;
      problems[index]!.push(`Its sequence number (${JSON.stringify(seq)}) is not a whole number from 1, so its place in the chain is unknown.`);
      return false;
    });
    valid.sort((a, b) => records[a]!.seq - records[b]!.seq);
    valid.forEach((index, position) => {
      const record = records[index]!;
      const before = position > 0 ? records[valid[position - 1]!]! : undefined;
      const expected = before ? before.seq + 1 : base.baseSeq + 1;
      if (before && before.seq === record.seq) {
        problems[index]!.push(`Another record of this consent id has the same sequence number (${record.seq}): one of them was inserted.`);
        problems[valid[position - 1]!]!.push(`Another record of this consent id has the same sequence number (${record.seq}): one of them was inserted.`);
      } else if (record.seq > expected) {
        problems[index]!.push(
          `${range(expected, record.seq - 1)} of this consent id ${expected === record.seq - 1 ? 'is' : 'are'} missing, though retention purged none of them: they were deleted, so the link to the record before it cannot be checked.`,
        );
      } else if (!before && base.baseSeq === 0 && record.prevHash !== '') {
        problems[index]!.push('It is the first record of its consent id, yet it points to an earlier record.');
      } else if (!before && base.baseSeq > 0 && record.prevHash !== base.baseHash) {
        problems[index]!.push(
          `It does not link to the last record retention purged before it (record ${base.baseSeq}): it was changed or replaced after it was sealed.`,
        );
      } else if (before && record.prevHash !== before.hash) {
        problems[index]!.push(`It does not link to the record before it (record ${before.seq}): one of the two was changed or replaced after it was sealed.`);
      }
    });
  }
  return problems;
}
