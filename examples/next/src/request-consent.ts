// Server only: the consent of the request being rendered, read from its headers.
import { cache } from 'react';
import { headers } from 'next/headers';
import { consentSnapshot, type ConsentSnapshot } from '@assent/core/cookie';
import { assertEdgeCdn, regionFromHeaders, type EdgeCdn } from '@assent/core/region';
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
// The CDN in front of this deployment: Vercel's own when it runs there (it sets VERCEL=1), else
// the one ASSENT_CDN names. None otherwise — self-hosted, anyone could send those headers.
const cdn = process.env.ASSENT_CDN || (process.env.VERCEL ? 'vercel' : undefined);
if (cdn) assertEdgeCdn(cdn);

export const requestConsent = cache(async (): Promise<RequestConsent> => {
  const requestHeaders = await headers();
  const region = cdn ? regionFromHeaders(requestHeaders, { cdn: cdn as EdgeCdn }) : undefined;
  // The raw Cookie header, exactly as the browser sent it (cookies().toString() re-encodes values).
  // Sec-GPC: the browser's own store reads navigator.globalPrivacyControl; the server agrees with it.
  const snapshot = consentSnapshot(requestHeaders.get('cookie'), { ...optionsFor(region), gpc: requestHeaders.get('sec-gpc') === '1' });
  return { region, snapshot };
});
