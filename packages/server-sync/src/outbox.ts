// Browser entry of @assent/server-sync: the outbox that delivers decisions to the ledger.
// Imports nothing Node-only; it ships in the script-tag bundle.
export { startOutbox } from './outbox/start-outbox.js';
export type { Outbox, OutboxOptions } from './outbox/start-outbox.js';
export { indexedDbOutbox } from './outbox/queue.js';
export { recordIdOf } from './outbox/record-id.js';
export { OUTBOX_VERSION } from './outbox/version.js';
export { outboxIsIdle, markOutbox } from './outbox/idle-mark.js';
export type { FrameworkEvidence, OutboxQueue, OutboxRecord, OutboxTransport, QueuedRecord } from './outbox/types.js';
export type { TcfEvidence, GppEvidence } from './evidence/types.js';
