// Server-side consent decisions: a JSON API (used by the SPA and the decision page) and a
// server-rendered shop page that decides before sending a single byte.
import { assertEdgeCdn, EDGE_REGION_HEADERS } from '@assent/core/region';
import { readConsent } from '@assent/server-sync';
import { REVISION } from './site.mjs';
import { adSlot, recommendations } from './decisions.mjs';
import { html, layout } from './html.mjs';
import { sendHtml, sendJson } from './http-helpers.mjs';

/** The response differs by region: caches must key on the headers that carry it. */
/** @type {Record<string, string[]>} */
const EDGE_VARY = Object.fromEntries(Object.entries(EDGE_REGION_HEADERS).map(([cdn, names]) => [cdn, Object.values(names)]));

/**
 * Routes /api/recommendations, /api/ad-slot, /api/gpp and /shop. Resolves false for other paths. Behind a
 * CDN (`cdn`), the visitor's region comes from its headers and the shop page hands it to the
 * script tag, so US visitors get the opt-out regime and everyone else opt-in.
 * @param {import('@assent/server-sync').Ledger} ledger
 * @param {{ cdn?: import('@assent/core/region').EdgeCdn }} [edge]
 */
export function shopRoutes(ledger, edge = {}) {
  if (edge.cdn) assertEdgeCdn(edge.cdn);
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  return async (req, res, pathname) => {
    if (req.method !== 'GET') return false;
    const consent = () => readConsent(req, { revision: REVISION, ledger, ...(edge.cdn ? { cdn: edge.cdn } : {}) });
    if (pathname === '/api/recommendations') return (sendJson(res, 200, recommendations(consent())), true);
    if (pathname === '/api/ad-slot') return (sendJson(res, 200, await adSlot(consent())), true);
    // What a server-side ad request reads: the GPP opt-outs of the assent_gpp cookie, made as strict
    // as the request's consent cookie and Sec-GPC. `gpp` is a getter decoded on first read; its
    // value is a plain object, so it serialises as is.
    if (pathname === '/api/gpp') return (sendJson(res, 200, { gpp: consent().gpp ?? null }), true);
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
    const vary = ['Cookie', 'Sec-GPC', ...(edge.cdn ? (EDGE_VARY[edge.cdn] ?? []) : [])].join(', ');
    return (sendHtml(res, 200, layout({ title: 'Shop', current: '/shop', body, region: request.region }), { vary }), true);
  };
}
