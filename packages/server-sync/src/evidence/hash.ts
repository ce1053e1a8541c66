import { createHash, randomBytes } from 'node:crypto';
import type { EvidenceRecord } from './types.js';

/** Version tag inside every hashed payload, so a future layout can be told apart. */
const HASH_FORMAT = 'assent-evidence-v1';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sorted = (map: Record<string, boolean>) => Object.keys(map).sort().map((key) => [key, map[key]]);

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

/**
 * A fresh 128-bit salt for `identityDigest`.
 *
 * @example
 * newIdentitySalt(); // '9f0c…' (32 hex characters)
 */
export function newIdentitySalt(): string {
  return randomBytes(16).toString('hex');
}

/**
 * The tamper-evident hash of a record: sha256 over a fixed-order list of every evidence field,
 * including `prevHash`, which links it to the previous record of the same consent id.
 *
 * @example
 * const hash = recordHash({ ...record, hash: undefined });
 */
export function recordHash(record: Omit<EvidenceRecord, 'hash' | 'erasedAt' | 'subjectId' | 'ip' | 'userAgent' | 'identitySalt'>): string {
  return sha256(JSON.stringify([
    HASH_FORMAT, record.recordId, record.consentId, record.seq, record.event, sorted(record.categories), sorted(record.services),
    record.revision, record.textHash, record.locale, record.method, record.region, record.regime, record.gpc, record.clientTime,
    record.recordedAt, record.expiresAt, record.origin, record.sdkVersion, record.identityDigest, record.prevHash,
  ]));
}
