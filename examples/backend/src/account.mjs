// The demo account: sign in as the demo user, see the evidence the ledger holds about you,
// export it as JSON (access / portability) or erase it (erasure keeps the proofs verifiable).
import { decodeConsentCookie, readCookie } from '@assent/core/cookie';
import { truncateIp } from '@assent/server-sync';
import { DEMO_USER, SESSION_COOKIE } from './site.mjs';
import { html, layout } from './html.mjs';
import { cookie, redirect, sameOrigin, sendHtml, sendJson } from './http-helpers.mjs';
import { linkConsentToSubject } from './link-subject.mjs';

/** @typedef {import('@assent/server-sync').EvidenceRecord} EvidenceRecord */

const SESSION = `${SESSION_COOKIE}=signed-in; Path=/; HttpOnly; SameSite=Lax`;
const SIGNED_OUT = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

/**
 * This browser's consent id, whatever revision or expiry its decision has.
 * @param {import('node:http').IncomingMessage} req
 */
const browserConsentId = (req) => decodeConsentCookie(readCookie(req.headers.cookie, 'assent'), { serviceIds: [] })?.id;

/**
 * Routes under /account. Resolves false when the path is not one of them.
 * @param {import('@assent/server-sync').Ledger} ledger
 */
export function accountRoutes(ledger) {
  /** @param {import('node:http').IncomingMessage} req */
  const context = (req) => ({
    ip: truncateIp(req.socket.remoteAddress ?? ''),
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 512),
    origin: `http://${req.headers.host}`,
  });
  /** @param {import('node:http').IncomingMessage} req */
  const link = async (req) => {
    const consentId = browserConsentId(req);
    return consentId ? linkConsentToSubject(ledger, consentId, DEMO_USER.subjectId, context(req)) : false;
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  return async (req, res, pathname) => {
    const signedIn = cookie(req, SESSION_COOKIE) === 'signed-in';
    if (req.method === 'POST' && !sameOrigin(req))
      return (sendJson(res, 403, { error: { code: 'cross_site', message: 'Forms must be sent from this site' } }), true);
    switch (`${req.method} ${pathname}`) {
      case 'GET /account': {
        // A decision made since signing in (or before the first one) is linked on the next visit.
        if (signedIn) await link(req);
        const records = signedIn ? (await ledger.exportSubject(DEMO_USER.subjectId)).records : [];
        const notice = new URL(req.url ?? '/', 'http://x').searchParams.get('done');
        return (
          sendHtml(
            res,
            200,
            layout({ title: 'Your data', current: '/account', body: signedIn ? accountPage(records, browserConsentId(req)) : signInPage(notice) }),
          ),
          true
        );
      }
      case 'POST /account/sign-in':
        await link(req);
        return (redirect(res, '/account', { 'set-cookie': SESSION }), true);
      case 'POST /account/sign-out':
        return (redirect(res, '/account', { 'set-cookie': SIGNED_OUT }), true);
      case 'GET /account/export': {
        if (!signedIn) return (redirect(res, '/account'), true);
        const exported = await ledger.exportSubject(DEMO_USER.subjectId);
        return (
          sendJson(
            res,
            200,
            { exportedAt: new Date().toISOString(), ...exported },
            { 'content-disposition': `attachment; filename="assent-evidence-${DEMO_USER.subjectId}.json"` },
          ),
          true
        );
      }
      case 'POST /account/erase': {
        if (!signedIn) return (redirect(res, '/account'), true);
        await ledger.eraseSubject(DEMO_USER.subjectId);
        // Erasure ends the link; signing out too makes sure the next visit does not re-link at once.
        return (redirect(res, '/account?done=erased', { 'set-cookie': SIGNED_OUT }), true);
      }
      default:
        return false;
    }
  };
}

/** @param {string | null} notice */
function signInPage(notice) {
  return html`<h1>Your data</h1>
${notice === 'erased' ? html`<p role="status" class="notice">Your data was erased from the ledger, and you were signed out.</p>` : ''}
<p>Sign in as the demo user to see the evidence of consent the ledger holds about you, export it, or erase it.</p>
<p>Signing in links this browser's consent id to the account <code>${DEMO_USER.subjectId}</code>: the ledger stores one more record with your decision unchanged and the account id (method <code>api</code>).</p>
<form method="post" action="/account/sign-in"><button type="submit" class="button">Sign in as ${DEMO_USER.name}</button></form>`;
}

/**
 * @param {EvidenceRecord[]} records
 * @param {string | undefined} consentId
 */
function accountPage(records, consentId) {
  const granted = (/** @type {EvidenceRecord} */ record) =>
    Object.entries(record.categories)
      .filter(([, on]) => on)
      .map(([id]) => id)
      .join(', ');
  // What a withdrawal took back, as the ledger derived it ('—' for records from before it did).
  const withdrawn = (/** @type {EvidenceRecord} */ record) =>
    [...(record.withdrawn?.categories ?? []), ...(record.withdrawn?.services ?? [])].join(', ') || '—';
  return html`<h1>Your data</h1>
<p>Signed in as <strong>${DEMO_USER.name}</strong> (subject id <code>${DEMO_USER.subjectId}</code>). This browser's consent id: <code>${consentId ?? 'none yet'}</code>.</p>
<h2>Evidence trail</h2>
${
  records.length
    ? html`<div class="table-scroll" tabindex="0" role="region" aria-label="Evidence records">
<table class="evidence">
<caption>${records.length} record${records.length === 1 ? '' : 's'}, oldest first, per consent id</caption>
<thead><tr><th scope="col">#</th><th scope="col">Event</th><th scope="col">Method</th><th scope="col">Granted</th><th scope="col">Withdrawn</th><th scope="col">Revision</th><th scope="col">GPC</th><th scope="col">Recorded (server)</th><th scope="col">Expires</th><th scope="col">IP (truncated)</th></tr></thead>
<tbody>${records.map((record) => html`<tr data-record-id="${record.recordId}"><td>${record.seq}</td><td>${record.event}</td><td>${record.method}</td><td>${granted(record)}</td><td>${withdrawn(record)}</td><td>${record.revision}</td><td>${record.gpc ? 'yes' : 'no'}</td><td><time datetime="${record.recordedAt}">${record.recordedAt.replace('T', ' ').slice(0, 19)}</time></td><td><time datetime="${record.expiresAt}">${record.expiresAt.slice(0, 10)}</time></td><td>${record.ip || '—'}</td></tr>`)}</tbody>
</table></div>`
    : html`<p>The ledger holds nothing about you. Make a choice in the cookie banner, then come back.</p>`
}
<h2>Your rights</h2>
<div class="actions">
  <a class="button" href="/account/export" download>Export my data (JSON)</a>
  <form method="post" action="/account/erase"><button type="submit" class="button">Erase my data</button></form>
  <form method="post" action="/account/sign-out"><button type="submit" class="button">Sign out</button></form>
</div>
<p>Erasure removes the account link and the identifying fields (IP, browser) from every record; the records' hashes stay verifiable, and no longer point to you.</p>`;
}
