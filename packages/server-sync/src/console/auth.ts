import { type ApiKeyRing, type ApiKeyScope, bearerKey } from '../http/api-key.js';
import { HttpError } from '../http/errors.js';
import type { LedgerRequest } from '../http/types.js';
import { CONSOLE_COOKIE, type ConsoleSession, type ConsoleSessions, cookieValue, csrfMatches } from './session.js';

/**
 * Who made a request that needed a key: the audit log's name for the key holder, and whether it
 * came through a console session.
 *
 * @example
 * const actor = caller.viaConsole ? `${caller.actor} (console)` : caller.actor;
 */
export interface Caller {
  actor: string;
  viaConsole: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 403 `csrf_failed` unless a browser's `Origin` (when it sends one) is the ledger's own — the one
 * the request reached, or `publicOrigin`, the one browsers use in front of a TLS proxy: a form or
 * script on another site must not act with the officer's session. Browsers send `Origin` on every
 * POST and DELETE; tools without one are judged by the CSRF token alone.
 *
 * @example
 * requireOwnOrigin(request, url);
 */
export function requireOwnOrigin(request: LedgerRequest, url: URL, publicOrigin?: string): void {
  const origin = request.header('origin');
  if (origin !== null && origin !== url.origin && origin !== publicOrigin) throw new HttpError(403, 'csrf_failed', 'This request comes from another site');
}

/**
 * The console session a request's cookie carries, or undefined.
 *
 * @example
 * const session = sessionOf(sessions, request);
 */
export function sessionOf(sessions: ConsoleSessions | undefined, request: LedgerRequest): ConsoleSession | undefined {
  const token = sessions && cookieValue(request.header('cookie'), CONSOLE_COOKIE);
  return token ? sessions.open(token) : undefined;
}

/**
 * The check behind every route with a scope: an `Authorization: Bearer` key, else a console
 * session cookie (its key's scopes; state changes also need `X-Assent-CSRF` and the own origin).
 * 401 without either, 403 without the scope. Answers who called, for the audit log.
 *
 * @example
 * const caller = authorize(request, url, 'erase');
 */
export function createAuthorizer(ring: ApiKeyRing, sessions: ConsoleSessions | undefined, publicOrigin?: string) {
  return (request: LedgerRequest, url: URL, scope: ApiKeyScope): Caller => {
    const presented = bearerKey(request.header('authorization'));
    let caller: Caller & { scopes: ReadonlySet<ApiKeyScope> };
    if (presented) {
      const key = ring.identify(presented);
      if (!key) throw unauthorized();
      caller = { actor: key.actor, viaConsole: false, scopes: key.scopes };
    } else {
      const session = sessionOf(sessions, request);
      if (!session) throw unauthorized();
      if (!SAFE_METHODS.has(request.method)) requireCsrf(session, request, url, publicOrigin);
      caller = { actor: session.key.actor, viaConsole: true, scopes: session.key.scopes };
    }
    if (!caller.scopes.has(scope)) {
      // RFC 6750 §3.1: a valid key without the scope this request needs.
      throw new HttpError(403, 'insufficient_scope', `This API key lacks the "${scope}" scope`, {
        'www-authenticate': `Bearer realm="assent-ledger", error="insufficient_scope", scope="${scope}"`,
      });
    }
    return { actor: caller.actor, viaConsole: caller.viaConsole };
  };
}

/**
 * 403 `csrf_failed` unless the request echoes the session's CSRF token and comes from the own origin.
 *
 * @example
 * requireCsrf(session, request, url);
 */
export function requireCsrf(session: ConsoleSession, request: LedgerRequest, url: URL, publicOrigin?: string): void {
  requireOwnOrigin(request, url, publicOrigin);
  if (!csrfMatches(session, request.header('x-assent-csrf'))) throw new HttpError(403, 'csrf_failed', 'Missing or wrong X-Assent-CSRF token for this session');
}

const unauthorized = () =>
  new HttpError(401, 'unauthorized', 'A valid API key is required (Authorization: Bearer <key>)', { 'www-authenticate': 'Bearer realm="assent-ledger"' });

/**
 * The audit log's name for a caller: the key's, marked when it acted through the console.
 *
 * @example
 * actorOf({ actor: 'dpo', viaConsole: true }); // 'dpo (console)'
 */
export function actorOf(caller: Caller | undefined): string {
  if (!caller) return 'api';
  return caller.viaConsole ? `${caller.actor} (console)` : caller.actor;
}
