import type { ResolvedConfig, HistoryEntry } from '../config/types.js';
import type { DecisionContext } from '../decision/choices.js';
import type { ConsentChoices, ConsentDecision } from '../decision/types.js';

import type { ConsentStatus } from '../decision/from-cookie.js';

/**
 * What a listener learns about a change besides the new decision.
 *
 * @example
 * store.subscribe((decision, change) => change.revoked.includes('analytics') && stopAnalytics());
 */
export interface ConsentChange {
  /** Category and service ids that became granted. */
  granted: string[];
  /** Category and service ids that stopped being granted. */
  revoked: string[];
  /**
   * Category and service ids the decision before granted and this one denies: the person withdrew
   * consent (`[]` for a first decision, after expiry or a new revision). Ids to delete data for.
   */
  withdrawn: string[];
  /** The decision that applied before, if any. */
  previous: ConsentDecision | undefined;
  /** `local`: decided in this tab; `other-tab`: synced in; `storage`: the cookie changed; `expiry`: it ran out. */
  source: 'local' | 'other-tab' | 'storage' | 'expiry';
}

/**
 * Called with the decision in effect (or `undefined`) after every decision or change.
 *
 * @example
 * const listener: ConsentListener = (decision) => console.log(decision?.method);
 */
export type ConsentListener = (decision: ConsentDecision | undefined, change: ConsentChange) => void;

/**
 * The headless consent store returned by `createConsent()`. `Id` is the union of the config's
 * category and service ids when the config is typed (`defineConsentConfig`), else `string`.
 *
 * @example
 * const store = createConsent({ revision: '3' });
 * if (store.needsDecision) showBanner();
 * store.onGranted('analytics', () => loadAnalytics());
 */
export interface ConsentStore<Id extends string = string> {
  /** The decision in effect, or `undefined` when none applies (none, expired, other revision). */
  readonly state: ConsentDecision | undefined;
  /** `true` when the person must be asked: no decision, an expired one, or a new revision. */
  readonly needsDecision: boolean;
  readonly status: ConsentStatus;
  /** The validated configuration with defaults applied. */
  readonly config: ResolvedConfig;
  /**
   * Resolves once the full decision (with its text hash) has been read from IndexedDB, or that
   * failed. Reading starts on first access, so pages that never need it never load IndexedDB code.
   */
  readonly ready: Promise<void>;
  /** Whether a category or service id is granted now. O(1), no I/O. Unknown ids are denied. */
  granted(id: Id): boolean;
  acceptAll(context?: DecisionContext): ConsentDecision;
  rejectAll(context?: DecisionContext): ConsentDecision;
  /** Sets some categories/services; everything not named keeps its current value. */
  update(choices: ConsentChoices<Id>, context?: DecisionContext & { method?: 'custom' | 'api' }): ConsentDecision;
  /** Withdraws every non-necessary category and service. */
  withdraw(context?: DecisionContext): ConsentDecision;
  subscribe(listener: ConsentListener): () => void;
  /** Runs `fn` now if `id` is granted, else once when it becomes granted. Returns a cancel function. */
  onGranted(id: Id, fn: () => void): () => void;
  /** Past decisions of this browser, oldest first (from IndexedDB; `[]` if blocked). */
  history(): Promise<HistoryEntry[]>;
  /** Stops cross-tab sync and drops listeners. */
  destroy(): void;
}
