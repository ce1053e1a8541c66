import type { ConsentDecision, ConsentMethod } from '../decision/types.js';
import { NECESSARY, MAX_EXPIRY_DAYS } from '../config/defaults.js';
import { decodeField, encodeField, fingerprint } from './base.js';

/** First field of every cookie this codec writes; a new layout gets a new version. */
export const COOKIE_FORMAT_VERSION = 'A1';

// A method is stored as its index here: append new methods, never reorder.
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'];
const CATEGORY = '[a-z][a-z0-9-]{1,31}';
const TIME = '\\.([0-9a-z]{1,9})';
// version . uuid . revision . granted categories . fingerprint-flags . given . updated . expires . method . flags . locale . region
const COOKIE = new RegExp(
  `^${COOKIE_FORMAT_VERSION}\\.([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\\.([^.]+)\\.((?:${CATEGORY})(?:_${CATEGORY})*)?\\.(?:([0-9a-z]+)-([01]+))?${TIME}${TIME}${TIME}\\.(\\d)\\.([0-3])\\.([^.]*)\\.([^.]*)$`,
);
const SKEW_SECONDS = 600;

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
    Object.keys(decision.categories).filter((id) => id !== NECESSARY && decision.categories[id]).join('_'),
    serviceIds.length ? fingerprint(serviceIds + '') + '-' + serviceIds.map((id) => +!!decision.services[id]).join('') : '',
    seconds(decision.givenAt),
    seconds(decision.updatedAt),
    seconds(decision.expiresAt),
    METHODS.indexOf(decision.method),
    +decision.gpc | (decision.regime === 'opt-out' ? 2 : 0),
    encodeField(decision.locale),
    encodeField(decision.region),
  ].join('.');
}

/**
 * Decodes a cookie value written by `encodeConsentCookie`. Anything else — a foreign or corrupt
 * value, an unknown (newer) format, timestamps in the future — gives `undefined`: no decision.
 *
 * @example
 * const decision = decodeConsentCookie(value, { serviceIds: ['matomo'], now: Date.now() });
 * if (decision?.categories.analytics) { ... }
 */
export function decodeConsentCookie(
  value: string | undefined,
  options: { serviceIds?: readonly string[]; now?: number } = {},
): CookieDecision | undefined {
  const match = COOKIE.exec(value && value.length < 4096 ? value : '');
  if (!match) return undefined;
  const [, id, revisionField, categoryField, print, serviceFlags, given, updated, expires, methodCode, flags, localeField, regionField] = match as unknown as string[];
  const revision = decodeField(revisionField);
  const locale = decodeField(localeField);
  const region = decodeField(regionField);
  const method = METHODS[+methodCode!];
  const [givenAt, updatedAt, expiresAt] = [given, updated, expires].map((text) => parseInt(text!, 36)) as [number, number, number];
  const valid =
    revision &&
    locale !== undefined &&
    region !== undefined &&
    method &&
    givenAt <= updatedAt &&
    updatedAt < expiresAt &&
    expiresAt - updatedAt <= (MAX_EXPIRY_DAYS + 1) * 86400 &&
    updatedAt <= (options.now ?? Date.now()) / 1000 + SKEW_SECONDS;
  if (!valid) return undefined;

  const categories: Record<string, boolean> = { [NECESSARY]: true };
  for (const category of categoryField ? categoryField.split('_') : []) categories[category] = true;
  const serviceIds = options.serviceIds ?? [];
  const services: Record<string, boolean> = {};
  if (print === fingerprint(serviceIds + '') && serviceFlags?.length === serviceIds.length) {
    serviceIds.forEach((serviceId, i) => (services[serviceId] = serviceFlags[i] === '1'));
  }
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
  return {
    id: id!,
    revision,
    categories,
    services,
    givenAt: iso(givenAt),
    updatedAt: iso(updatedAt),
    expiresAt: iso(expiresAt),
    method,
    locale,
    region,
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
