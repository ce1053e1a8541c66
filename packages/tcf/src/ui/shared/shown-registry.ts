import { shownContent, type ShownContent } from '@assent/banner';

// What the TCF layers showed, by text hash, for the evidence outbox to upload with the decision.
// `@assent/banner` keeps its own registry but exports only its reader, so the TCF layers keep theirs.
const TCF_SHOWN = new Map<string, ShownContent>();

/**
 * Remembers what was shown under its hash (content-addressed: one hash is always the same content).
 *
 * @example
 * rememberShown(textHash, shown);
 */
export function rememberShown(textHash: string, shown: ShownContent): void {
  if (textHash) TCF_SHOWN.set(textHash, shown);
}

/**
 * What this page showed under a text hash — a TCF layer's or `@assent/banner`'s — for the evidence
 * outbox (`POST /v1/texts`).
 *
 * @example
 * startOutbox(store, { endpoint, ...withTexts(endpoint, tcfShownContent) });
 */
export const tcfShownContent = (textHash: string): ShownContent | undefined => TCF_SHOWN.get(textHash) ?? shownContent(textHash);
