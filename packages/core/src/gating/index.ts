import type { ConsentStore } from '../store/types.js';
import { consentIdOf, watchElements } from './watch.js';

const SELECTOR = 'script[type="text/plain"][data-consent]';

/**
 * Runs each `<script type="text/plain" data-consent="…">` exactly once when its category or
 * service is granted, in document order, including scripts added later. The script is replaced by
 * a live copy that keeps every attribute (`async`, `defer`, `crossorigin`, `integrity`, …), takes
 * its `type` from `data-type` and its nonce from the `.nonce` property (browsers hide the
 * attribute). Returns a stop function.
 *
 * @example
 * // <script type="text/plain" data-consent="analytics" src="/matomo.js"></script>
 * const stop = gateScripts(store);
 */
export function gateScripts(store: ConsentStore, root: Document = document): () => void {
  const queued = new WeakSet<Element>();
  let stopped = false;
  // Each script waits for the one before it, so an inline script never overtakes an external one.
  let previous: Promise<unknown> = Promise.resolve();
  const [scan, stopWatching] = watchElements(root, SELECTOR, () => {
    for (const script of root.querySelectorAll<HTMLScriptElement>(SELECTOR)) {
      if (queued.has(script) || !store.granted(consentIdOf(script, store))) continue;
      queued.add(script);
      // A script that cannot be activated (e.g. refused by Trusted Types) is reported like an
      // uncaught error and does not hold up the ones after it.
      previous = previous.then(() => !stopped && script.isConnected && activate(script)).catch(reportError);
    }
  });
  const unsubscribe = store.subscribe(scan);
  return () => {
    stopped = true;
    unsubscribe();
    stopWatching();
  };
}

// Swaps the inert script for a live copy. Resolves when a blocking external script has loaded or
// failed; inline and `async` ones do not hold the queue.
function activate(inert: HTMLScriptElement): Promise<unknown> | undefined {
  const script = inert.ownerDocument.createElement('script');
  for (const { name, value } of inert.attributes) if (name !== 'type') script.setAttribute(name, value);
  const type = inert.getAttribute('data-type');
  if (type) script.type = type;
  script.nonce = inert.nonce;
  // A script created by script is async by default; without `async` it must keep its place.
  script.async = inert.hasAttribute('async');
  script.text = inert.text;
  inert.replaceWith(script);
  if (script.src && !script.async) return new Promise((settle) => ['load', 'error'].forEach((event) => script.addEventListener(event, settle)));
}
