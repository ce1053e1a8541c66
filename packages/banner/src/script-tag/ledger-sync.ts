import type { ConsentDecision, ConsentStore } from '@assent/core';
import { outboxIsIdle, type Outbox, type OutboxOptions } from '@assent/server-sync/outbox';

/** What the lazily fetched outbox module (`assent-sync.js`) exports. */
export interface OutboxModule {
  startOutbox(store: ConsentStore, options: OutboxOptions): Outbox;
}

/**
 * The script tag's `sync` hook when `assentConfig.syncEndpoint` is set: fetches the evidence outbox
 * (`@assent/server-sync/outbox`) and hands it every decision made in this tab. Decisions made while
 * it is still loading are kept and queued once it has started, so none is missing from the ledger.
 * When the outbox last left nothing undelivered, the decision in effect included (`outboxIsIdle`),
 * a page view fetches it only once a decision is made — a returning visitor downloads no outbox.
 * A failure to load it never touches the visitor's decision: the outbox of the next page view
 * delivers whatever is queued and records the decision in effect if it was never queued.
 *
 * @example
 * startScriptTag(config, { ...hooks, sync: deliverToLedger('/v1/consents', loadOutbox) });
 */
export function deliverToLedger(endpoint: string, loadOutbox: () => Promise<OutboxModule>, sdkVersion?: string): (store: ConsentStore) => void {
  return (store) => {
    const early: ConsentDecision[] = [];
    let loading = false;
    const load = () => {
      if (loading) return;
      loading = true;
      loadOutbox().then(
        ({ startOutbox }) => {
          stopEarly();
          const outbox = startOutbox(store, { endpoint: new URL(endpoint, document.baseURI).href, sdkVersion });
          early.forEach(outbox.record);
        },
        () => stopEarly(),
      );
    };
    const stopEarly = store.subscribe((decision, change) => {
      if (!decision || change.source !== 'local') return;
      early.push(decision);
      load();
    });
    if (!outboxIsIdle(store.state)) load();
  };
}
