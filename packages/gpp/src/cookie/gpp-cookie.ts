import type { CookieJar, ResolvedCookieOptions } from '@assent/core';

/**
 * The first-party cookie holding the GPP string, for the site's backends (the ledger's middleware
 * reads the opt-outs from it).
 *
 * @example
 * readGppCookie(documentCookieJar(), DEFAULT_GPP_COOKIE_NAME);
 */
export const DEFAULT_GPP_COOKIE_NAME = 'assent_gpp';

/**
 * The longest a GPP cookie lives: 13 months (395 days), the longest a decision may apply.
 *
 * @example
 * writeGppCookie(jar, 'assent_gpp', gppString, store.config.cookie, GPP_COOKIE_MAX_AGE_SECONDS);
 */
export const GPP_COOKIE_MAX_AGE_SECONDS = 395 * 86_400;

// A GPP string is base64url with "." between segments and "~" between sections.
const SAFE_VALUE = /^DB[A-Za-z0-9_\-.~]*$/;

/**
 * Reads the GPP cookie; `undefined` when absent, unreadable (blocked cookies) or not a GPP string.
 *
 * @example
 * const gppString = readGppCookie(documentCookieJar(), 'assent_gpp');
 */
export function readGppCookie(jar: CookieJar, name: string): string | undefined {
  try {
    const value = jar.read(name);
    return value && SAFE_VALUE.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the GPP cookie with the store's cookie attributes (domain, path, SameSite, Secure) for
 * `maxAgeSeconds`, never longer than 13 months. Returns `false` when the browser refused it.
 *
 * @example
 * writeGppCookie(documentCookieJar(), 'assent_gpp', gppString, store.config.cookie, 182 * 86_400);
 */
export function writeGppCookie(jar: CookieJar, name: string, value: string, attributes: ResolvedCookieOptions, maxAgeSeconds: number): boolean {
  try {
    jar.write(name, value, { ...attributes, name, maxAgeSeconds: Math.max(0, Math.min(Math.floor(maxAgeSeconds), GPP_COOKIE_MAX_AGE_SECONDS)) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the GPP cookie (with the attributes it was written with); ignores blocked cookies.
 *
 * @example
 * removeGppCookie(documentCookieJar(), 'assent_gpp', store.config.cookie);
 */
export function removeGppCookie(jar: CookieJar, name: string, attributes: ResolvedCookieOptions): void {
  try {
    jar.remove(name, { ...attributes, name });
  } catch {
    // Blocked cookies: nothing was stored, nothing to remove.
  }
}
