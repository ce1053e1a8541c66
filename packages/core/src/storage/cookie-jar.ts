import type { CookieJar, ResolvedCookieOptions } from '../config/types.js';
import { readCookie } from '../cookie-codec/index.js';

/**
 * Builds the `Set-Cookie`-style string for `document.cookie` (also usable as a response header).
 *
 * @example
 * serializeCookie('assent', 'A1.…', { name: 'assent', path: '/', sameSite: 'Lax', secure: true, domain: undefined }, 3600);
 * // 'assent=A1.…; Max-Age=3600; Path=/; SameSite=Lax; Secure'
 */
export function serializeCookie(name: string, value: string, attributes: ResolvedCookieOptions, maxAgeSeconds: number): string {
  let cookie = `${name}=${value}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; Path=${attributes.path}; SameSite=${attributes.sameSite}`;
  if (attributes.domain) cookie += `; Domain=${attributes.domain}`;
  if (attributes.secure) cookie += '; Secure';
  return cookie;
}

/**
 * The browser's first-party cookie jar. Reading or writing can throw (sandboxed frames, blocked
 * cookies); the store catches that and keeps working in memory.
 *
 * @example
 * createConsent({ storage: { cookies: documentCookieJar() } });
 */
export function documentCookieJar(doc: Document = document): CookieJar {
  return {
    read: (name) => readCookie(doc.cookie, name),
    write: (name, value, attributes) => {
      doc.cookie = serializeCookie(name, value, attributes, attributes.maxAgeSeconds);
    },
    remove: (name, attributes) => {
      doc.cookie = serializeCookie(name, '', attributes, 0);
    },
  };
}

/**
 * A cookie jar in memory, for servers, tests and private modes that block cookies.
 *
 * @example
 * const jar = memoryCookieJar();
 * createConsent({ storage: { cookies: jar } });
 */
export function memoryCookieJar(initial: Record<string, string> = {}): CookieJar {
  const cookies = new Map(Object.entries(initial));
  return {
    read: (name) => cookies.get(name),
    write: (name, value) => void cookies.set(name, value),
    remove: (name) => void cookies.delete(name),
  };
}
