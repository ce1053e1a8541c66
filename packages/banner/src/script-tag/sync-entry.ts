// The module behind `assent-sync.js`, which the script-tag entry fetches only on sites with a
// ledger (`syncEndpoint`) and only when there is something to deliver: the evidence outbox. What
// a record with texts or a notice also needs (the texts upload, the notice check) is fetched from
// it on first use, so a page view that only retries a plain record stays small.
import type { ConsentStore } from '@assent/core';
import { startOutbox as start, type Outbox, type OutboxOptions, type OutboxRecord } from '@assent/server-sync/outbox';
import type { ShownContent } from '../text-hash/index.js';

/**
 * `startOutbox` with the site's privacy notice (`assentConfig.notice`: an object, which data-*
 * attributes cannot carry) on every record, and records that carry texts or a notice sent
 * through `sync-texts.ts`.
 *
 * @example
 * startOutbox(store, { endpoint, shownContent });
 */
export const startOutbox = (store: ConsentStore, options: OutboxOptions): Outbox =>
  start(store, {
    notice: window.assentConfig?.notice,
    ...options,
    transport: async (record: OutboxRecord, keepalive: boolean, shown?: ShownContent) =>
      shown || record.notice
        ? (await import('./sync-texts.js')).send(options.endpoint, record, keepalive, shown)
        : (await fetch(options.endpoint, { method: 'POST', body: JSON.stringify(record), keepalive })).status,
  });
