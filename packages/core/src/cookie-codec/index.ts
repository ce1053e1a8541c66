import type { ConsentDecision, ConsentMethod } from '../decision/types.js';
import { NECESSARY, MAX_EXPIRY_DAYS } from '../config/defaults.js';
import { ID, LOCALE, REGION } from '../config/patterns.js';
import { decodeField, encodeField, fingerprint, toIso } from './base.js';

/** First field of every cookie this codec writes; a new layout gets a new version. */
export const COOKIE_FORMAT_VERSION = 'A1';

/**
 * The longest cookie value the codec accepts. A valid config stays below it: at most 32
 * categories and 256 services; 4 categories and 16 services take under 256 characters.
 *
 * @example
 * if (value.length > MAX_COOKIE_LENGTH) console.warn('not an Assent cookie');
 */
export const MAX_COOKIE_LENGTH = 2048;

// A method is stored as its index here: append new methods, never reorder.
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'];
// Unix seconds in base36, without leading zeros: late 1971 to the year 4453.
const TIME = '\\.([1-9a-z][0-9a-z]{5,6})';
// version . uuid v4 . revision . granted categories . fingerprint-flags . given . updated . expires
// . method . flags . locale . region . (end). Every field has its pattern and a bounded length; the
// final "." marks the end, so a value cut short anywhere is refused rather than read as another
// decision (a region "US-CA" cut to "US", say). The (percent-encoded) revision is printable ASCII
// but "." — a raw character outside it (a lone surrogate, say) is refused, not decoded.
const COOKIE = new RegExp(
  `^${COOKIE_FORMAT_VERSION}\\.([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\\.([!--/-~]{1,288})\\.(${ID}(?:_${ID}){0,31})?\\.(?:([0-9a-z]{1,7})-([01]{1,256}))?${TIME}${TIME}${TIME}\\.([0-5])\\.([0-3])\\.(${LOCALE})\\.(${REGION})\\.$`,
);
const SKEW_SECONDS = 600;
const DAY_SECONDS = 86400;

/**
 * A decision as read from the cookie: everything except the text hash, which only IndexedDB keeps.
 * `services` is empty when the cookie was written for another service list (they then follow
 * their categories).
 */
export type CookieDecision = Omit<ConsentDecision, 'textHash'>;

/**
 * Encodes a decision as the cookie value. `serviceIds` is the configured service order; the
 * cookie stores one flag per service plus a fingerprint of the list.
 *
 * @example
 * document.cookie = 'assent=' + encodeConsentCookie(store.state!, ['matomo', 'youtube']);
 */
export function encodeConsentCookie(decision: ConsentDecision, serviceIds: readonly string[]): string {
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
  return [
    COOKIE_FORMAT_VERSION,
    decision.id,
    encodeField(decision.revision),
    Object.keys(decision.categories)
      .filter((id) => id !== NECESSARY && decision.categories[id])
      .join('_'),
    serviceIds.length ? fingerprint(serviceIds + '') + '-' + serviceIds.map((id) => +!!decision.services[id]).join('') : '',
    seconds(decision.givenAt),
    seconds(decision.updatedAt),
    seconds(decision.expiresAt),
    METHODS.indexOf(decision.method),
    +decision.gpc | (decision.regime === 'opt-out' ? 2 : 0),
    encodeField(decision.locale),
    encodeField(decision.region),
    '',
  ].join('.');
}

/**
 * Decodes a cookie value written by `encodeConsentCookie`. Anything else gives `undefined`, no
 * decision: a foreign, corrupt, cut-short or over-long value, a field that fails its pattern, an
 * unknown (newer) format, timestamps out of order or in the future, a validity that is not whole
 * days up to 13 months.
 *
 * @example
 * const decision = decodeConsentCookie(value, { serviceIds: ['matomo'], now: Date.now() });
 * if (decision?.categories.analytics) { ... }
 */
export function decodeConsentCookie(value: string | undefined, options: { serviceIds?: readonly string[]; now?: number } = {}): CookieDecision | undefined {
  const match = COOKIE.exec(value && value.length <= MAX_COOKIE_LENGTH ? value : '');
  if (!match) return undefined;
  const [, id, revisionField, categoryField, print, serviceFlags, given, updated, expires, methodCode, flags, locale, region] = match as unknown as string[];
  // A revision is 1–32 characters (config); its percent-encoding is at most 9 per character.
  const revision = decodeField(revisionField);
  const [givenAt, updatedAt, expiresAt] = [given, updated, expires].map((text) => parseInt(text!, 36)) as [number, number, number];
  const days = (expiresAt - updatedAt) / DAY_SECONDS;
  const valid =
    revision &&
    revision.length < 33 &&
    givenAt <= updatedAt &&
    Number.isInteger(days) &&
    days > 0 &&
    days <= MAX_EXPIRY_DAYS &&
    updatedAt <= (options.now ?? Date.now()) / 1000 + SKEW_SECONDS;
  if (!valid) return undefined;

  const categories: Record<string, boolean> = { [NECESSARY]: true };
  for (const category of categoryField ? categoryField.split('_') : []) categories[category] = true;
  const serviceIds = options.serviceIds ?? [];
  const services: Record<string, boolean> = {};
  if (print === fingerprint(serviceIds + '') && serviceFlags?.length === serviceIds.length) {
    serviceIds.forEach((serviceId, i) => (services[serviceId] = serviceFlags[i] === '1'));
  }
  return {
    id: id!,
    revision,
    categories,
    services,
    givenAt: toIso(givenAt * 1000),
    updatedAt: toIso(updatedAt * 1000),
    expiresAt: toIso(expiresAt * 1000),
    method: METHODS[+methodCode!]!,
    locale: locale!,
    region: region!,
    regime: +flags! & 2 ? 'opt-out' : 'opt-in',
    gpc: (+flags! & 1) === 1,
  };
}

/**
 * Finds one cookie's raw value in a `Cookie` request header (or `document.cookie`).
 *
 * @example
 * readCookie(request.headers.get('cookie'), 'assent');
 */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
