import type { CookieJar, ResolvedCookieOptions } from '@assent/core';
import { TC_STRING_MAX_AGE_DAYS } from '../tc-string/reask.js';

/**
 * The first-party cookie holding the TC string (the name the IAB's former global-scope convention
 * made familiar; the string itself is service-specific).
 *
 * @example
 * readTcfCookie(documentCookieJar(), DEFAULT_TC_COOKIE_NAME);
 */
export const DEFAULT_TC_COOKIE_NAME = 'euconsent-v2';
/**
 * Where Assent keeps Google's Additional Consent string beside it (Google asks CMPs to store it with the TC string).
 *
 * @example
 * readTcfCookie(documentCookieJar(), ADDTL_CONSENT_COOKIE_NAME); // '2~2008~dv.89'
 */
export const ADDTL_CONSENT_COOKIE_NAME = 'addtl_consent';

const MAX_AGE_SECONDS = TC_STRING_MAX_AGE_DAYS * 86_400;
// A TC string is base64url with `.` between segments; an AC string digits, dots, `~` and `dv`.
const SAFE_VALUE = /^[A-Za-z0-9_\-.~]+$/;

/**
 * Reads a TCF cookie; `undefined` when absent, unreadable (blocked cookies) or not a plausible value.
 *
 * @example
 * const tcString = readTcfCookie(documentCookieJar(), 'euconsent-v2');
 */
export function readTcfCookie(jar: CookieJar, name: string): string | undefined {
  try {
    const value = jar.read(name);
    return value && SAFE_VALUE.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a TCF cookie with the store's cookie attributes (domain, path, SameSite, Secure) for
 * `maxAgeSeconds`, never longer than 13 months. Returns `false` when the browser refused it.
 *
 * @example
 * writeTcfCookie(documentCookieJar(), 'euconsent-v2', tcString, store.config.cookie, 182 * 86_400);
 */
export function writeTcfCookie(jar: CookieJar, name: string, value: string, attributes: ResolvedCookieOptions, maxAgeSeconds: number): boolean {
  try {
    jar.write(name, value, { ...attributes, name, maxAgeSeconds: Math.max(0, Math.min(Math.floor(maxAgeSeconds), MAX_AGE_SECONDS)) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes a TCF cookie (same attributes it was written with); ignores blocked cookies.
 *
 * @example
 * removeTcfCookie(documentCookieJar(), 'addtl_consent', store.config.cookie);
 */
export function removeTcfCookie(jar: CookieJar, name: string, attributes: ResolvedCookieOptions): void {
  try {
    jar.remove(name, { ...attributes, name });
  } catch {
    // Blocked cookies: nothing was stored, nothing to remove.
  }
}
