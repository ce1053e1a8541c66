import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRing, KnownApiKey } from '../http/api-key.js';

/**
 * The console's session cookie name.
 *
 * @example
 * request.header('cookie')?.includes(`${CONSOLE_COOKIE}=`);
 */
export const CONSOLE_COOKIE = 'assent_console';

/**
 * How long a console session lasts by default: 30 minutes, then the officer signs in again.
 *
 * @example
 * createConsoleSessions(ring, { lifetimeSeconds: DEFAULT_SESSION_SECONDS });
 */
export const DEFAULT_SESSION_SECONDS = 30 * 60;

/**
 * A signed-in console session: the key it stands for, when it ends, and the token every state
 * change must echo in `X-Assent-CSRF`.
 *
 * @example
 * const session: ConsoleSession | undefined = sessions.open(cookieValue);
 */
export interface ConsoleSession {
  key: KnownApiKey;
  nonce: string;
  expiresAt: number;
  csrfToken: string;
}

/**
 * Issues and opens console session tokens.
 *
 * @example
 * const { token, session } = sessions.issue(known);
 */
export interface ConsoleSessions {
  readonly lifetimeSeconds: number;
  issue(key: KnownApiKey): { token: string; session: ConsoleSession };
  /** The session a token stands for; undefined when malformed, forged, expired, signed out or its key is gone. */
  open(token: string): ConsoleSession | undefined;
  /** Sign-out: this process refuses the token from now on (it expires everywhere within the lifetime). */
  revoke(session: ConsoleSession): void;
}

const TOKEN = /^([0-9a-f]{16})\.([0-9]{1,12})\.([0-9a-f]{32})\.([0-9a-f]{64})$/;
const mac = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/**
 * Console sessions as self-contained tokens `keyId.expires.nonce.mac`, MAC'd (HMAC-SHA256) under a
 * secret derived from the API key. Any ledger node configured with the same keys accepts them
 * without shared state, and removing a key from the configuration ends its sessions at once.
 * Sign-out is remembered by the node that served it; elsewhere the token lasts until it expires,
 * which is why sessions are short.
 *
 * @example
 * const sessions = createConsoleSessions(apiKeyRing(keys), { lifetimeSeconds: 1800 });
 */
export function createConsoleSessions(ring: ApiKeyRing, options: { lifetimeSeconds?: number; now?: () => number } = {}): ConsoleSessions {
  const lifetimeSeconds = options.lifetimeSeconds ?? DEFAULT_SESSION_SECONDS;
  if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1 || lifetimeSeconds > 86_400)
    throw new Error('console.sessionSeconds: a whole number of seconds from 1 to 86400');
  const now = options.now ?? Date.now;
  const revoked = new Map<string, number>();
  const session = (key: KnownApiKey, expiresSeconds: number, nonce: string): ConsoleSession => ({
    key,
    nonce,
    expiresAt: expiresSeconds * 1000,
    csrfToken: mac(key.sessionSecret, `csrf.${nonce}`),
  });
  return {
    lifetimeSeconds,
    issue(key) {
      const expires = Math.floor(now() / 1000) + lifetimeSeconds;
      const nonce = randomBytes(16).toString('hex');
      const body = `${key.id}.${expires}.${nonce}`;
      return { token: `${body}.${mac(key.sessionSecret, `session.${body}`)}`, session: session(key, expires, nonce) };
    },
    open(token) {
      const parts = TOKEN.exec(token);
      if (!parts) return undefined;
      const [, id, expires, nonce, presented] = parts as unknown as [string, string, string, string, string];
      const key = ring.byId(id);
      if (!key) return undefined;
      const expected = mac(key.sessionSecret, `session.${id}.${expires}.${nonce}`);
      if (!timingSafeEqual(Buffer.from(expected), Buffer.from(presented))) return undefined;
      const opened = session(key, Number(expires), nonce);
      if (now() >= opened.expiresAt || revoked.has(nonce)) return undefined;
      return opened;
    },
    revoke(ended) {
      const time = now();
      for (const [nonce, expiresAt] of revoked) if (expiresAt <= time) revoked.delete(nonce);
      revoked.set(ended.nonce, ended.expiresAt);
    },
  };
}

/**
 * Whether the CSRF token presented matches the session's (constant time).
 *
 * @example
 * csrfMatches(session, request.header('x-assent-csrf'));
 */
export function csrfMatches(session: ConsoleSession, presented: string | null): boolean {
  if (!presented || presented.length !== session.csrfToken.length) return false;
  return timingSafeEqual(Buffer.from(presented), Buffer.from(session.csrfToken));
}

/**
 * The value of one cookie in a `Cookie` header; undefined when absent or given twice (a second
 * cookie of the same name may come from a sibling subdomain: refuse rather than guess).
 *
 * @example
 * cookieValue('a=1; assent_console=abc', 'assent_console'); // 'abc'
 */
export function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  const values = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
  return values.length === 1 ? values[0] : undefined;
}
