import type { ConsentStore } from '../store/types.js';
import { AssentChangeEvent } from './change.js';
import { AssentReadyEvent } from './ready.js';

/**
 * Dispatches `assent:ready` (once the store is ready) and `assent:change` (after every change) on
 * the window of `root`. Returns a stop function.
 *
 * @example
 * const stop = dispatchConsentEvents(store);
 * window.addEventListener('assent:change', (event) => console.log(event.detail.decision));
 */
export function dispatchConsentEvents(store: ConsentStore, root: Document = document): () => void {
  const target = root.defaultView!;
  const gpc = store.config.gpc;
  let live = true;
  store.ready.then(() => live && target.dispatchEvent(new AssentReadyEvent({ decision: store.state, gpc })));
  const unsubscribe = store.subscribe((decision, change) => target.dispatchEvent(new AssentChangeEvent({ decision, change, gpc })));
  return () => {
    live = false;
    unsubscribe();
  };
}
