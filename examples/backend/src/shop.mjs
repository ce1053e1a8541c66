// Server-side consent decisions: a JSON API (used by the SPA and the decision page) and a
// server-rendered shop page that decides before sending a single byte.
import { readConsent } from '@assent/server-sync';
import { REVISION } from './site.mjs';
import { adSlot, recommendations } from './decisions.mjs';
import { html, layout } from './html.mjs';
import { sendHtml, sendJson } from './http-helpers.mjs';

/**
 * Routes /api/recommendations, /api/ad-slot and /shop. Resolves false for other paths.
 * @param {import('@assent/server-sync').Ledger} ledger
 */
export function shopRoutes(ledger) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  return async (req, res, pathname) => {
    if (req.method !== 'GET') return false;
    const consent = () => readConsent(req, { revision: REVISION, ledger });
    if (pathname === '/api/recommendations') return (sendJson(res, 200, recommendations(consent())), true);
    if (pathname === '/api/ad-slot') return (sendJson(res, 200, await adSlot(consent())), true);
    if (pathname !== '/shop') return false;
    const request = consent();
    const picks = recommendations(request);
    const ad = await adSlot(request);
    const body = html`<h1>Shop</h1>
<p>This page is rendered on the server, which decided from your consent cookie${request.gpc ? ' and your Global Privacy Control signal' : ''}.</p>
<section class="card" id="recommendations" data-personalised="${String(picks.personalised)}" aria-labelledby="recommendations-title">
  <h2 id="recommendations-title">${picks.title}</h2>
  <ul>${picks.items.map((item) => html`<li>${item}</li>`)}</ul>
  <p class="why">${picks.reason}</p>
</section>
<section class="card" id="ad-slot" data-shown="${String(ad.shown)}" aria-labelledby="ad-title">
  <h2 id="ad-title">Advertisement</h2>
  ${ad.shown && ad.ad ? html`<p class="ad"><strong>${ad.ad.headline}</strong> — ${ad.ad.advertiser}</p>` : ''}
  <p class="why">${ad.reason}</p>
</section>`;
    return (sendHtml(res, 200, layout({ title: 'Shop', current: '/shop', body }), { vary: 'Cookie, Sec-GPC' }), true);
  };
}
