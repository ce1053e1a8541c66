// Property-based tests of the cookie codec: every decision a valid config can make survives the
// round trip; anything cut short, mutated, padded or foreign is refused or decodes to a decision
// the codec itself would write — never a crash. Replay a failure with ASSENT_FUZZ_SEED=<seed>.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentFromCookie } from './server-view.js';
import { decodeConsentCookie, encodeConsentCookie, MAX_COOKIE_LENGTH, readCookie, type CookieDecision } from './index.js';
import type { ConsentDecision, ConsentMethod } from '../decision/types.js';

const seed = Number(process.env.ASSENT_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = (numRuns: number) => ({ seed, numRuns });
const NOW = Date.parse('2026-11-01T10:00:00Z');
const DAY = 86_400;
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'];

// The documented pattern of each field, written out again here rather than taken from the codec.
const ORACLE = {
  id: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  category: /^[a-z][a-z0-9-]{1,31}$/,
  locale: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,7}$/,
  region: /^([A-Z]{2}(-[A-Z0-9]{1,3})?)?$/,
};

const id = fc.stringMatching(ORACLE.category);
const decisionAndServices = fc
  .record({
    id: fc.uuid({ version: 4 }),
    revision: fc
      .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 32 }), fc.constantFrom('1', '2026-11', 'v1.2; x=y, "z"', '%2E', '€'.repeat(32)))
      .filter((text) => text.length <= 32),
    categories: fc.uniqueArray(id, { maxLength: 31 }).chain((ids) => fc.tuple(...ids.map((category) => fc.tuple(fc.constant(category), fc.boolean())))),
    services: fc.uniqueArray(id, { maxLength: 64 }).chain((ids) => fc.tuple(...ids.map((service) => fc.tuple(fc.constant(service), fc.boolean())))),
    updated: fc.integer({ min: NOW / 1000 - 800 * DAY, max: NOW / 1000 }),
    givenBefore: fc.integer({ min: 0, max: 400 * DAY }),
    days: fc.integer({ min: 1, max: 395 }),
    method: fc.constantFrom(...METHODS),
    locale: fc.stringMatching(ORACLE.locale),
    region: fc.stringMatching(ORACLE.region),
    regime: fc.constantFrom('opt-in' as const, 'opt-out' as const),
    gpc: fc.boolean(),
  })
  .map(({ updated, givenBefore, days, categories, services, ...rest }) => {
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
    const decision: ConsentDecision = {
      ...rest,
      categories: { necessary: true, ...Object.fromEntries(categories.filter(([category]) => category !== 'necessary')) },
      services: Object.fromEntries(services),
      givenAt: iso(updated - givenBefore),
      updatedAt: iso(updated),
      expiresAt: iso(updated + days * DAY),
      textHash: 'not in the cookie',
    };
    return { decision, serviceIds: services.map(([service]) => service) };
  });

/** What decoding the cookie of `decision` must give: the granted categories, every service flag. */
function expected({ textHash, categories, ...rest }: ConsentDecision): CookieDecision {
  return { ...rest, categories: Object.fromEntries(Object.entries(categories).filter(([, granted]) => granted)) };
}

/** Checks a decoded decision against each field's documented pattern, independently of the codec. */
function expectWellFormed(decoded: CookieDecision): void {
  const seconds = (iso: string) => Date.parse(iso) / 1000;
  const days = (seconds(decoded.expiresAt) - seconds(decoded.updatedAt)) / DAY;
  expect(decoded.id).toMatch(ORACLE.id);
  expect(decoded.revision.length).toBeGreaterThan(0);
  expect(decoded.revision.length).toBeLessThanOrEqual(32);
  expect(Object.keys(decoded.categories).every((category) => ORACLE.category.test(category))).toBe(true);
  expect(Object.keys(decoded.categories).length).toBeLessThanOrEqual(33);
  expect(decoded.categories.necessary).toBe(true);
  expect(decoded.locale).toMatch(ORACLE.locale);
  expect(decoded.region).toMatch(ORACLE.region);
  expect(METHODS).toContain(decoded.method);
  expect(seconds(decoded.givenAt)).toBeLessThanOrEqual(seconds(decoded.updatedAt));
  expect(Number.isInteger(days) && days >= 1 && days <= 395).toBe(true);
  expect(seconds(decoded.updatedAt)).toBeLessThanOrEqual(NOW / 1000 + 600);
}

const edit = fc.oneof(
  // Mostly characters the fields themselves use, so many mutants still look like cookies.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom(...'abcz019AZ-_') }) },
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom('.', '_', '-', '%', '0', 'z', 'A', '%2E', '%00', ' ', ';', '\n') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), text: fc.constant('') }),
);
function mutate(value: string, edits: Array<{ kind: 'replace' | 'insert' | 'delete'; at: number; text: string }>): string {
  for (const { kind, at, text } of edits) {
    const i = at % (value.length + 1);
    value = value.slice(0, i) + text + value.slice(kind === 'insert' ? i : i + 1);
  }
  return value;
}

describe('cookie codec under fuzzing', () => {
  it('round-trips every decision a valid config can make, within MAX_COOKIE_LENGTH', () => {
    fc.assert(
      fc.property(decisionAndServices, ({ decision, serviceIds }) => {
        const value = encodeConsentCookie(decision, serviceIds);
        expect(value.length).toBeLessThanOrEqual(MAX_COOKIE_LENGTH);
        expect(decodeConsentCookie(value, { serviceIds, now: NOW })).toEqual(expected(decision));
      }),
      runs(300),
    );
  });

  it('refuses a cookie cut short at any position: it never decodes to another decision', () => {
    fc.assert(
      fc.property(decisionAndServices, ({ decision, serviceIds }) => {
        const value = encodeConsentCookie(decision, serviceIds);
        for (let end = 0; end < value.length; end++) expect(decodeConsentCookie(value.slice(0, end), { serviceIds, now: NOW })).toBeUndefined();
      }),
      runs(100),
    );
  });

  it('refuses a mutated cookie, or decodes it to a well-formed decision the codec writes back the same; never throws', () => {
    fc.assert(
      fc.property(decisionAndServices, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ decision, serviceIds }, edits) => {
        const value = mutate(encodeConsentCookie(decision, serviceIds), edits);
        const decoded = decodeConsentCookie(value, { serviceIds, now: NOW });
        // In a Cookie header a ";" ends the value: a server reads what comes before it.
        const header = `assent=${value}`;
        const server = consentFromCookie(header, { categories: [], services: [], now: () => NOW });
        if (!decodeConsentCookie(readCookie(header, 'assent'), { now: NOW })) expect(server.status).toBe('none');
        if (!decoded) return;
        expectWellFormed(decoded);
        // Flags written for another service list are not read (services follow their categories).
        const again = encodeConsentCookie({ ...decoded, textHash: '' }, Object.keys(decoded.services).length ? serviceIds : []);
        expect(decodeConsentCookie(again, { serviceIds, now: NOW })).toEqual(decoded);
      }),
      runs(1000),
    );
  });

  it('refuses padding, foreign and over-long values without throwing', () => {
    const foreign = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6000 }),
      fc.string({ unit: 'binary', maxLength: 3000 }).map((text) => 'A1.' + text),
      fc.constantFrom('A1', 'A1.', '.'.repeat(12), 'A1' + '.'.repeat(12), '%', 'A1.%'),
    );
    fc.assert(
      fc.property(foreign, (value) => {
        const decoded = decodeConsentCookie(value, { now: NOW });
        if (value.length > MAX_COOKIE_LENGTH) expect(decoded).toBeUndefined();
        if (decoded) expectWellFormed(decoded);
      }),
      runs(500),
    );
    fc.assert(
      fc.property(decisionAndServices, fc.string({ unit: 'binary', minLength: 1, maxLength: 4000 }), ({ decision, serviceIds }, padding) => {
        expect(decodeConsentCookie(encodeConsentCookie(decision, serviceIds) + padding, { serviceIds, now: NOW })).toBeUndefined();
      }),
      runs(200),
    );
  });
});
