import type { ApiKeyRing } from '../http/api-key.js';
import { HttpError, json } from '../http/errors.js';
import { readJsonObject } from '../http/json-body.js';
import type { Route } from '../http/router.js';
import { requireCsrf, requireOwnOrigin, sessionOf } from './auth.js';
import { CONSOLE_COOKIE, type ConsoleSession, type ConsoleSessions } from './session.js';

const SESSION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['actor', 'scopes', 'expiresAt', 'csrfToken'],
  properties: {
    actor: { type: 'string', description: 'How the audit log names the key holder.' },
    scopes: { type: 'array', items: { type: 'string', enum: ['read', 'export', 'erase', 'console'] } },
    expiresAt: { type: 'string', format: 'date-time' },
    csrfToken: { type: 'string', description: 'Echo it in `X-Assent-CSRF` on every POST and DELETE made with the session.' },
  },
} as const;

// RFC 9110 §15.5.2: every 401 names a scheme; an API key works wherever a session does.
const CHALLENGE = { 'www-authenticate': 'Bearer realm="assent-ledger"' };

const view = (session: ConsoleSession) => ({
  actor: session.key.actor,
  scopes: [...session.key.scopes],
  expiresAt: new Date(session.expiresAt).toISOString(),
  csrfToken: session.csrfToken,
});

/**
 * Sign-in, session and sign-out of the privacy officer's console (`/console/session`). The API key
 * travels once, in a JSON body, and is exchanged for an HttpOnly, Secure, SameSite=Strict cookie
 * scoped to the ledger's base path; the answer carries the CSRF token state changes must echo.
 *
 * @example
 * const routes = [...ledgerRoutes(options), ...consoleSessionRoutes(ring, sessions, '', 'https://consent.example.com')];
 */
export function consoleSessionRoutes(ring: ApiKeyRing, sessions: ConsoleSessions, basePath: string, publicOrigin?: string): Route[] {
  const cookie = (value: string, maxAge: number) => `${CONSOLE_COOKIE}=${value}; Path=${basePath || ''}/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`;
  const current = (request: Parameters<typeof sessionOf>[1]) => {
    const session = sessionOf(sessions, request);
    if (!session) throw new HttpError(401, 'unauthorized', 'Not signed in, or the session ended; sign in again', CHALLENGE);
    return session;
  };
  return [
    {
      method: 'POST',
      path: '/console/session',
      limited: true,
      doc: {
        operationId: 'consoleSignIn',
        tag: 'console',
        summary: 'Sign in to the console with an API key that has the console scope',
        description: `Exchanges the key for a session cookie (\`${CONSOLE_COOKIE}\`: HttpOnly, Secure, SameSite=Strict, ${sessions.lifetimeSeconds} s). The key is sent in the body, never in a URL. Browsers must send it from the ledger's own origin.`,
        requestBody: {
          description: 'The API key.',
          schema: { type: 'object', additionalProperties: false, required: ['key'], properties: { key: { type: 'string', minLength: 1, maxLength: 512 } } },
          mediaTypes: ['application/json'],
        },
        responses: {
          201: {
            description: 'Signed in; the cookie is set.',
            schema: SESSION_SCHEMA,
            headers: { 'Set-Cookie': { description: 'The session cookie.', required: true } },
          },
          400: { codes: ['invalid_json', 'invalid_request'] },
          401: { codes: ['invalid_key'] },
          403: { codes: ['insufficient_scope', 'csrf_failed'] },
          415: { codes: ['unsupported_media_type'] },
        },
      },
      async handle({ request, url }) {
        requireOwnOrigin(request, url, publicOrigin);
        const { key: presented } = await readJsonObject(request, 4096, ['key']);
        const key = ring.identify(presented!);
        if (!key) throw new HttpError(401, 'invalid_key', 'This API key is not valid', CHALLENGE);
        if (!key.scopes.has('console')) throw new HttpError(403, 'insufficient_scope', 'This API key lacks the "console" scope');
        const { token, session } = sessions.issue(key);
        return json(201, view(session), { 'set-cookie': cookie(token, sessions.lifetimeSeconds) });
      },
    },
    {
      method: 'GET',
      path: '/console/session',
      doc: {
        operationId: 'consoleSession',
        tag: 'console',
        summary: 'The signed-in console session',
        responses: { 200: { description: 'The session.', schema: SESSION_SCHEMA }, 401: { codes: ['unauthorized'] } },
      },
      handle: ({ request }) => json(200, view(current(request))),
    },
    {
      method: 'DELETE',
      path: '/console/session',
      doc: {
        operationId: 'consoleSignOut',
        tag: 'console',
        summary: 'Sign out of the console',
        description: 'Ends the session on this ledger node and clears the cookie. Needs `X-Assent-CSRF`.',
        responses: {
          204: { description: 'Signed out.' },
          401: { codes: ['unauthorized'] },
          403: { codes: ['csrf_failed'] },
        },
      },
      handle({ request, url }) {
        const session = current(request);
        requireCsrf(session, request, url, publicOrigin);
        sessions.revoke(session);
        return { status: 204, headers: { 'cache-control': 'no-store', 'set-cookie': cookie('', 0) }, body: null };
      },
    },
  ];
}
