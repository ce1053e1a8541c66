import { hash, randomFillSync } from 'node:crypto';
import type { EvidenceRecord } from './types.js';

// Version tag inside every hashed payload. v1 records (sealed before `withdrawn` existed) have
// `withdrawn: null` and keep their layout, so old chains verify unchanged; v2 appends `withdrawn`.
// Setting or clearing `withdrawn` afterwards switches the layout and the tag: a hash mismatch.
const HASH_FORMAT_V1 = 'assent-evidence-v1';
const HASH_FORMAT_V2 = 'assent-evidence-v2';
// v3 appends the privacy-notice reference; only records that carry one use it, so records
// without a notice keep v1/v2 exactly. Clearing or adding a notice afterwards changes the tag.
const HASH_FORMAT_V3 = 'assent-evidence-v3';
// v4 appends the TCF evidence (TC string, AC string or null), after nulls for a missing withdrawn
// or notice; only records that carry TCF evidence use it, so every older layout stays as it was.
const HASH_FORMAT_V4 = 'assent-evidence-v4';
// v5 appends the GPP evidence (GPP string, applicable section ids), after nulls for a missing
// withdrawn, notice or TCF evidence; only records with GPP evidence use it, older layouts stay as they were.
const HASH_FORMAT_V5 = 'assent-evidence-v5';

// One-shot hashing: half the cost of createHash().update().digest() for inputs this small.
const sha256 = (text: string) => hash('sha256', text, 'hex');
const sorted = (map: Record<string, boolean>) =>
  Object.keys(map)
    .sort()
    .map((key) => [key, map[key]]);

/**
 * Digest of the identifying fields under a random salt. The record hash covers this digest, not
 * the fields, so erasing fields and salt keeps the chain verifiable while nothing can be linked back.
 *
 * @example
 * const salt = newIdentitySalt();
 * identityDigest(salt, 'user-42', '203.0.113.0', 'Mozilla/5.0');
 */
export function identityDigest(salt: string, subjectId: string | null, ip: string, userAgent: string): string {
  return sha256(JSON.stringify([salt, subjectId, ip, userAgent]));
}

const SALT_BYTES = 16;
// Random bytes are drawn 256 salts at a time: one randomFillSync call per record cost more than
// the record's hashing (the same pooling crypto.randomUUID does). Each salt uses its own bytes once.
let saltPool: Buffer | undefined;
let saltOffset = 0;

/**
 * A fresh 128-bit salt for `identityDigest`, from the CSPRNG.
 *
 * @example
 * newIdentitySalt(); // '9f0c…' (32 hex characters)
 */
export function newIdentitySalt(): string {
  if (!saltPool || saltOffset === saltPool.length) {
    saltPool = randomFillSync(saltPool ?? Buffer.allocUnsafe(SALT_BYTES * 256));
    saltOffset = 0;
  }
  saltOffset += SALT_BYTES;
  return saltPool.toString('hex', saltOffset - SALT_BYTES, saltOffset);
}

/**
 * The tamper-evident hash of a record: sha256 over a fixed-order list of every evidence field,
 * including `prevHash`, which links it to the previous record of the same consent id. The layout
 * follows the record's format: v5 with `gpp`, v4 with `tcf`, v3 with a `notice`, v2 with `withdrawn`, v1 (the original) when it is `null`.
 *
 * @example
 * const hash = recordHash({ ...record, hash: undefined });
 */
export function recordHash(
  record: Omit<EvidenceRecord, 'hash' | 'erasedAt' | 'subjectId' | 'ip' | 'userAgent' | 'identitySalt' | 'notice' | 'tcf' | 'gpp'> & {
    notice?: EvidenceRecord['notice'] | undefined;
    tcf?: EvidenceRecord['tcf'] | undefined;
    gpp?: EvidenceRecord['gpp'] | undefined;
  },
): string {
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
  return sha256(JSON.stringify(fields));
}
