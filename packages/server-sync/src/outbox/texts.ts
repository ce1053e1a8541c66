import type { ShownContent } from '../texts/shown-content.js';
import type { OutboxOptions } from './start-outbox.js';
import type { OutboxTransport } from './types.js';

// The text hashes the ledger has acknowledged, newest first, in localStorage: a few hashes per
// site (one per banner text version and locale). Blocked storage: the texts are sent again with
// the next record, which the ledger answers with 200 and stores nothing.
const KEY = 'assent-texts';
const acknowledged = (textHash?: string): string => {
  try {
    return textHash ? (localStorage[KEY] = `${textHash} ${acknowledged()}`.slice(0, 1300)) : (localStorage[KEY] ?? '');
  } catch {
    return '';
  }
};
const transient = (status: number) => !status || status === 408 || status === 429 || status >= 500;

/**
 * Options for `startOutbox` that also deliver the exact texts behind each decision: the content
 * the banner showed under a text hash is queued with the record (in IndexedDB, so a later page
 * view can still deliver it) and POSTed to the ledger's `/v1/texts` (beside `endpoint`) before the
 * first record that uses it — once per hash, remembered in localStorage. A transient failure
 * keeps the record queued and retries both; texts the ledger refuses are reported to `onError`
 * and the record is sent without them.
 *
 * @example
 * import { shownContent } from '@assent/banner';
 * startOutbox(store, { endpoint, notice, ...withTexts(endpoint, shownContent) });
 */
export function withTexts(
  endpoint: string,
  shownContent: (textHash: string) => ShownContent | undefined,
  onError?: (error: unknown) => void,
): Required<Pick<OutboxOptions, 'shownContent' | 'transport'>> {
  // A string body goes out as text/plain: a "simple" request without CORS preflight, so keepalive
  // sends work on pagehide (the ledger accepts JSON as text/plain).
  const post = async (url: string | URL, body: object, keepalive: boolean) =>
    (await fetch(url, { method: 'POST', body: JSON.stringify(body), keepalive })).status;
  return {
    shownContent,
    async transport(record, keepalive, shown) {
      const { textHash } = record;
      if (shown && !acknowledged().includes(textHash)) {
        const status = await post(
          new URL('texts', new URL(endpoint, document.baseURI)),
          { textHash, locale: shown.locale, texts: shown.texts, choices: shown.choices },
          keepalive,
        );
        if (transient(status)) return status;
        if (status > 299) onError?.(new Error(`ledger refused the texts of ${textHash}: ${status}`));
        acknowledged(textHash);
      }
      return post(endpoint, record, keepalive);
    },
  } satisfies { transport: OutboxTransport; shownContent: OutboxOptions['shownContent'] };
}
