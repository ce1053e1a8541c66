import type { ConsentStore } from '../store/types.js';
import { AssentChangeEvent } from './change.js';
import { AssentReadyEvent } from './ready.js';

/**
 * Dispatches `assent:ready` once the page can listen (at DOMContentLoaded, or in a microtask when
 * the document has loaded already — after the store's own start-up, such as a GPC opt-out) and
 * `assent:change` after every change, on the window of `root`. Returns a stop function.
 * `ready` never waits for IndexedDB: the decision in effect comes from the cookie, and a returning
 * visitor's page must not download IndexedDB code just to announce it.
 *
 * @example
 * const stop = dispatchConsentEvents(store);
 * window.addEventListener('assent:change', (event) => console.log(event.detail.decision));
 */
export function dispatchConsentEvents(store: ConsentStore, root: Document = document): () => void {
  const target = root.defaultView!;
  const gpc = store.config.gpc;
  let live = true;
  const announce = () => live && target.dispatchEvent(new AssentReadyEvent({ decision: store.state, gpc }));
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', announce, { once: true });
  else queueMicrotask(announce);
  const unsubscribe = store.subscribe((decision, change) => target.dispatchEvent(new AssentChangeEvent({ decision, change, gpc })));
  return () => {
    live = false;
    unsubscribe();
  };
}
