import { hashShownContent, type ShownContent } from '@assent/banner';
import type { DecisionContext } from '@assent/core';
import type { TcfChoices } from '../../types.js';
import { rememberShown } from './shown-registry.js';

/**
 * Every TCF choice as `kind:id` flags, the "initial state" part of what a person was shown (the
 * text hash covers it, like the banner's category grants).
 *
 * @example
 * choiceFlags({ ...none, purposeConsents: [1] }); // { 'purpose-consent:1': true, … }
 */
export function choiceFlags(choices: TcfChoices): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  for (const [kind, ids] of Object.entries(choices) as [string, number[]][]) for (const id of ids) flags[`${kind}:${id}`] = true;
  return flags;
}

/**
 * Records a decision with the hash of exactly what was shown. Without WebCrypto (an insecure
 * `http:` page) the decision still counts, with an empty hash, rather than being lost.
 *
 * @example
 * await decideWithHash(shown, (context) => controller.acceptAll(context));
 */
export async function decideWithHash(shown: ShownContent, action: (context: DecisionContext) => void): Promise<void> {
  const textHash = await hashShownContent(shown).catch(() => '');
  // Kept by hash, so the evidence outbox can deliver the exact texts with the decision.
  rememberShown(textHash, shown);
  action({ textHash, locale: shown.locale });
}
