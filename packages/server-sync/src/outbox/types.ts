import type { DecisionRecord } from '@assent/core/cookie';
import type { GppEvidence, NoticeReference, TcfEvidence } from '../evidence/types.js';
import type { ShownContent } from '../texts/shown-content.js';

/**
 * What the outbox sends for one decision (the body of `POST /v1/consents`): `@assent/core`'s
 * `DecisionRecord`, the type the ledger validates.
 *
 * @example
 * const record: OutboxRecord = { recordId: crypto.randomUUID(), consentId: decision.id, ... };
 */
export type OutboxRecord = DecisionRecord & {
  /** The privacy notice shown with the banner (`OutboxOptions.notice`). */
  notice?: NoticeReference;
} & FrameworkEvidence;

/**
 * The IAB framework evidence of a decision (`OutboxOptions.evidence`): the TC string of
 * `@assent/tcf` and the GPP string of `@assent/gpp`, each when the page runs it.
 *
 * @example
 * const evidence: FrameworkEvidence = { gpp: { gppString: 'DBABBg~BQUAAABA.YA', applicableSections: [8] } };
 */
export interface FrameworkEvidence {
  /** The IAB TCF evidence when the decision was queued. */
  tcf?: TcfEvidence | undefined;
  /** The IAB GPP evidence when the decision was queued. */
  gpp?: GppEvidence | undefined;
}

/**
 * A record as it waits in the queue: with the content behind its `textHash` when the page knew
 * it, so that a later page view can still upload the texts before the record.
 *
 * @example
 * const queued: QueuedRecord = { ...record, shown: { locale: 'en', texts: ['We use cookies…'], choices: { analytics: false } } };
 */
export type QueuedRecord = OutboxRecord & { shown?: ShownContent | undefined };

/**
 * Sends one record; resolves with the HTTP status, rejects when the network failed.
 *
 * @example
 * const transport: OutboxTransport = async (record) => (await fetch(url, { method: 'POST', body: JSON.stringify(record) })).status;
 */
export type OutboxTransport = (
  record: OutboxRecord,
  keepalive: boolean,
  /** The content behind the record's `textHash` when it was queued with it (`OutboxOptions.shownContent`). */
  shown?: ShownContent,
) => Promise<number>;

/**
 * Where undelivered records wait, in order. Default: IndexedDB (`assent-outbox` database).
 *
 * @example
 * let records: OutboxRecord[] = [];
 * const queue: OutboxQueue = { read: async () => records, update: async (change) => void (records = change(records)) };
 */
export interface OutboxQueue {
  read(): Promise<QueuedRecord[]>;
  update(change: (records: QueuedRecord[]) => QueuedRecord[]): Promise<void>;
  /**
   * The record id of the last decision queued in this browser, kept after delivery. With it, an
   * outbox that starts finds a decision it never queued (made while it failed to load, or before
   * the site configured a ledger) and records it.
   */
  lastQueued?: { get(): Promise<string | undefined>; set(recordId: string): Promise<void> };
}
