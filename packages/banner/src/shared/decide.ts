import type { ConsentStore } from '@assent/core';
import { hashShownContent, type ShownContent } from '../text-hash/index.js';
import { SHOWN } from '../text-hash/shown-registry.js';

/** The store calls a banner or dialog button makes; each records a decision. */
export type DecisionAction = (store: ConsentStore, context: { textHash: string; locale: string }) => unknown;

/**
 * Records a decision with the hash of exactly what was shown. Without WebCrypto (an insecure
 * `http:` page) the decision still counts, with an empty hash, rather than being lost.
 *
 * @example
 * await decideWithHash(store, shown, (s, context) => s.acceptAll(context));
 */
export async function decideWithHash(store: ConsentStore, shown: ShownContent, action: DecisionAction): Promise<void> {
  const textHash = await hashShownContent(shown).catch(() => '');
  // Kept by hash, so the evidence outbox can deliver the exact texts with the decision.
  SHOWN.set(textHash, shown);
  action(store, { textHash, locale: shown.locale });
}

/**
 * Every category's current grant, the "initial state" part of what a person was shown.
 *
 * @example
 * categoryGrants(store); // { necessary: true, functional: false, … }
 */
export const categoryGrants = (store: ConsentStore): Record<string, boolean> =>
  Object.fromEntries(store.config.categories.map((id) => [id, store.granted(id)]));
