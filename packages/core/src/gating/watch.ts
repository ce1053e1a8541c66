import type { ConsentStore } from '../store/types.js';

/**
 * Runs `scan` once the document is parsed, then whenever an element matching `selector` is added
 * (alone or inside a subtree). The returned `scan` does nothing while the document is still
 * loading: the parser may not have delivered an inline script's text yet, and elements further
 * down are not there to keep document order. Returns `[scan, stop]`.
 *
 * @example
 * const [scan, stop] = watchElements(document, 'script[data-consent]', () => console.log('look again'));
 * store.subscribe(scan);
 */
export function watchElements(root: Document, selector: string, scan: () => void): [scan: () => void, stop: () => void] {
  const guarded = () => {
    if (root.readyState !== 'loading') scan();
  };
  const matches = (node: Node) => (node as Element).matches?.(selector) || (node as Element).querySelector?.(selector);
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(matches))) guarded();
  });
  const start = () => {
    observer.observe(root, { childList: true, subtree: true });
    guarded();
  };
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return [guarded, () => (root.removeEventListener('DOMContentLoaded', start), observer.disconnect())];
}

/**
 * The id an element is gated on: its `data-service` when that names a configured service, else
 * its `data-consent` (a category or service id). Unknown ids are never granted.
 *
 * @example
 * consentIdOf(iframe, store); // 'youtube' for <iframe data-consent="functional" data-service="youtube">
 */
export function consentIdOf(element: Element, store: ConsentStore): string {
  const service = element.getAttribute('data-service');
  return service && service in store.config.owners ? service : (element.getAttribute('data-consent') ?? '');
}
