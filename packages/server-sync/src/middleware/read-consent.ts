import type { ConsentOptions } from '@assent/core';
import { consentFromCookie, DEFAULT_CATEGORIES, readCookie, regimeForRegion, type ConsentDecision, type Regime } from '@assent/core/cookie';
import { assertEdgeCdn, regionFromHeaders, type EdgeCdn } from '@assent/core/region';
import type { ConsentCheck } from '../ledger/create-ledger.js';
import { readGppString, type GppOptOuts } from './gpp-opt-outs.js';

/**
 * Anything that answers `check` like the ledger: an in-process `Ledger` or `remoteLedgerCheck(url)`.
 *
 * @example
 * const checker: ConsentChecker = ledger;
 */
export interface ConsentChecker {
  /** `updatedAt`: the cookie's decision time; a ledger with a read replica lets the replica answer only when its record is that decision. */
  check(consentId: string, categoryOrServiceId: string, options?: { revision?: string | undefined; updatedAt?: string | undefined }): Promise<ConsentCheck>;
}

/**
 * Options of `readConsent` and the middlewares: the site's consent options (the same the
 * browser store gets) plus an optional ledger to confirm against, and the CDN in front of the
 * site whose headers give the visitor's region.
 *
 * @example
 * const options: RequestConsentOptions = { revision: '3', cdn: 'cloudflare', ledger };
 */
export interface RequestConsentOptions extends Omit<ConsentOptions, 'gpc' | 'storage' | 'sync' | 'onError'> {
  ledger?: ConsentChecker;
  /**
   * The CDN the site is behind: its headers give `region` per request (`EDGE_REGION_HEADERS` of
   * `@assent/core/region`). Name it only when every request passes through it, as anyone can send
   * such headers to an origin that is reachable directly. A request without them keeps `region`.
   */
  cdn?: EdgeCdn;
  /** The cookie holding the page's GPP string (`@assent/gpp` writes it). Default `assent_gpp`. */
  gppCookieName?: string;
  /**
   * The categories or services whose refusal is an opt-out of sale, sharing and targeted
   * advertising: the `optOutOf` given to `@assent/gpp`. Default `['advertising']`.
   */
  gppOptOutOf?: readonly string[];
}

// The cookie @assent/gpp writes the GPP string to, and the refusal it reads as an opt-out (its defaults).
const DEFAULT_GPP_COOKIE_NAME = 'assent_gpp';
const DEFAULT_GPP_OPT_OUT_OF: readonly string[] = ['advertising'];

/**
 * What one request may do. `granted` reads the cookie (client-writable, instant); `confirmed`
 * also asks the ledger, the source of truth.
 *
 * @example
 * if (req.consent.granted('analytics')) track(req);
 * if (await req.consent.confirmed('advertising')) shareWithPartner(req);
 */
export interface RequestConsent {
  decision: ConsentDecision | undefined;
  consentId: string | undefined;
  /** The request carried `Sec-GPC: 1`. */
  gpc: boolean;
  /** The visitor's region: from the CDN's headers (`cdn`), else the `region` option, else `''`. */
  region: string;
  /** The regime for `region` (or the `regime` option): hand both to the page's store. */
  regime: Regime;
  /**
   * The opt-outs of the GPP string in the GPP cookie (US state laws: sale, sharing, targeted
   * advertising, GPC), decoded by the IAB's library, made as strict as the rest of the request:
   * each opt-out its sections define is `true` when the string says so, the consent cookie refuses
   * a `gppOptOutOf` id, or the request carries `Sec-GPC: 1`; `gpc` is `true` when the string or
   * the header says so. `undefined` without the cookie or when it does not decode. The string as
   * signalled: `parseGppOptOuts(gpp.gppString)`. Decoded on first read, once per request.
   */
  gpp: GppOptOuts | undefined;
  granted(id: string): boolean;
  /** Cookie and ledger both grant (same consent id and revision, not expired). Without a ledger: `granted(id)`. */
  confirmed(id: string): Promise<boolean>;
}

type HeaderBag = Record<string, string | string[] | undefined>;
/** A Fetch `Request` or a node:http / Express / Fastify request. */
type AnyRequest = Request | { headers: HeaderBag } | { raw: Request };

function header(request: AnyRequest, name: string): string | undefined {
  if ('raw' in request && request.raw instanceof Request) return request.raw.headers.get(name) ?? undefined;
  const headers = (request as { headers: Headers | HeaderBag }).headers;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as HeaderBag)[name];
  return Array.isArray(value) ? value.join('; ') : value;
}

/**
 * Reads the consent cookie (core's DOM-free codec) and `Sec-GPC` from a request.
 *
 * @example
 * const consent = readConsent(request, { revision: '3', ledger });
 * consent.granted('advertising');
 */
export function readConsent(request: AnyRequest, options: RequestConsentOptions = {}): RequestConsent {
  const gpc = header(request, 'sec-gpc') === '1';
  const { ledger, cdn, gppCookieName = DEFAULT_GPP_COOKIE_NAME, gppOptOutOf = DEFAULT_GPP_OPT_OUT_OF, ...site } = options;
  const region = (cdn && regionFromHeaders({ get: (name) => header(request, name) ?? null }, { cdn })) || site.region || '';
  const regime = site.regime ?? regimeForRegion(region);
  const view = consentFromCookie(header(request, 'cookie'), { ...site, region, regime, gpc });
  const decision = view.decision;
  // Decoding a GPP string costs milliseconds: only for a backend that reads gpp, once per request.
  let gpp: { value: GppOptOuts | undefined } | undefined;
  const readGpp = () => {
    // As @assent/gpp reads the store: only the ids the site has count, and any of them not granted is an opt-out.
    const siteIds = new Set([
      ...(site.categories ?? DEFAULT_CATEGORIES).map((entry) => (typeof entry === 'string' ? entry : entry.id)),
      ...(site.services ?? []).map((service) => service.id),
    ]);
    const optedOut = gpc || gppOptOutOf.some((id) => siteIds.has(id) && !view.granted(id));
    return gppFromCookie(readCookie(header(request, 'cookie'), gppCookieName), optedOut, gpc);
  };
  const confirmations = new Map<string, Promise<boolean>>();
  return {
    decision,
    consentId: decision?.id,
    gpc,
    region,
    regime,
    get gpp() {
      gpp ??= { value: readGpp() };
      return gpp.value;
    },
    granted: (id) => view.granted(id),
    confirmed(id) {
      if (!ledger) return Promise.resolve(view.granted(id));
      if (!decision || !view.granted(id)) return Promise.resolve(false);
      let answer = confirmations.get(id);
      if (!answer) {
        // The cookie's decision time: a read replica that has not replayed it yet is not asked.
        answer = ledger.check(decision.id, id, { revision: decision.revision, updatedAt: decision.updatedAt }).then(
          (check) => check.granted,
          () => false,
        );
        confirmations.set(id, answer);
      }
      return answer;
    },
  };
}

/**
 * The GPP cookie's opt-outs, no less strict than the request's own signals. The cookie can be
 * stale: written on a page with GPP, the decision later changed on a page without it.
 */
function gppFromCookie(value: string | undefined, optedOut: boolean, gpc: boolean): GppOptOuts | undefined {
  if (!value) return undefined;
  let reading: ReturnType<typeof readGppString>;
  try {
    // A cookie value may have been percent-encoded by whatever wrote it; a GPP string never needs it.
    reading = readGppString(decodeURIComponent(value));
  } catch {
    return undefined;
  }
  if (!reading) return undefined;
  const { optOuts, defines } = reading;
  const stricter = (key: 'saleOptOut' | 'sharingOptOut' | 'targetedAdvertisingOptOut') => (defines[key] && optedOut ? true : optOuts[key]);
  return {
    ...optOuts,
    saleOptOut: stricter('saleOptOut'),
    sharingOptOut: stricter('sharingOptOut'),
    targetedAdvertisingOptOut: stricter('targetedAdvertisingOptOut'),
    gpc: gpc ? true : optOuts.gpc,
  };
}

/**
 * Connect-style middleware for node:http, Express, and Fastify (`addHook('onRequest', …)`):
 * sets `req.consent`. A `cdn` that is not a known CDN throws here, when the server starts.
 *
 * @example
 * app.use(consentMiddleware({ revision: '3' }));
 * app.get('/', (req, res) => res.send(req.consent.granted('analytics') ? withAnalytics : plain));
 */
export function consentMiddleware(options: RequestConsentOptions = {}) {
  if (options.cdn !== undefined) assertEdgeCdn(options.cdn);
  return (req: { headers: HeaderBag; consent?: RequestConsent }, _res?: unknown, next?: (error?: unknown) => void): void => {
    req.consent = readConsent(req, options);
    next?.();
  };
}

/**
 * Hono middleware: `c.get('consent')` in later handlers.
 *
 * @example
 * app.use(honoConsent({ revision: '3' }));
 * app.get('/', (c) => c.text(c.get('consent').granted('advertising') ? 'ads' : 'no ads'));
 */
export function honoConsent(options: RequestConsentOptions = {}) {
  if (options.cdn !== undefined) assertEdgeCdn(options.cdn);
  return async (c: { req: { raw: Request }; set(key: 'consent', value: RequestConsent): void }, next: () => Promise<void>): Promise<void> => {
    c.set('consent', readConsent(c.req.raw, options));
    await next();
  };
}

/**
 * A `ConsentChecker` that asks a ledger over HTTP (`GET /v1/consents/{id}`), for backends that
 * do not share the ledger's process.
 *
 * @example
 * readConsent(req, { ledger: remoteLedgerCheck('https://consent.example.com') });
 */
export function remoteLedgerCheck(baseUrl: string, fetchImpl: typeof fetch = fetch): ConsentChecker {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async check(consentId, id, options = {}) {
      const query = options.updatedAt === undefined ? '' : `?updatedAt=${encodeURIComponent(options.updatedAt)}`;
      const response = await fetchImpl(`${base}/v1/consents/${encodeURIComponent(consentId)}${query}`);
      if (response.status === 404) return { granted: false, status: 'none', revision: undefined, expiresAt: undefined, recordId: undefined, withdrawn: false };
      if (!response.ok) throw new Error(`ledger answered ${response.status}`);
      const current = (await response.json()) as {
        status: string;
        revision: string;
        expiresAt: string;
        recordId: string;
        categories: Record<string, boolean>;
        services: Record<string, boolean>;
        withdrawn?: { categories: string[]; services: string[] } | null;
      };
      const taken = current.withdrawn;
      const withdrawn = !!taken && (taken.categories.includes(id) || taken.services.includes(id));
      const facts = { revision: current.revision, expiresAt: current.expiresAt, recordId: current.recordId, withdrawn };
      if (current.status !== 'valid') return { granted: false, status: 'expired', ...facts };
      if (options.revision !== undefined && options.revision !== current.revision) return { granted: false, status: 'revision-changed', ...facts };
      return { granted: id === 'necessary' || current.categories[id] === true || current.services[id] === true, status: 'valid', ...facts };
    },
  };
}
