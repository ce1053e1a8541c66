import type { ConsentStore } from '../store/types.js';
import { loadClearing } from '../on-demand/index.js';
import type { ClearingOptions } from './index.js';

// Whether the page may hold data of a service that is not granted: some cookie name or
// localStorage key starts with what a declared name has before its first `*`. A cheap superset of
// what clearing matches, so the clearing code is fetched only when it may have work to do.
function mayHoldLeftovers(store: ConsentStore, root: Document): boolean {
  const prefixes = store.config.services
    .filter((service) => !store.granted(service.id))
    .flatMap((service) => [...(service.cookies ?? []).map((cookie) => cookie.name), ...(service.localStorage ?? [])])
    .map((name) => name.split('*')[0]!);
  if (!prefixes.length) return false;
  const names: string[] = [];
  try {
    names.push(...root.cookie.split(';').map((entry) => entry.split('=')[0]!.trim()));
    names.push(...Object.keys(root.defaultView!.localStorage));
  } catch {
    // Blocked storage holds nothing to clear.
  }
  return names.some((name) => prefixes.some((prefix) => name.startsWith(prefix)));
}

/**
 * `clearOnWithdraw()` whose code is fetched only when needed: at start if a service that is not
 * granted may have left data, else on the first withdrawal. Once loaded it behaves exactly like
 * `clearOnWithdraw()`; the withdrawal that loaded it is cleared (and reloads, with `reload`) as
 * soon as the code arrives. Returns a stop function.
 *
 * @example
 * const stop = clearOnWithdrawOnDemand(store, { reload: true });
 */
export function clearOnWithdrawOnDemand(store: ConsentStore, options: ClearingOptions = {}): () => void {
  const root = options.root ?? document;
  let stop: (() => void) | undefined;
  let stopped = false;
  let withdrawn = false;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= loadClearing()
      .then(({ clearOnWithdraw }) => {
        // Its start-up sweep clears everything not granted, what was withdrawn meanwhile included.
        if (!stopped) stop = clearOnWithdraw(store, options);
      })
      // Reload even when the code could not be fetched: stopping running scripts matters more
      // (the next page view's sweep clears what is left).
      .catch(() => undefined)
      .then(() => {
        waiting();
        if (!stopped && withdrawn && options.reload) root.location.reload();
      }));
  // Until the code has arrived, a withdrawal fetches it (and asks for the reload afterwards).
  const waiting = store.subscribe((_, change) => {
    if (!change.revoked.length) return;
    withdrawn = true;
    void load();
  });
  if (mayHoldLeftovers(store, root)) void load();
  return () => {
    stopped = true;
    waiting();
    stop?.();
  };
}
