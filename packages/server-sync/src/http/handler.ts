import type { Ledger } from '../ledger/create-ledger.js';
import { createAuthorizer } from '../console/auth.js';
import { createConsoleSessions } from '../console/session.js';
import { consoleSessionRoutes } from '../console/session-routes.js';
import { consoleStaticFiles } from '../console/static-files.js';
import { apiKeyRing, apiKeysFromEnv, type ApiKey } from './api-key.js';
import { clientIpResolver } from './client-ip.js';
import { HttpError, errorReply, logFailure } from './errors.js';
import { DIRECT_HANDLER, fromFetchRequest, toFetchResponse, type DirectHandler } from './exchange.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { createRouter } from './router.js';
import { ledgerRoutes } from './routes.js';
import type { ConnectionInfo, LedgerLogEntry, LedgerRequest } from './types.js';
import type { VendorListCache } from '../tcf/vendor-list-cache.js';

/**
 * Largest accepted request body: a decision is well under 2 KB.
 *
 * @example
 * createLedgerHandler({ ledger, bodyLimit: DEFAULT_BODY_LIMIT * 2 });
 */
export const DEFAULT_BODY_LIMIT = 16 * 1024;

/**
 * Options of `createLedgerHandler`.
 *
 * @example
 * createLedgerHandler({ ledger, allowedOrigins: ['https://shop.example'], trustedProxies: ['10.0.0.2'] });
 */
export interface LedgerHandlerOptions {
  ledger: Ledger;
  /**
   * Keys for the evidence and subject endpoints: a string has every scope, `{ key, scopes }` only
   * those listed (`read` the evidence trail, `export` a subject, `erase` a subject or a consent id).
   * Default: `ASSENT_API_KEYS` (see `apiKeysFromEnv`).
   */
  apiKeys?: readonly (string | ApiKey)[];
  /** Origins allowed to write from browsers (exact, e.g. `https://shop.example`); `'*'` allows any. Same-origin always works. */
  allowedOrigins?: readonly string[];
  /** Direct peers whose `X-Forwarded-For` is believed (your load balancer). Default: none. */
  trustedProxies?: readonly string[];
  /** Per-IP limit, or `false` to turn off. Default 120 requests per minute. */
  rateLimit?: RateLimitOptions | false;
  /** Default 16 KB. */
  bodyLimit?: number;
  /** Prefix the API is mounted under, e.g. `/consent`. Default `''`. */
  basePath?: string;
  /** `lastUpdate` of `/.well-known/gpc.json` (YYYY-MM-DD); omitted when not given. */
  gpcLastUpdate?: string;
  /**
   * The privacy officer's console at `<basePath>/console/` and its sign-in (`/console/session`):
   * on by default when a key has the `console` scope; `false` turns it off. `sessionSeconds`: how
   * long a sign-in lasts (default 1800).
   */
  console?: boolean | { sessionSeconds?: number };
  /**
   * The origin browsers reach the ledger at when it differs from the one requests arrive with —
   * behind a TLS-terminating proxy, e.g. `https://consent.example.com`. The console's sign-in and
   * state changes accept this `Origin` as the ledger's own.
   */
  publicOrigin?: string;
  /** The retention schedule the server runs, for the console's integrity view. */
  retention?: { days: number; nextRunAt(): Date | undefined };
  /**
   * Serve the IAB TCF Global Vendor List at `GET /v1/tcf/vendor-list.json` from this cache
   * (`createVendorListCache`; call its `start()`). Without it that path is a 404.
   */
  tcfVendorList?: VendorListCache;
  /** Receives failures (code, status, route); never request headers, keys or personal data. */
  log?: (entry: LedgerLogEntry) => void;
  now?: () => number;
}

/**
 * A Fetch handler for the ledger's HTTP API.
 *
 * @example
 * const handler: LedgerHandler = createLedgerHandler({ ledger });
 * const response = await handler(new Request('http://localhost/healthz'));
 */
export type LedgerHandler = (request: Request, connection?: ConnectionInfo) => Promise<Response>;

/**
 * Creates the ledger's `(Request) => Promise<Response>` handler: `POST /v1/consents`,
 * `GET /v1/consents/{id}`, `GET /v1/consents/{id}/records`, `GET|DELETE /v1/subjects/{id}`,
 * `GET /healthz`, `GET /.well-known/gpc.json` and `GET /v1/openapi.json`, the OpenAPI 3.1
 * document of them all (the table in routes.ts). Mount it in any Fetch-style server, or in
 * node:http / Express / Fastify through `toNodeListener`.
 *
 * @example
 * const handler = createLedgerHandler({ ledger, allowedOrigins: ['https://shop.example'] });
 * Bun.serve({ fetch: handler }); // or: createLedgerServer(handler).listen(8787)
 */
export function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler {
  const now = options.now ?? Date.now;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const ring = apiKeyRing(options.apiKeys ?? apiKeysFromEnv());
  const consoleOn = options.console === undefined ? ring.hasConsoleKey : options.console !== false;
  const sessions = consoleOn
    ? createConsoleSessions(ring, { lifetimeSeconds: typeof options.console === 'object' ? options.console.sessionSeconds : undefined, now })
    : undefined;
  const consoleFiles = consoleOn ? consoleStaticFiles() : undefined;
  const publicOrigin = options.publicOrigin === undefined ? undefined : originOf(options.publicOrigin);
  const allowed = new Set(options.allowedOrigins ?? []);
  const ipOf = clientIpResolver(options.trustedProxies ?? []);
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit, now);

  const route = createRouter(
    ledgerRoutes({
      ledger: options.ledger,
      bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
      basePath,
      gpcLastUpdate: options.gpcLastUpdate,
      now,
      retention: options.retention,
      tcfVendorList: options.tcfVendorList,
      extraRoutes: sessions ? consoleSessionRoutes(ring, sessions, basePath, publicOrigin) : [],
    }),
    {
      limit(ip) {
        const verdict = limiter?.take(ip);
        if (verdict && !verdict.allowed)
          throw new HttpError(429, 'rate_limited', 'Too many requests from this address', { 'retry-after': String(verdict.retryAfterSeconds) });
      },
      authorize: createAuthorizer(ring, sessions, publicOrigin),
      corsFor(request, url): Record<string, string> {
        const origin = request.header('origin');
        if (!origin || origin === url.origin) return {};
        if (!allowed.has('*') && !allowed.has(origin)) throw new HttpError(403, 'origin_not_allowed', 'This origin may not write to the ledger');
        return { 'access-control-allow-origin': origin, vary: 'Origin' };
      },
    },
  );

  const direct: DirectHandler = async (request, connection) => {
    const { url, method } = request;
    try {
      if (basePath && !url.pathname.startsWith(basePath + '/')) throw new HttpError(404, 'not_found', 'No such endpoint');
      const ip = ipOf(connection.remoteAddress, request.header('x-forwarded-for'));
      const path = url.pathname.slice(basePath.length);
      const reply = consoleFiles?.(request, path, basePath) ?? (await route(request, path, url, ip));
      if (reply.status >= 400) logFailure(options.log, method, url, reply.status, 'error response');
      return reply;
    } catch (caught) {
      const error = caught instanceof HttpError ? caught : new HttpError(500, 'internal', 'Internal error');
      logFailure(options.log, method, url, error.status, error.code === 'internal' ? String(caught) : error.message, error.code);
      return errorReply(error);
    }
  };
  const handler: LedgerHandler = async (request, connection = {}) => {
    let ledgerRequest: LedgerRequest;
    try {
      ledgerRequest = fromFetchRequest(request);
    } catch (caught) {
      logFailure(options.log, request.method, undefined, 500, String(caught), 'internal');
      return toFetchResponse(errorReply(new HttpError(500, 'internal', 'Internal error')));
    }
    return toFetchResponse(await direct(ledgerRequest, connection));
  };
  // toNodeListener answers node:http requests through `direct`, without Fetch objects, and reports
  // what it answers itself (a bad Host, an oversized body) to the same log.
  return Object.assign(handler, { [DIRECT_HANDLER]: { handle: direct, log: options.log } });
}

function originOf(publicOrigin: string): string {
  const origin = URL.canParse(publicOrigin) ? new URL(publicOrigin).origin : 'null';
  if (origin === 'null')
    throw new TypeError(`publicOrigin: not an http(s) origin like https://consent.example.com (got ${JSON.stringify(publicOrigin).slice(0, 80)})`);
  return origin;
}
