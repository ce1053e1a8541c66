// Erasure for a visitor without an account: the only thing that ties them to the ledger is the
// consent id in their own `assent` cookie. POST /privacy/erase-my-consent-record reads that id
// from the request and asks the ledger to erase it with the site's erase-scoped API key — a key
// the browser never sees, so nobody can erase another visitor's record by guessing ids.
import { decodeConsentCookie, readCookie } from '@assent/core/cookie';
import { sameOrigin, sendJson } from './http-helpers.mjs';

/** What erasure keeps, in the words the answer gives the visitor. */
const KEPT =
  'The decision itself (which categories you accepted or refused, when, and under which notice) and its hashes stay: they no longer hold anything that identifies you, and the site must still be able to prove it asked.';

/**
 * The consent id in the visitor's `assent` cookie, whatever its revision or expiry. (The
 * middleware's `readConsent(req).consentId` is only set for a decision still in effect; a
 * visitor whose consent expired, or who was asked again, may ask for erasure all the same.)
 * @param {import('node:http').IncomingMessage} req
 * @returns {string | undefined}
 */
export const cookieConsentId = (req) => decodeConsentCookie(readCookie(req.headers.cookie, 'assent'), { serviceIds: [] })?.id;

/**
 * Erases through the ledger's HTTP API: `DELETE /v1/consents/{consentId}` with an API key that
 * has the `erase` scope. Resolves with the report, or `undefined` when nothing is held (404).
 * @param {() => string} ledgerUrl base URL of the ledger, e.g. `https://ledger.example` (read per call)
 * @param {string} eraseKey an API key with the `erase` scope (`ASSENT_API_KEYS="k_…:erase"` on the ledger)
 * @param {typeof fetch} [fetchImpl]
 * @returns {(consentId: string) => Promise<import('@assent/server-sync').ConsentErasureReport | undefined>}
 * @example
 * const erase = ledgerEraser(() => 'https://ledger.example', process.env.ASSENT_ERASE_KEY);
 * await erase('c-1234567');
 */
export function ledgerEraser(ledgerUrl, eraseKey, fetchImpl = fetch) {
  return async (consentId) => {
    const answer = await fetchImpl(`${ledgerUrl()}/v1/consents/${encodeURIComponent(consentId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${eraseKey}` },
    });
    if (answer.status === 404) return undefined;
    if (!answer.ok) throw new Error(`ledger answered ${answer.status} to the erasure of ${consentId}`);
    return answer.json();
  };
}

/**
 * Routes under /privacy. Resolves false when the path is not one of them.
 * @param {(consentId: string) => Promise<import('@assent/server-sync').ConsentErasureReport | undefined>} eraseConsent
 */
export function privacyRoutes(eraseConsent) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  return async (req, res, pathname) => {
    if (pathname !== '/privacy/erase-my-consent-record') return false;
    if (req.method !== 'POST') return (sendJson(res, 405, { error: { code: 'method_not_allowed', message: 'Use POST' } }, { allow: 'POST' }), true);
    // Another site must not be able to erase this visitor's record by posting a form.
    if (!sameOrigin(req)) return (sendJson(res, 403, { error: { code: 'cross_site', message: 'Send this from this site' } }), true);
    const consentId = cookieConsentId(req);
    if (!consentId)
      return (sendJson(res, 404, { error: { code: 'no_consent_cookie', message: 'This browser has no consent cookie: nothing to erase' } }), true);
    const report = await eraseConsent(consentId);
    if (!report) return (sendJson(res, 404, { error: { code: 'not_found', message: 'The ledger holds nothing under this consent id' } }), true);
    // The cookie stays: it is the visitor's own decision, which the site keeps honouring.
    return (sendJson(res, 200, { ...report, kept: KEPT }), true);
  };
}
