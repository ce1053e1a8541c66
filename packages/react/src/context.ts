import { createContext, useContext } from 'react';
import type { ConsentChoices, ConsentDecision, ConsentStore, DecisionContext } from '@assent/core';
import type { ConsentId } from './ids.js';

/**
 * What `useConsent()` returns: the decision in effect and the store's actions. One object per
 * change, so it can be compared and passed down like any React state.
 *
 * @example
 * const { needsDecision, acceptAll }: ConsentValue = useConsent();
 */
export interface ConsentValue {
  /** The decision in effect; `undefined` when none applies, and always during server rendering and hydration. */
  decision: ConsentDecision | undefined;
  /** `true` when the visitor must be asked (no decision, an expired one, or a new revision). */
  needsDecision: boolean;
  /** Whether a category or service id is granted. */
  granted(id: ConsentId): boolean;
  acceptAll(context?: DecisionContext): ConsentDecision;
  rejectAll(context?: DecisionContext): ConsentDecision;
  /** Sets some categories or services; the others keep their value. */
  update(choices: ConsentChoices<ConsentId>, context?: DecisionContext & { method?: 'custom' | 'api' }): ConsentDecision;
  /** Withdraws every non-necessary category and service. */
  withdraw(context?: DecisionContext): ConsentDecision;
  /** Opens the preferences dialog (see `useOpenPreferences`). */
  openPreferences(opener?: HTMLElement): Promise<void>;
  /** The store itself; `undefined` while rendering on a server without one. */
  store: ConsentStore<ConsentId> | undefined;
}

/** What the provider hands to the hooks. Internal: the public surface is the hooks. */
export interface ConsentBinding {
  store: ConsentStore<ConsentId> | undefined;
  /** The answer server HTML and the hydration render give for an id (see createBinding). */
  serverGranted(id: ConsentId): boolean;
  /** The live value, a new object only when the decision changed. */
  value(): ConsentValue;
  /** The value the server rendered, from `initial`. */
  serverValue(): ConsentValue;
  openPreferences(opener?: HTMLElement): Promise<void>;
}

export const ConsentContext = createContext<ConsentBinding | null>(null);

/** The provider's binding; throws outside a `<ConsentProvider>`, where no answer would be right. */
export function useBinding(): ConsentBinding {
  const binding = useContext(ConsentContext);
  if (!binding) throw new Error('@assent/react: outside <ConsentProvider>');
  return binding;
}
