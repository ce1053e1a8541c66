import { describe, expect, it } from 'vitest';
import { decodeConsentCookie, encodeConsentCookie, MAX_COOKIE_LENGTH, readCookie } from './index.js';
import type { ConsentDecision } from '../decision/types.js';

const T0 = Date.parse('2026-11-01T10:00:00Z');
const serviceIds = Array.from({ length: 16 }, (_, i) => `service-number-${i}`);

function decision(overrides: Partial<ConsentDecision> = {}): ConsentDecision {
  return {
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    revision: '2026.11-b',
    categories: { necessary: true, functional: true, analytics: false, advertising: true },
    services: Object.fromEntries(serviceIds.map((id, i) => [id, i % 3 === 0])),
    givenAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    expiresAt: '2027-05-02T10:00:00.000Z',
    method: 'custom',
    locale: 'pt-BR',
    region: 'US-CA',
    regime: 'opt-out',
    gpc: true,
    textHash: 'ab'.repeat(32),
    ...overrides,
  };
}

describe('consent cookie codec', () => {
  it('round-trips every field except the text hash', () => {
    const original = decision();
    const decoded = decodeConsentCookie(encodeConsentCookie(original, serviceIds), { serviceIds, now: T0 });
    const { textHash, ...rest } = original;
    expect(decoded).toEqual({ ...rest, categories: { necessary: true, functional: true, advertising: true } });
  });

  it('fits 4 categories and 16 services in at most 256 bytes, name included', () => {
    const cookie = `assent=${encodeConsentCookie(decision({ categories: { necessary: true, functional: true, analytics: true, advertising: true } }), serviceIds)}`;
    expect(new TextEncoder().encode(cookie).length).toBeLessThanOrEqual(256);
    expect(cookie).toMatch(/^assent=A1\.3b241101-e2bb-4255-8caf-4136c566a962\./);
  });

  it('keeps free text from breaking fields or cookie syntax', () => {
    const value = encodeConsentCookie(decision({ revision: 'v1.2; x=y, "z"', locale: 'en' }), serviceIds);
    expect(value).not.toMatch(/[;, "]/);
    expect(decodeConsentCookie(value, { serviceIds, now: T0 })?.revision).toBe('v1.2; x=y, "z"');
  });

  it('encodes custom categories by id', () => {
    const value = encodeConsentCookie(decision({ categories: { necessary: true, 'support-chat': true, analytics: true } }), []);
    expect(decodeConsentCookie(value, { now: T0 })?.categories).toEqual({ necessary: true, 'support-chat': true, analytics: true });
  });

  it('leaves services out when the service list changed since the cookie was written', () => {
    const value = encodeConsentCookie(decision(), serviceIds);
    expect(decodeConsentCookie(value, { serviceIds: [...serviceIds, 'new-service'], now: T0 })?.services).toEqual({});
    expect(decodeConsentCookie(value, { serviceIds: [...serviceIds].reverse(), now: T0 })?.services).toEqual({});
    expect(decodeConsentCookie(value, { now: T0 })?.services).toEqual({});
  });

  const valid = encodeConsentCookie(decision(), []);
  const withField = (index: number, value: string) =>
    valid
      .split('.')
      .map((field, i) => (i === index ? value : field))
      .join('.');

  it('decodes the unmodified template the corruption cases start from', () => {
    expect(decodeConsentCookie(valid, { now: T0 })).toBeDefined();
  });

  it('refuses the values of the hardening report: padded region, encoded markup in the locale, the last character cut', () => {
    const padded = withField(11, 'US-CA' + 'X'.repeat(3975));
    expect(padded.length).toBeGreaterThanOrEqual(4000);
    expect(padded.length).toBeLessThan(4096);
    expect(decodeConsentCookie(padded, { now: T0 })).toBeUndefined();
    expect(decodeConsentCookie(withField(10, encodeURIComponent('<img src=x onerror=alert(1)>')), { now: T0 })).toBeUndefined();
    expect(decodeConsentCookie(valid.slice(0, -1), { now: T0 })).toBeUndefined();
  });

  it('refuses every value cut short, at every position', () => {
    for (let end = 0; end < valid.length; end++) expect(decodeConsentCookie(valid.slice(0, end), { now: T0 }), valid.slice(0, end)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['foreign', 'eyJhbGciOiJIUzI1NiJ9.e30.abc'],
    ['a JSON cookie from another CMP', '{"categories":["analytics"]}'],
    ['an unknown future format', withField(0, 'A2')],
    ['truncated', valid.split('.').slice(0, 5).join('.')],
    ['an extra field', valid + '.x'],
    ['a bad id', withField(1, 'short')],
    ['an upper-case id', withField(1, '3B241101-E2BB-4255-8CAF-4136C566A962')],
    ['a bad escape', withField(2, '%E0%A4%A')],
    ['a category that is not an id', withField(3, 'f_<script>')],
    ['a timestamp that is not base36', withField(5, 'zz!')],
    ['a bad method', withField(8, '9')],
    ['a missing method', withField(8, '')],
    ['bad flags', withField(9, '9')],
    ['a huge value', valid + 'x'.repeat(5000)],
    ['an id that is not a version-4 UUID', withField(1, '3b241101-e2bb-1255-8caf-4136c566a962')],
    ['an id with a wrong variant', withField(1, '3b241101-e2bb-4255-7caf-4136c566a962')],
    ['an empty revision', withField(2, '')],
    ['a revision over 32 characters', withField(2, 'r'.repeat(33))],
    ['an encoded revision over 32 characters', withField(2, '%C3%A9'.repeat(33))],
    ['a raw lone surrogate in the revision', withField(2, 'v\ud83d')],
    ['a raw non-ASCII revision', withField(2, 'révision')],
    ['a revision with a raw space or control character', withField(2, 'v 1\u0001')],
    ['a category id that is too long', withField(3, 'a'.repeat(33))],
    ['33 categories', withField(3, Array.from({ length: 33 }, (_, i) => `c${i}`).join('_'))],
    ['an empty category', withField(3, 'functional__advertising')],
    ['a fingerprint too long', withField(4, 'a'.repeat(8) + '-1')],
    ['flags without a fingerprint', withField(4, '-101')],
    ['257 service flags', withField(4, 'abc-' + '1'.repeat(257))],
    ['a timestamp with a leading zero', withField(5, '0' + valid.split('.')[5])],
    ['a timestamp before 1971', withField(5, 'zzzz')],
    ['a method out of range', withField(8, '6')],
    ['flags out of range', withField(9, '4')],
    ['a locale with an underscore', withField(10, 'pt_BR')],
    ['a one-letter locale', withField(10, 'p')],
    ['a locale with 8 subtags', withField(10, 'en' + '-x'.repeat(8))],
    ['a locale with a subtag over 8 characters', withField(10, 'en-abcdefghi')],
    ['a percent-encoded locale', withField(10, 'pt%2DBR')],
    ['a lower-case region', withField(11, 'us-ca')],
    ['a one-letter region', withField(11, 'U')],
    ['a region cut after its hyphen', withField(11, 'US-')],
    ['a region of 3 letters', withField(11, 'USA')],
    ['a region with a 4-character subdivision', withField(11, 'US-CALI')],
    ['a percent-encoded region', withField(11, 'US%2DCA')],
    ['two end marks', valid + '.'],
    ['the earlier 12-field layout', valid.slice(0, -1)],
  ])('treats %s as no decision', (_, value) => {
    expect(decodeConsentCookie(value, { now: T0 })).toBeUndefined();
  });

  it('refuses a validity that is not whole days, 1 to 395', () => {
    const lasting = (seconds: number) =>
      encodeConsentCookie(
        decision({ updatedAt: '2026-11-01T00:00:00Z', expiresAt: new Date(Date.parse('2026-11-01T00:00:00Z') + seconds * 1000).toISOString() }),
        [],
      );
    for (const seconds of [1, 86399, 86401, 395 * 86400 + 1, 396 * 86400])
      expect(decodeConsentCookie(lasting(seconds), { now: T0 }), `${seconds} s`).toBeUndefined();
    for (const seconds of [86400, 182 * 86400, 395 * 86400]) expect(decodeConsentCookie(lasting(seconds), { now: T0 }), `${seconds} s`).toBeDefined();
  });

  it('decodes the longest cookie a valid config can write, within MAX_COOKIE_LENGTH', () => {
    const categories = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`c${i}-${'x'.repeat(28)}`.slice(0, 32), true]));
    const ids = Array.from({ length: 256 }, (_, i) => `service-${i}`);
    const longest = decision({
      revision: '€'.repeat(32),
      categories,
      services: Object.fromEntries(ids.map((id) => [id, true])),
      locale: 'zh-Hant-TW-u-nu-hanidec-x-longest',
      region: 'US-CA1',
    });
    const value = encodeConsentCookie(longest, ids);
    expect(value.length).toBeGreaterThan(1024);
    expect(value.length).toBeLessThanOrEqual(MAX_COOKIE_LENGTH);
    expect(decodeConsentCookie(value, { serviceIds: ids, now: T0 })).toMatchObject({
      revision: longest.revision,
      categories: { necessary: true, ...categories },
      locale: longest.locale,
      region: 'US-CA1',
    });
    expect(decodeConsentCookie(value + 'x'.repeat(MAX_COOKIE_LENGTH), { serviceIds: ids, now: T0 })).toBeUndefined();
  });

  it('refuses timestamps out of order, from the future, or a validity over 13 months', () => {
    const at = (given: string, updated: string, expires: string) =>
      encodeConsentCookie(decision({ givenAt: given, updatedAt: updated, expiresAt: expires }), []);
    expect(decodeConsentCookie(at('2026-11-02T00:00:00Z', '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z'), { now: T0 })).toBeUndefined();
    expect(decodeConsentCookie(at('2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'), { now: T0 })).toBeUndefined();
    expect(decodeConsentCookie(at('2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2028-01-01T00:00:00Z'), { now: T0 })).toBeUndefined();
    const future = at('2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(decodeConsentCookie(future, { now: T0 })).toBeUndefined();
    expect(decodeConsentCookie(future, { now: Date.parse('2026-12-01T00:00:00Z') })).toBeDefined();
  });
});

describe('readCookie', () => {
  it('finds one cookie in a header and ignores look-alikes', () => {
    expect(readCookie('x=1; assent=A1.abc; assent2=zz', 'assent')).toBe('A1.abc');
    expect(readCookie('myassent=1', 'assent')).toBeUndefined();
    expect(readCookie(undefined, 'assent')).toBeUndefined();
    expect(readCookie('a=b=c', 'a')).toBe('b=c');
  });
});
