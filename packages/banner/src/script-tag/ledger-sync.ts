import type { ConsentDecision, ConsentStore } from '@assent/core';
import { outboxIsIdle } from '@assent/server-sync/outbox';
import type { ShownContent } from '../text-hash/index.js';

/** What the lazily fetched outbox module (`assent-sync.js`) exports. */
export type OutboxModule = typeof import('./sync-entry.js');

/**
 * The script tag's `sync` hook when `assentConfig.syncEndpoint` is set: fetches the evidence outbox
 * (`assent-sync.js`: `@assent/server-sync/outbox`, which adds the site's `notice` and the texts) and hands it every
 * decision made in this tab. Decisions made while
 * it is still loading are kept and queued once it has started, so none is missing from the ledger.
 * When the outbox has nothing to deliver — it last delivered everything, the decision in effect
 * included, or it holds nothing at all (`outboxIsIdle`) — a page view fetches it only once a
 * decision is made: neither a returning visitor nor a first visitor who has not chosen yet
 * downloads it.
 * A failure to load it never touches the visitor's decision: the decisions made meanwhile are kept
 * and the outbox fetched again when the browser is back online; if the page is left first, the
 * outbox of a later page view records the decision in effect, since it was never queued.
 *
 * @example
 * startScriptTag(config, { ...hooks, sync: deliverToLedger('/v1/consents', loadOutbox) });
 */
export function deliverToLedger(
  endpoint: string,
  loadOutbox: (attempt: number) => Promise<OutboxModule>,
): (store: ConsentStore, shownContent?: (textHash: string) => ShownContent | undefined) => void {
  return (store, shownContent) => {
    const early: ConsentDecision[] = [];
    let loading = false;
    let attempts = 0;
    const load = () => {
      if (loading) return;
      loading = true;
      loadOutbox(attempts++).then(
        ({ startOutbox }) => {
          stopEarly();
          const outbox = startOutbox(store, { endpoint: new URL(endpoint, document.baseURI).href, shownContent });
          early.forEach(outbox.record);
        },
        // Offline: keep what was decided and try again when the browser is back online.
        () => {
          loading = false;
          addEventListener('online', load, { once: true });
        },
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
