import type { EvidenceRecord } from '../evidence/types.js';
import type { ChainHead } from './types.js';

/**
 * How a column is stored: `json` is text in SQLite and jsonb in PostgreSQL; `boolean` is 0/1 in
 * SQLite; `time` is ISO 8601 text in SQLite and timestamptz in PostgreSQL.
 *
 * @example
 * const kind: ColumnKind = 'json';
 */
export type ColumnKind = 'text' | 'integer' | 'json' | 'boolean' | 'time';

/**
 * The one definition of `evidence_records`: every field of an `EvidenceRecord`, its column, kind
 * and nullability, in insert order. Row mapping, inserts and PostgreSQL's array types derive from
 * it; the migrations stay explicit SQL, and a test checks they create exactly these columns.
 *
 * @example
 * `INSERT INTO evidence_records (${RECORD_COLUMNS.map((column) => column.name).join(', ')}) …`;
 */
export const RECORD_COLUMNS = [
  { field: 'recordId', name: 'record_id', kind: 'text' },
  { field: 'consentId', name: 'consent_id', kind: 'text' },
  { field: 'seq', name: 'seq', kind: 'integer' },
  { field: 'subjectId', name: 'subject_id', kind: 'text', nullable: true },
  { field: 'event', name: 'event', kind: 'text' },
  { field: 'categories', name: 'categories', kind: 'json' },
  { field: 'services', name: 'services', kind: 'json' },
  { field: 'revision', name: 'revision', kind: 'text' },
  { field: 'textHash', name: 'text_hash', kind: 'text' },
  { field: 'locale', name: 'locale', kind: 'text' },
  { field: 'method', name: 'method', kind: 'text' },
  { field: 'region', name: 'region', kind: 'text' },
  { field: 'regime', name: 'regime', kind: 'text' },
  { field: 'gpc', name: 'gpc', kind: 'boolean' },
  // The client's clock, kept as it was sent.
  { field: 'clientTime', name: 'client_time', kind: 'text' },
  { field: 'recordedAt', name: 'recorded_at', kind: 'time' },
  { field: 'expiresAt', name: 'expires_at', kind: 'time' },
  { field: 'ip', name: 'ip', kind: 'text' },
  { field: 'userAgent', name: 'user_agent', kind: 'text' },
  { field: 'origin', name: 'origin', kind: 'text' },
  { field: 'sdkVersion', name: 'sdk_version', kind: 'text' },
  { field: 'identitySalt', name: 'identity_salt', kind: 'text' },
  { field: 'identityDigest', name: 'identity_digest', kind: 'text' },
  { field: 'prevHash', name: 'prev_hash', kind: 'text' },
  { field: 'hash', name: 'hash', kind: 'text' },
  { field: 'erasedAt', name: 'erased_at', kind: 'time', nullable: true },
  // Added by migration 2, so last; NULL on records sealed before it (hash format v1).
  { field: 'withdrawn', name: 'withdrawn', kind: 'json', nullable: true },
  // Added by migration 3: the record's position in the ledger-wide transparency log, assigned at
  // commit. Not covered by the record hash: the log's leaf binds the two.
  { field: 'leafIndex', name: 'leaf_index', kind: 'integer', nullable: true },
  // Added by migration 4: the privacy notice reference, NULL when none was sent (hash format v3 otherwise).
  { field: 'notice', name: 'notice', kind: 'json', nullable: true },
  // Added by migration 7: the TCF evidence, NULL when none was sent (hash format v4 otherwise).
  { field: 'tcf', name: 'tcf', kind: 'json', nullable: true },
  // Added by migration 8: the GPP evidence, NULL when none was sent (hash format v5 otherwise).
  { field: 'gpp', name: 'gpp', kind: 'json', nullable: true },
] as const satisfies ReadonlyArray<{ field: keyof EvidenceRecord; name: string; kind: ColumnKind; nullable?: true }>;

// Fails to compile when EvidenceRecord gains a field that has no column above.
type Unstored = Exclude<keyof EvidenceRecord, (typeof RECORD_COLUMNS)[number]['field']>;
type ColumnsComplete = [Unstored] extends [never] ? true : { unstored: Unstored };
true satisfies ColumnsComplete;

type Row = Record<string, unknown>;

// PostgreSQL hands back Date, boolean and parsed JSON; SQLite hands back text and 0/1.
const decode: Record<ColumnKind, (value: unknown) => unknown> = {
  text: (value) => value,
  integer: (value) => Number(value),
  json: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
  boolean: (value) => value === true || value === 1,
  time: (value) => (value instanceof Date ? value.toISOString() : value),
};

/**
 * Values of a record in `RECORD_COLUMNS` order: JSON as text, booleans as `boolean` turns them.
 *
 * @example
 * insert.run(recordValues(record, (gpc) => (gpc ? 1 : 0)));
 */
export function recordValues(record: EvidenceRecord, boolean: (value: boolean) => unknown): unknown[] {
  return RECORD_COLUMNS.map(({ field, kind }) => {
    const value = record[field];
    // A null stays SQL NULL: JSON.stringify would store the JSON text 'null'.
    return value === null ? null : kind === 'json' ? JSON.stringify(value) : kind === 'boolean' ? boolean(value as boolean) : value;
  });
}

/**
 * Turns a database row of either store into an evidence record.
 *
 * @example
 * const record = recordFromRow(db.prepare('SELECT * FROM evidence_records LIMIT 1').get());
 */
export function recordFromRow(row: Row): EvidenceRecord {
  const record: Row = {};
  for (const { field, name, kind } of RECORD_COLUMNS) {
    const value = row[name];
    record[field] = value === null || value === undefined ? null : decode[kind](value);
  }
  return record as unknown as EvidenceRecord;
}

/**
 * The columns of the head record that appends read with its chain row (`head_categories`,
 * `head_services`), for a `LEFT JOIN evidence_records h ON h.consent_id = c.consent_id AND h.seq = c.head_seq`.
 *
 * @example
 * `SELECT c.*, ${HEAD_CHOICES} FROM consent_chains c LEFT JOIN evidence_records h ON …`;
 */
export const HEAD_CHOICES = 'h.categories AS head_categories, h.services AS head_services';

/**
 * Turns a `consent_chains` row into a chain head, with the head record's choices when the row
 * carries them (see `HEAD_CHOICES`).
 *
 * @example
 * const head = headFromRow(row);
 */
export function headFromRow(row: Row): ChainHead {
  const choices =
    row.head_categories == null
      ? undefined
      : { categories: decode.json(row.head_categories) as Record<string, boolean>, services: decode.json(row.head_services) as Record<string, boolean> };
  return {
    consentId: row.consent_id as string,
    headSeq: Number(row.head_seq),
    headHash: row.head_hash as string,
    headRevision: row.head_revision as string,
    headExpiresAt: row.head_expires_at as string,
    baseSeq: Number(row.base_seq),
    baseHash: row.base_hash as string,
    headChoices: choices,
  };
}
