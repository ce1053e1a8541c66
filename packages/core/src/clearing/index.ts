import type { ServiceDefinition } from '../config/types.js';
import type { ConsentStore } from '../store/types.js';
import { domainAncestors, namePattern, pathAncestors } from './patterns.js';

/**
 * Options of `clearOnWithdraw()`.
 *
 * @example
 * const options: ClearingOptions = { reload: true };
 */
export interface ClearingOptions {
  /** Reload the page after a withdrawal so scripts already running stop. Default `false`. */
  reload?: boolean;
  root?: Document;
}

const matcher = (names: string[] = []) => {
  const patterns = names.map(namePattern);
  return (name: string) => patterns.some((pattern) => pattern.test(name));
};

/**
 * Deletes the cookies and localStorage keys the given services declare: every matching cookie
 * name is expired on the host, each parent domain and each path from `/` down to the page's
 * (the browser hides where a cookie was set, so every place it may live is tried).
 * Failures of blocked storage are ignored.
 *
 * @example
 * clearServiceData(store.config.services.filter((service) => service.category === 'analytics'));
 */
export function clearServiceData(services: ServiceDefinition[], root: Document = document): void {
  const isCookie = matcher(services.flatMap((service) => service.cookies?.map((cookie) => cookie.name) ?? []));
  const isKey = matcher(services.flatMap((service) => service.localStorage ?? []));
  const { hostname, pathname, protocol } = root.location ?? location;
  const suffix = protocol === 'https:' ? '; Secure' : '';
  try {
    for (const entry of root.cookie.split(';')) {
      const name = entry.split('=')[0]!.trim();
      if (!name || !isCookie(name)) continue;
      for (const domain of ['', ...domainAncestors(hostname).map((parent) => '; Domain=' + parent)]) {
        for (const path of pathAncestors(pathname)) root.cookie = `${name}=; Max-Age=0; Path=${path}${domain}${suffix}`;
      }
    }
  } catch {
    // Cookies blocked (sandboxed frame): nothing could have been set either.
  }
  try {
    const storage = root.defaultView!.localStorage;
    for (const key of Object.keys(storage)) if (isKey(key)) storage.removeItem(key);
  } catch {
    // localStorage blocked: nothing to clear.
  }
}

/**
 * Clears a service's cookies and localStorage keys when it (or its category) stops being granted,
 * and at start for every service not granted — data left by a consent that expired while no page
 * was open. Scripts already running cannot be unloaded: `reload: true` reloads the page after a
 * withdrawal. Returns a stop function.
 *
 * @example
 * const stop = clearOnWithdraw(store, { reload: false });
 */
export function clearOnWithdraw(store: ConsentStore, options: ClearingOptions = {}): () => void {
  const root = options.root ?? document;
  const clear = (stopped: (service: ServiceDefinition) => boolean) => clearServiceData(store.config.services.filter(stopped), root);
  clear((service) => !store.granted(service.id));
  return store.subscribe((_, change) => {
    clear((service) => change.revoked.includes(service.id));
    if (options.reload && change.revoked.length) root.location.reload();
  });
}
