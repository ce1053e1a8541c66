import type { ConsentStore } from '@assent/core';
import type { TcfController } from '../types.js';

/**
 * The store as the page's Consent Mode glue must see it when TCF runs: `granted(id)` is the
 * store's answer AND the TCF layer's (`controller.signalGranted`). So a decision made outside the
 * TCF layer — a fallback banner's "Accept all", `window.assent.acceptAll()` — never grants Google's
 * ad types without a TC string that allows them. Everything else is the store itself
 * (`Object.create`: same state, subscriptions and methods).
 *
 * @example
 * const tcf = startTcf(store, options);
 * startPage(tcfSignalStore(store, tcf), { consentMode: { map: { ...DEFAULT_CONSENT_MODE_MAP, ...TCF_CONSENT_MODE_MAP } } });
 */
export function tcfSignalStore<Id extends string>(store: ConsentStore<Id>, controller: Pick<TcfController, 'signalGranted'>): ConsentStore<Id> {
  const proxy = Object.create(store) as ConsentStore<Id>;
  Object.defineProperty(proxy, 'granted', {
    value: (id: Id) => store.granted(id) && controller.signalGranted(id),
    enumerable: true,
  });
  return proxy;
}
