import type { DecisionRecord } from '@assent/core/cookie';

/**
 * What the outbox sends for one decision (the body of `POST /v1/consents`): `@assent/core`'s
 * `DecisionRecord`, the type the ledger validates.
 *
 * @example
 * const record: OutboxRecord = { recordId: crypto.randomUUID(), consentId: decision.id, ... };
 */
export type OutboxRecord = DecisionRecord;

/**
 * Sends one record; resolves with the HTTP status, rejects when the network failed.
 *
 * @example
 * const transport: OutboxTransport = async (record) => (await fetch(url, { method: 'POST', body: JSON.stringify(record) })).status;
 */
export type OutboxTransport = (record: OutboxRecord, keepalive: boolean) => Promise<number>;

/**
 * Where undelivered records wait, in order. Default: IndexedDB (`assent-outbox` database).
 *
 * @example
 * let records: OutboxRecord[] = [];
 * const queue: OutboxQueue = { read: async () => records, update: async (change) => void (records = change(records)) };
 */
export interface OutboxQueue {
  read(): Promise<OutboxRecord[]>;
  update(change: (records: OutboxRecord[]) => OutboxRecord[]): Promise<void>;
  /**
   * The record id of the last decision queued in this browser, kept after delivery. With it, an
   * outbox that starts finds a decision it never queued (made while it failed to load, or before
   * the site configured a ledger) and records it.
   */
  lastQueued?: { get(): Promise<string | undefined>; set(recordId: string): Promise<void> };
}
