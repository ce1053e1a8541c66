import type { ConsentDecision, ConsentStore } from '@assent/core';
import type { ConsentBinding, ConsentValue } from './context.js';
import type { ConsentId } from './ids.js';
import type { ConsentSnapshot } from '@assent/core/cookie';

/**
 * The values the hooks read for one store. `useSyncExternalStore` compares snapshots by identity,
 * so the live value is rebuilt only when the store's decision object changes (every decision,
 * withdrawal, other-tab sync and expiry replaces it) and the server value only once.
 */
export function createBinding(
  store: ConsentStore<ConsentId> | undefined,
  initial: ConsentSnapshot | undefined,
  openPreferences: ConsentValue['openPreferences'],
): ConsentBinding {
  const makeValue = (decision: ConsentDecision | undefined, needsDecision: boolean, granted: ConsentValue['granted']): ConsentValue => ({
    decision,
    needsDecision,
    granted,
    acceptAll: (context) => store!.acceptAll(context),
    rejectAll: (context) => store!.rejectAll(context),
    update: (choices, context) => store!.update(choices, context),
    withdraw: (context) => store!.withdraw(context),
    openPreferences,
    store,
  });
  let live: ConsentValue | undefined;
  let server: ConsentValue | undefined;
  // A malformed `initial` counts as a first visit: only `necessary`, a decision needed.
  const known = Array.isArray(initial?.granted);
  // What the server rendered, as far as this browser's store agrees: during hydration a denial on
  // either side wins (a stripped Sec-GPC header, a withdrawal in another tab), so a mismatch can
  // only take gated content away, never mount it ahead of consent.
  const serverGranted = (id: ConsentId) => (known ? initial!.granted.includes(id) : id === 'necessary') && (!store || store.granted(id));
  const binding: ConsentBinding = {
    store,
    serverGranted,
    openPreferences,
    value() {
      if (!store) return binding.serverValue();
      const decision = store.state;
      if (!live || live.decision !== decision) live = makeValue(decision, store.needsDecision, (id) => store.granted(id));
      return live;
    },
    // Without `initial` the server answers what a first visit sees: nothing granted, a decision
    // needed. Never consent by default.
    serverValue: () => (server ??= makeValue(undefined, !known || initial!.needsDecision !== false, serverGranted)),
  };
  return binding;
}
