import type { ConsentOptions, ResolvedConfig } from '../config/types.js';
import type { ConsentDecision } from '../decision/types.js';
import { resolveOptions } from '../config/validate.js';
import { ADVERTISING, grantsInEffect } from '../decision/choices.js';
import { decisionFromCookie, decisionStatus, type ConsentStatus } from '../decision/from-cookie.js';
import { decodeConsentCookie, readCookie } from './index.js';

/**
 * What a server can tell from one request's consent cookie.
 *
 * @example
 * const consent = consentFromCookie(req.headers.cookie, siteOptions);
 * if (consent.granted('advertising')) renderAdSlot();
 */
export interface CookieConsentView {
  /** The decision in effect, or `undefined` (none, expired, other revision, corrupt cookie). */
  decision: ConsentDecision | undefined;
  status: ConsentStatus;
  /** Same answer the browser store gives for this cookie, config, GPC signal and time. */
  granted(id: string): boolean;
}

/**
 * Evaluates the consent cookie from a `Cookie` header with the same options the site gives the
 * browser store. Pass `gpc: true` when the request carries `Sec-GPC: 1`, and `region` if known.
 * The cookie is client-writable: confirm against the ledger where proof matters.
 *
 * @example
 * const consent = consentFromCookie(request.headers.get('cookie'), {
 *   ...siteOptions, gpc: request.headers.get('sec-gpc') === '1',
 * });
 * consent.granted('functional');
 */
export function consentFromCookie(cookieHeader: string | null | undefined, options: ConsentOptions = {}): CookieConsentView {
  return viewUnder(resolveOptions(options), cookieHeader, options);
}

function viewUnder(config: ResolvedConfig, cookieHeader: string | null | undefined, options: ConsentOptions): CookieConsentView {
  const nowMs = (options.now ?? Date.now)();
  const serviceIds = config.services.map((service) => service.id);
  const stored = decisionFromCookie(config, decodeConsentCookie(readCookie(cookieHeader, config.cookie.name), { serviceIds, now: nowMs }), '');
  const status = decisionStatus(config, stored, nowMs);
  const decision = status === 'valid' ? stored : undefined;
  // Same rule as the browser store: a newer GPC signal, a stale decision's refusals.
  const grants = grantsInEffect(config, stored, !!decision);
  return { decision, status, granted: (id) => grants[id] === true };
}

/**
 * What a page rendered for one visitor may show: whether the banner is needed and the ids granted.
 * Plain JSON, so a server component can hand it to the client (`initial` of the framework
 * bindings) and the server HTML and the first client render agree.
 *
 * @example
 * const initial: ConsentSnapshot = { needsDecision: true, granted: ['necessary'] };
 */
export interface ConsentSnapshot {
  /** No decision applies (none, expired, other revision, corrupt cookie): the banner is needed. */
  needsDecision: boolean;
  /** Every category and service id granted now, `necessary` included. */
  granted: string[];
}

/**
 * The `ConsentSnapshot` of a request: its consent cookie evaluated as `consentFromCookie` does,
 * with the site's options (give `region` and `gpc` as the page will).
 *
 * @example
 * // Next.js App Router, in a server component: the raw header (cookies().toString() re-encodes values)
 * const initial = consentSnapshot((await headers()).get('cookie'), consentConfig);
 * return <ConsentProvider options={consentConfig} initial={initial}>{children}</ConsentProvider>;
 */
export function consentSnapshot(cookieHeader: string | null | undefined, options: ConsentOptions = {}): ConsentSnapshot {
  const config = resolveOptions(options);
  const view = viewUnder(config, cookieHeader, options);
  // In an opt-out region a GPC signal is itself the decision: the browser store records it (method
  // `gpc`) without asking, so the page needs no banner there either.
  const gpcDecides = config.gpc && config.regime === 'opt-out' && ADVERTISING in config.owners;
  return { needsDecision: !view.decision && !gpcDecides, granted: Object.keys(config.owners).filter(view.granted) };
}
