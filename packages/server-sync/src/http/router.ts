import type { Caller } from '../console/auth.js';
import type { ApiKeyScope } from './api-key.js';
import { HttpError, errorReply } from './errors.js';
import { PATH_PARAMETERS, type RouteDoc } from './openapi/route-doc.js';
import type { LedgerReply, LedgerRequest } from './types.js';

/**
 * What a route's handler receives: the request, its URL, the client IP, the decoded and validated
 * path parameters, and the CORS headers its answer carries.
 *
 * @example
 * const handle = ({ params }: RouteContext) => json(200, { consentId: params.consentId });
 */
export interface RouteContext {
  request: LedgerRequest;
  url: URL;
  ip: string;
  params: Record<string, string>;
  cors: Record<string, string>;
  /** Who called, on routes with a scope (for the audit log). */
  caller: Caller | undefined;
}

/**
 * One endpoint: adding an endpoint is adding one of these to the table.
 *
 * @example
 * const health: Route = { method: 'GET', path: '/healthz', handle: () => json(200, { status: 'ok' }) };
 */
export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** Literal segments and `:name` parameters, e.g. `/v1/consents/:consentId/records`. */
  path: string;
  /** The API-key scope the request needs; without it, no key is asked for. */
  scope?: ApiKeyScope;
  /** Browsers on allowed origins may call it: origin check, CORS headers, preflight. */
  cors?: boolean;
  /** Counted against the per-IP rate limit. */
  limited?: boolean;
  handle(context: RouteContext): Promise<LedgerReply> | LedgerReply;
  /** Its operation in the OpenAPI document: what it does and every answer of its own. */
  doc: RouteDoc;
}

/**
 * What the router needs from the handler around it: checks that throw an `HttpError`.
 *
 * @example
 * const checks: RouterChecks = { limit: (ip) => {}, authorize: () => ({ actor: 'test', viaConsole: false }), corsFor: () => ({}) };
 */
export interface RouterChecks {
  /** Throws 429 when the IP is over its limit. */
  limit(ip: string): void;
  /** Throws 401 without a valid key or console session, 403 without the scope (or CSRF token); else who called. */
  authorize(request: LedgerRequest, url: URL, scope: ApiKeyScope): Caller;
  /** Throws 403 for an origin not allowed to call; else the CORS headers for the answer. */
  corsFor(request: LedgerRequest, url: URL): Record<string, string>;
}

/** How each path parameter must look once decoded (as the document states it), and what to call it in an error. */
const PARAMETERS: Record<string, [RegExp, string]> = Object.fromEntries(
  Object.entries(PATH_PARAMETERS).map(([name, { pattern, what }]) => [name, [new RegExp(pattern, 'u'), what]]),
);

type Compiled = Route & { segments: string[] };

/**
 * Routes a request on its path (after any base path) through the table: 404 when no route has
 * the path; then the rate limit, the origin check and preflight (CORS routes), 405 with `Allow`
 * for another method (HEAD is served as GET), the key's scope, and the parameters (400).
 *
 * @example
 * const route = createRouter([health], checks);
 * const reply = await route(request, '/healthz', ip);
 */
export function createRouter(routes: readonly Route[], checks: RouterChecks) {
  const table: Compiled[] = routes.map((route) => {
    for (const segment of route.path.split('/')) {
      if (segment.startsWith(':') && !PARAMETERS[segment.slice(1)]) throw new Error(`Route ${route.path}: no pattern for parameter ${segment}`);
    }
    return { ...route, segments: route.path.split('/') };
  });
  const matches = (route: Compiled, parts: string[]) =>
    route.segments.length === parts.length && route.segments.every((segment, index) => segment.startsWith(':') || segment === parts[index]);

  return async (request: LedgerRequest, path: string, url: URL, ip: string): Promise<LedgerReply> => {
    const parts = path.split('/');
    const candidates = table.filter((route) => matches(route, parts));
    if (!candidates.length) throw new HttpError(404, 'not_found', 'No such endpoint');
    if (candidates.some((route) => route.limited)) checks.limit(ip);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = candidates.find((candidate) => candidate.method === method);
    const corsPath = candidates.some((candidate) => candidate.cors);
    // The origin check belongs to CORS routes and their preflight: a route without CORS on the same
    // path (DELETE of a consent id, called by a site's backend with a key) is not a browser's to call.
    const cors = (route ? route.cors : request.method === 'OPTIONS' && corsPath) ? checks.corsFor(request, url) : {};
    const methods = [...new Set(candidates.map((candidate) => candidate.method))];
    if (request.method === 'OPTIONS' && corsPath) {
      return {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': [...new Set(candidates.filter((candidate) => candidate.cors).map((candidate) => candidate.method))].join(', '),
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '600',
        },
        body: null,
      };
    }
    if (!route) {
      // A wrong method is a 405 from any origin; an allowed origin can read it.
      let readable: Record<string, string> = {};
      try {
        if (corsPath) readable = checks.corsFor(request, url);
      } catch {}
      throw new HttpError(405, 'method_not_allowed', `Use ${methods.join(', ')}`, { ...readable, allow: methods.join(', ') });
    }
    const caller = route.scope ? checks.authorize(request, url, route.scope) : undefined;
    try {
      return await route.handle({ request, url, ip, params: parameters(route, parts), cors, caller });
    } catch (error) {
      // A browser can read an error only if it carries the CORS headers.
      if (error instanceof HttpError && route.cors) return errorReply(error, cors);
      throw error;
    }
  };
}

function parameters(route: Compiled, parts: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  route.segments.forEach((segment, index) => {
    if (!segment.startsWith(':')) return;
    const name = segment.slice(1);
    const [pattern, what] = PARAMETERS[name]!;
    let value: string;
    try {
      value = decodeURIComponent(parts[index]!);
    } catch {
      value = '';
    }
    if (!pattern.test(value)) throw new HttpError(400, 'invalid_id', `Malformed ${what}`);
    params[name] = value;
  });
  return params;
}
