import type { Ref } from 'vue';
import type { ConsentChoices, ConsentDecision, ConsentStore, DecisionContext, RegisteredId } from '@assent/core';
import { useAssentContext } from './context.js';

/**
 * What `useConsent()` returns: the decision as reactive refs and the actions a UI calls.
 *
 * @example
 * const { needsDecision, acceptAll }: ConsentComposable = useConsent();
 */
export interface ConsentComposable {
  /** The decision in effect, or `undefined` (none, expired, another revision, or still hydrating from `initial`). */
  decision: Readonly<Ref<ConsentDecision | undefined>>;
  /** `true` while the visitor has to be asked. */
  needsDecision: Readonly<Ref<boolean>>;
  /** The live store; `undefined` while server rendering without one. */
  store: ConsentStore<RegisteredId> | undefined;
  acceptAll(context?: DecisionContext): ConsentDecision;
  rejectAll(context?: DecisionContext): ConsentDecision;
  /** Sets some categories or services; the others keep their value. */
  update(choices: ConsentChoices<RegisteredId>, context?: DecisionContext & { method?: 'custom' | 'api' }): ConsentDecision;
  /** Withdraws every non-necessary category and service. */
  withdraw(context?: DecisionContext): ConsentDecision;
  /** Opens the preferences dialog (loading it on first use); focus returns to `opener` when it closes. */
  openPreferences(opener?: HTMLElement): Promise<void>;
}

/**
 * The consent state of the app as reactive refs, and the actions. Call it in `setup()`.
 * Actions need the live store: they throw while server rendering (no one decides on a server).
 *
 * @example
 * const { needsDecision, acceptAll, openPreferences } = useConsent();
 * // <button v-if="needsDecision" @click="acceptAll()">Accept all</button>
 */
export const useConsent: () => ConsentComposable = useAssentContext;

/**
 * Whether a category or service id is granted, as a read-only ref. It changes only when that id's
 * answer changes, so effects and renders reading it ignore decisions about other ids.
 *
 * @example
 * const analytics = useGranted('analytics');
 * watch(analytics, (on) => on && import('./analytics.js'), { immediate: true });
 */
export function useGranted(id: RegisteredId): Readonly<Ref<boolean>> {
  return useAssentContext().granted(id);
}

/**
 * The function that opens the preferences dialog, e.g. for a "Cookie settings" link in the footer.
 *
 * @example
 * const openPreferences = useOpenPreferences();
 * // <button @click="openPreferences($event.currentTarget as HTMLElement)">Cookie settings</button>
 */
export function useOpenPreferences(): (opener?: HTMLElement) => Promise<void> {
  return useAssentContext().openPreferences;
}
