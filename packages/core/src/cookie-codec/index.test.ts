import { describe, expect, it } from 'vitest';
import { decodeConsentCookie, encodeConsentCookie, readCookie } from './index.js';
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
  const withField = (index: number, value: string) => valid.split('.').map((field, i) => (i === index ? value : field)).join('.');

  it('decodes the unmodified template the corruption cases start from', () => {
    expect(decodeConsentCookie(valid, { now: T0 })).toBeDefined();
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
  ])('treats %s as no decision', (_, value) => {
    expect(decodeConsentCookie(value, { now: T0 })).toBeUndefined();
  });

  it('refuses timestamps out of order, from the future, or a validity over 13 months', () => {
    const at = (given: string, updated: string, expires: string) => encodeConsentCookie(decision({ givenAt: given, updatedAt: updated, expiresAt: expires }), []);
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
