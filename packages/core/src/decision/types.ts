/** How the person (or the SDK on their behalf) arrived at a decision. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc' | 'api';

/**
 * `opt-in`: nothing but `necessary` until the person decides (EU/UK and most of the world).
 * `opt-out`: non-necessary categories apply until the person opts out (US state laws).
 */
export type Regime = 'opt-in' | 'opt-out';

/**
 * One consent decision: what a person chose, when, under which policy revision and until when.
 *
 * @example
 * const d: ConsentDecision = store.state!;
 * if (d.categories.analytics) console.log('analytics allowed until', d.expiresAt);
 */
export interface ConsentDecision {
  /** Random UUID that identifies this browser's consent across updates (the ledger's key). */
  id: string;
  /** Policy revision the person saw; a new revision asks again. */
  revision: string;
  /** Every configured category id → granted. `necessary` is always `true`. */
  categories: Record<string, boolean>;
  /** Every configured service id → granted. */
  services: Record<string, boolean>;
  /** ISO 8601 time the first decision for this consent id was given. */
  givenAt: string;
  /** ISO 8601 time of this decision. */
  updatedAt: string;
  /** ISO 8601 time after which the decision no longer applies and the person is asked again. */
  expiresAt: string;
  method: ConsentMethod;
  locale: string;
  /** ISO 3166 code the regime was chosen for, or `''` when unknown. */
  region: string;
  regime: Regime;
  /** Whether a Global Privacy Control signal was present when deciding. */
  gpc: boolean;
  /** Hash of the exact texts and choices shown (filled by the banner), or `''`. */
  textHash: string;
}

/**
 * Choices passed to `update()`: category ids and/or service ids mapped to granted (only the
 * config's ids when they are typed, see `ConsentIds`).
 *
 * @example
 * store.update({ analytics: true, 'google-ads': false });
 */
export type ConsentChoices<Id extends string = string> = string extends Id ? Record<string, boolean> : Partial<Record<Id, boolean>>;
