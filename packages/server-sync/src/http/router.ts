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

type Compiled = Route & { segments: string[]; params: Array<[index: number, name: string, pattern: RegExp, what: string]> };

/** Every route of one path shape, and what the router asks of them, worked out once. */
interface PathRoutes {
  routes: Compiled[];
  limited: boolean;
  corsPath: boolean;
  byMethod: Map<string, Compiled>;
  /** For 405's `Allow` and the preflight's `Access-Control-Allow-Methods`. */
  methods: string;
  corsMethods: string;
}

const pathRoutes = (routes: Compiled[]): PathRoutes => {
  const byMethod = new Map<string, Compiled>();
  // The first route of a method wins, as in the table.
  for (const route of routes) if (!byMethod.has(route.method)) byMethod.set(route.method, route);
  return {
    routes,
    limited: routes.some((route) => route.limited),
    corsPath: routes.some((route) => route.cors),
    byMethod,
    methods: [...byMethod.keys()].join(', '),
    corsMethods: [...new Set(routes.filter((route) => route.cors).map((route) => route.method))].join(', '),
  };
};

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
    const segments = route.path.split('/');
    const params = segments.flatMap((segment, index): Compiled['params'] => {
      if (!segment.startsWith(':')) return [];
      const name = segment.slice(1);
      if (!PARAMETERS[name]) throw new Error(`Route ${route.path}: no pattern for parameter ${segment}`);
      const [pattern, what] = PARAMETERS[name];
      return [[index, name, pattern, what]];
    });
    return { ...route, segments, params };
  });
  // Routes grouped by path shape (the same segments), per number of segments: a request is
  // matched against a few shapes instead of every route, and the shape's answers are ready.
  const shapes = new Map<string, Compiled[]>();
  for (const route of table) {
    const shape = route.path.replace(/:[^/]+/g, ':');
    shapes.set(shape, [...(shapes.get(shape) ?? []), route]);
  }
  const bySegmentCount = new Map<number, PathRoutes[]>();
  for (const shape of shapes.values()) {
    const count = shape[0]!.segments.length;
    bySegmentCount.set(count, [...(bySegmentCount.get(count) ?? []), pathRoutes(shape)]);
  }
  const matches = (segments: string[], parts: string[]) => {
    for (let index = 0; index < segments.length; index++) if (segments[index]![0] !== ':' && segments[index] !== parts[index]) return false;
    return true;
  };
  const order = new Map(table.map((route, index) => [route, index]));
  const routesFor = (parts: string[]): PathRoutes | undefined => {
    let found: PathRoutes | undefined;
    let more: PathRoutes[] | undefined;
    for (const shape of bySegmentCount.get(parts.length) ?? []) {
      if (!matches(shape.routes[0]!.segments, parts)) continue;
      if (!found) found = shape;
      else (more ??= [found]).push(shape);
    }
    // Several shapes can match one path (a literal and a parameter in the same place): all their
    // routes are candidates, in table order.
    return more ? pathRoutes(more.flatMap((shape) => shape.routes).sort((a, b) => order.get(a)! - order.get(b)!)) : found;
  };

  return async (request: LedgerRequest, path: string, url: URL, ip: string): Promise<LedgerReply> => {
    const parts = path.split('/');
    const candidates = routesFor(parts);
    if (!candidates) throw new HttpError(404, 'not_found', 'No such endpoint');
    if (candidates.limited) checks.limit(ip);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = candidates.byMethod.get(method);
    const { corsPath } = candidates;
    // The origin check belongs to CORS routes and their preflight: a route without CORS on the same
    // path (DELETE of a consent id, called by a site's backend with a key) is not a browser's to call.
    const cors = (route ? route.cors : request.method === 'OPTIONS' && corsPath) ? checks.corsFor(request, url) : {};
    if (request.method === 'OPTIONS' && corsPath) {
      return {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': candidates.corsMethods,
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
      throw new HttpError(405, 'method_not_allowed', `Use ${candidates.methods}`, { ...readable, allow: candidates.methods });
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
  for (const [index, name, pattern, what] of route.params) {
    let value: string;
    try {
      value = decodeURIComponent(parts[index]!);
    } catch {
      value = '';
    }
    if (!pattern.test(value)) throw new HttpError(400, 'invalid_id', `Malformed ${what}`);
    params[name] = value;
  }
  return params;
}
