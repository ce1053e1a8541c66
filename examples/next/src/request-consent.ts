// Server only: the consent of the request being rendered, read from its headers.
import { cache } from 'react';
import { headers } from 'next/headers';
import { consentSnapshot, type ConsentSnapshot } from '@assent/core/cookie';
import { regionFromHeaders } from '@assent/core/region';
import { optionsFor } from './consent-config';

export interface RequestConsent {
  /** The visitor's ISO 3166 region from the CDN's headers, `undefined` when none says. */
  region: string | undefined;
  /** What this request's consent cookie grants under the site's options: the page's `initial`. */
  snapshot: ConsentSnapshot;
}

/**
 * The request's region and consent snapshot, computed once per request (the layout and a page
 * asking both get the same answer).
 *
 * @example
 * const { snapshot } = await requestConsent();
 * if (snapshot.granted.includes('functional')) { … }
 */
export const requestConsent = cache(async (): Promise<RequestConsent> => {
  const requestHeaders = await headers();
  // Vercel's edge sets x-vercel-ip-country / x-vercel-ip-country-region; the helper reads only the
  // headers of the CDN named here, since any client could send them to a server not behind it.
  const region = regionFromHeaders(requestHeaders, { cdn: 'vercel' });
  // The raw Cookie header, exactly as the browser sent it (cookies().toString() re-encodes values).
  // Sec-GPC: the browser's own store reads navigator.globalPrivacyControl; the server agrees with it.
  const snapshot = consentSnapshot(requestHeaders.get('cookie'), { ...optionsFor(region), gpc: requestHeaders.get('sec-gpc') === '1' });
  return { region, snapshot };
});
