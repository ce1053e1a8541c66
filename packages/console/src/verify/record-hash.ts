import { sha256, toHex } from './bytes.js';
import type { EvidenceRecordView } from './types.js';

// Must stay byte-for-byte what server-sync's src/evidence/hash.ts builds: the agreement test
// there compares both over real ledger records and random field values.
//
// v1: records sealed before `withdrawn` existed (`withdrawn: null`). v2 appends the withdrawn ids.
// v3 (records with a privacy notice) appends the notice, with nulls in place of the withdrawn ids
// when there are none. v4 (records with IAB TCF evidence) appends the TC and AC strings, with nulls
// in place of the withdrawn ids and the notice when there are none. v5 (records with IAB GPP
// evidence) appends the GPP string and the applicable section ids, with nulls in place of whichever
// of the withdrawn ids, the notice and the TCF evidence are missing.
const HASH_FORMAT_V1 = 'assent-evidence-v1';
const HASH_FORMAT_V2 = 'assent-evidence-v2';
const HASH_FORMAT_V3 = 'assent-evidence-v3';
const HASH_FORMAT_V4 = 'assent-evidence-v4';
const HASH_FORMAT_V5 = 'assent-evidence-v5';

// Object.keys + sort(): UTF-16 code unit order, the same in every engine, so no locale can reorder ids.
const sorted = (map: Record<string, boolean>) =>
  Object.keys(map)
    .sort()
    .map((key) => [key, map[key]]);

/**
 * The exact text the ledger hashes for a record: JSON of a format tag and every evidence field in
 * a fixed order. Exposed so a person can see what the hash covers.
 *
 * @example
 * recordHashInput(record); // '["assent-evidence-v2","r-1","c-1",1,"given",[["analytics",true]],…]'
 */
export function recordHashInput(record: EvidenceRecordView): string {
  // Truthiness, not `!== null`, exactly as the ledger tests it: an empty string or a missing
  // field picks the same layout on both sides.
  const { withdrawn, notice, tcf, gpp } = record;
  const fields: unknown[] = [
    gpp ? HASH_FORMAT_V5 : tcf ? HASH_FORMAT_V4 : notice ? HASH_FORMAT_V3 : withdrawn ? HASH_FORMAT_V2 : HASH_FORMAT_V1,
    record.recordId,
    record.consentId,
    record.seq,
    record.event,
    sorted(record.categories),
    sorted(record.services),
    record.revision,
    record.textHash,
    record.locale,
    record.method,
    record.region,
    record.regime,
    record.gpc,
    record.clientTime,
    record.recordedAt,
    record.expiresAt,
    record.origin,
    record.sdkVersion,
    record.identityDigest,
    record.prevHash,
  ];
  if (withdrawn) fields.push(withdrawn.categories, withdrawn.services);
  else if (notice || tcf || gpp) fields.push(null, null);
  if (notice) fields.push(notice.url, notice.version, notice.hash ?? null);
  else if (tcf || gpp) fields.push(null, null, null);
  if (tcf) fields.push(tcf.tcString, tcf.addtlConsent ?? null);
  else if (gpp) fields.push(null, null);
  if (gpp) fields.push(gpp.gppString, gpp.applicableSections);
  return JSON.stringify(fields);
}

/**
 * Recomputes a record's tamper-evident hash (lowercase hex SHA-256) as the ledger sealed it;
 * compare it with `record.hash`. Rejects (TypeError) only when `categories` or `services` is not
 * an object, which no ledger record can be.
 *
 * @example
 * (await recordHash(record)) === record.hash; // false once any covered field was changed
 */
export async function recordHash(record: EvidenceRecordView): Promise<string> {
  return toHex(await sha256(recordHashInput(record)));
}
