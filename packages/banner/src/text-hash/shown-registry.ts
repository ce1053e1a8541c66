import type { ShownContent } from './index.js';

/**
 * What this page showed, by text hash (`hashShownContent` fills it whenever it hashes):
 * content-addressed, so one registry per page serves every banner and dialog on it — the same
 * hash is always the same content. A few entries per page view.
 *
 * @example
 * SHOWN.get(decision.textHash); // { locale: 'en', texts: […], choices: {…} }
 */
export const SHOWN = new Map<string, ShownContent>();

/**
 * What this page showed under a text hash, if it showed it: the texts and choices behind a
 * decision's `textHash`, for the evidence outbox to upload to the ledger (`POST /v1/texts`).
 *
 * @example
 * import { withTexts } from '@assent/server-sync/outbox-texts';
 * startOutbox(store, { endpoint, ...withTexts(endpoint, shownContent) });
 */
export const shownContent = (textHash: string): ShownContent | undefined => SHOWN.get(textHash);
