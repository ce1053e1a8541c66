import type { ConsentDecision } from './types.js';

/**
 * A decision as it is kept as evidence: what the browser outbox sends, the body of the ledger's
 * `POST /v1/consents`, and what the ledger validates — one definition for all three.
 *
 * @example
 * const record: DecisionRecord = { recordId: 'r-4f1c…', consentId: decision.id, revision: decision.revision,
 *   categories: decision.categories, services: decision.services, method: decision.method, locale: decision.locale,
 *   region: decision.region, regime: decision.regime, gpc: decision.gpc, textHash: decision.textHash,
 *   updatedAt: decision.updatedAt, expiresAt: decision.expiresAt };
 */
export interface DecisionRecord
  extends Pick<
    ConsentDecision,
    'revision' | 'categories' | 'services' | 'method' | 'locale' | 'region' | 'regime' | 'gpc' | 'textHash' | 'updatedAt' | 'expiresAt'
  > {
  /** Client-generated id; the same id again returns the stored record (idempotency). */
  recordId: string;
  /** The decision's `id`. */
  consentId: string;
  /** A known person (account id) this consent belongs to, when the site knows one. */
  subjectId?: string | undefined;
  /** Version of the SDK that recorded it. */
  sdkVersion?: string | undefined;
}

/**
 * Every field a `DecisionRecord` may have, so a server can refuse anything else.
 *
 * @example
 * const unknown = Object.keys(body).filter((key) => !DECISION_RECORD_FIELDS.includes(key as never));
 */
export const DECISION_RECORD_FIELDS = [
  'recordId',
  'consentId',
  'subjectId',
  'revision',
  'categories',
  'services',
  'method',
  'locale',
  'region',
  'regime',
  'gpc',
  'textHash',
  'updatedAt',
  'expiresAt',
  'sdkVersion',
] as const satisfies ReadonlyArray<keyof DecisionRecord>;

// Fails to compile when DecisionRecord gains a field the list above does not name.
type Unlisted = Exclude<keyof DecisionRecord, (typeof DECISION_RECORD_FIELDS)[number]>;
type FieldsComplete = [Unlisted] extends [never] ? true : { missing: Unlisted };
true satisfies FieldsComplete;
