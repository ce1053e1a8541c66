// The ledger knows a person through records that carry their subject id: every consent id with
// at least one such record belongs to them (export and erasure follow all its records). The
// browser outbox sends no subject id on this demo, so signing in appends one "link" record: the
// decision in effect, unchanged, with the subject id and method `api` (set by the backend, not
// chosen in the banner). It keeps the current expiry (the ledger re-applies the remaining
// validity at commit time, milliseconds later), so linking does not prolong a consent.
import { randomUUID } from 'node:crypto';

/**
 * Links `consentId` to `subjectId` unless it already is; returns whether a record was added.
 * @param {import('@assent/server-sync').Ledger} ledger
 * @param {string} consentId
 * @param {string} subjectId
 * @param {import('@assent/server-sync').EvidenceContext} context
 */
export async function linkConsentToSubject(ledger, consentId, subjectId, context) {
  const trail = await ledger.history(consentId);
  const current = trail.at(-1);
  if (!current || trail.some((record) => record.subjectId === subjectId)) return false;
  // An expired decision is no longer in effect: there is nothing to re-state.
  if (Date.parse(current.expiresAt) <= Date.now()) return false;
  await ledger.record(
    {
      recordId: randomUUID(),
      consentId,
      subjectId,
      revision: current.revision,
      categories: current.categories,
      services: current.services,
      method: 'api',
      locale: current.locale,
      region: current.region,
      regime: current.regime,
      gpc: current.gpc,
      textHash: current.textHash,
      updatedAt: new Date().toISOString(),
      expiresAt: current.expiresAt,
    },
    context,
  );
  return true;
}
