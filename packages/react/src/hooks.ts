import { useSyncExternalStore } from 'react';
import type { ConsentStore } from '@assent/core';
import { useBinding, type ConsentValue } from './context.js';
import type { ConsentId } from './ids.js';

// On a server without a store nothing ever changes.
const noSubscription = () => () => {};
const subscribeTo = (store: ConsentStore | undefined) => (store ? store.subscribe : noSubscription);

/**
 * Whether a category or service is granted. The component re-renders only when this id's answer
 * changes, not on other changes. During server rendering and hydration the answer comes from the
 * provider's `initial` snapshot (no `initial`: not granted).
 *
 * @example
 * function Analytics() {
 *   const granted = useGranted('analytics');
 *   return granted ? <AnalyticsScript /> : null;
 * }
 */
export function useGranted(id: ConsentId): boolean {
  const { store, serverGranted } = useBinding();
  return useSyncExternalStore(
    subscribeTo(store),
    () => (store ? store.granted(id) : false),
    () => serverGranted(id),
  );
}

/**
 * The decision in effect and the actions, re-rendering on every change. During server rendering and
 * hydration it reflects the provider's `initial` snapshot (no `initial`: nothing granted and
 * `needsDecision: true`, what a first visit sees) and `decision` is `undefined`.
 *
 * @example
 * function ConsentStatus() {
 *   const { needsDecision, granted, rejectAll, openPreferences } = useConsent();
 *   if (needsDecision) return <p>Waiting for your choice.</p>;
 *   return <p>Analytics {granted('analytics') ? 'on' : 'off'} <button onClick={() => rejectAll()}>Reject all</button></p>;
 * }
 */
export function useConsent(): ConsentValue {
  const binding = useBinding();
  return useSyncExternalStore(subscribeTo(binding.store), binding.value, binding.serverValue);
}

/**
 * A function that opens the preferences dialog of `@assent/banner`, loading it on first use
 * through the provider's UI (created then if the banner was never needed). Focus returns to
 * `opener` when the dialog closes. Rejects under `<ConsentProvider ui={false}>`, which loads no
 * Assent UI.
 *
 * @example
 * function CookieSettingsLink() {
 *   const openPreferences = useOpenPreferences();
 *   return <button onClick={(event) => openPreferences(event.currentTarget)}>Cookie settings</button>;
 * }
 */
export function useOpenPreferences(): (opener?: HTMLElement) => Promise<void> {
  return useBinding().openPreferences;
}
