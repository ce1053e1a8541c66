import type { EvidenceRecord } from '../evidence/types.js';
import type { ChainHead } from './types.js';

/**
 * Column names of `evidence_records`, in the order both stores insert them.
 *
 * @example
 * `INSERT INTO evidence_records (${RECORD_COLUMNS.join(', ')}) VALUES (…)`;
 */
export const RECORD_COLUMNS = [
  'record_id', 'consent_id', 'seq', 'subject_id', 'event', 'categories', 'services', 'revision', 'text_hash', 'locale', 'method',
  'region', 'regime', 'gpc', 'client_time', 'recorded_at', 'expires_at', 'ip', 'user_agent', 'origin', 'sdk_version',
  'identity_salt', 'identity_digest', 'prev_hash', 'hash', 'erased_at',
] as const;

type Row = Record<string, unknown>;

// PostgreSQL hands back Date, boolean and parsed JSON; SQLite hands back text and 0/1.
const time = (value: unknown) => (value instanceof Date ? value.toISOString() : (value as string));
const optionalTime = (value: unknown) => (value === null || value === undefined ? null : time(value));
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, boolean>;

/**
 * Values of a record in `RECORD_COLUMNS` order (JSON as text, booleans as given).
 *
 * @example
 * insert.run(recordValues(record, (gpc) => (gpc ? 1 : 0)));
 */
export function recordValues(record: EvidenceRecord, boolean: (value: boolean) => unknown): unknown[] {
  return [
    record.recordId, record.consentId, record.seq, record.subjectId, record.event, JSON.stringify(record.categories),
    JSON.stringify(record.services), record.revision, record.textHash, record.locale, record.method, record.region, record.regime,
    boolean(record.gpc), record.clientTime, record.recordedAt, record.expiresAt, record.ip, record.userAgent, record.origin,
    record.sdkVersion, record.identitySalt, record.identityDigest, record.prevHash, record.hash, record.erasedAt,
  ];
}

/**
 * Turns a database row of either store into an evidence record.
 *
 * @example
 * const record = recordFromRow(db.prepare('SELECT * FROM evidence_records LIMIT 1').get());
 */
export function recordFromRow(row: Row): EvidenceRecord {
  return {
    recordId: row.record_id as string,
    consentId: row.consent_id as string,
    seq: Number(row.seq),
    subjectId: (row.subject_id as string | null) ?? null,
    event: row.event as EvidenceRecord['event'],
    categories: json(row.categories),
    services: json(row.services),
    revision: row.revision as string,
    textHash: row.text_hash as string,
    locale: row.locale as string,
    method: row.method as EvidenceRecord['method'],
    region: row.region as string,
    regime: row.regime as EvidenceRecord['regime'],
    gpc: row.gpc === true || row.gpc === 1,
    clientTime: row.client_time as string,
    recordedAt: time(row.recorded_at),
    expiresAt: time(row.expires_at),
    ip: row.ip as string,
    userAgent: row.user_agent as string,
    origin: row.origin as string,
    sdkVersion: row.sdk_version as string,
    identitySalt: row.identity_salt as string,
    identityDigest: row.identity_digest as string,
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
    erasedAt: optionalTime(row.erased_at),
  };
}

/**
 * Turns a `consent_chains` row into a chain head.
 *
 * @example
 * const head = headFromRow(row);
 */
export function headFromRow(row: Row): ChainHead {
  return {
    consentId: row.consent_id as string,
    headSeq: Number(row.head_seq),
    headHash: row.head_hash as string,
    headRevision: row.head_revision as string,
    headExpiresAt: row.head_expires_at as string,
    baseSeq: Number(row.base_seq),
    baseHash: row.base_hash as string,
  };
}
