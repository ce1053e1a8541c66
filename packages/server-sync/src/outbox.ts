// Browser entry of @assent/server-sync: the outbox that delivers decisions to the ledger.
// Imports nothing Node-only; it ships in the script-tag bundle.
export { startOutbox, indexedDbOutbox, recordIdOf } from './outbox/outbox.js';
export { outboxIsIdle, markOutbox } from './outbox/idle-mark.js';
export type { Outbox, OutboxOptions, OutboxQueue, OutboxRecord, OutboxTransport } from './outbox/outbox.js';
