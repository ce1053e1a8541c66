// Shared fixtures for the store's Node tests (not part of the public API).
import type { ConsentOptions, ServiceDefinition } from '../config/types.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { memoryRecords } from '../storage/records.js';
import { createConsent } from './create-consent.js';

export const DAY = 86_400_000;

/** Two services per non-necessary default category. */
export const SERVICES: ServiceDefinition[] = [
  { id: 'session', category: 'necessary', name: 'Session', provider: 'Site', purpose: 'Login', privacyPolicyUrl: '/privacy' },
  { id: 'youtube', category: 'functional', name: 'YouTube', provider: 'Google', purpose: 'Video', privacyPolicyUrl: 'https://policies.google.com/privacy' },
  {
    id: 'matomo',
    category: 'analytics',
    name: 'Matomo',
    provider: 'Example',
    purpose: 'Audience',
    privacyPolicyUrl: '/privacy',
    cookies: [{ name: '_pk_id.*', retention: '13 months' }],
  },
  {
    id: 'ga4',
    category: 'analytics',
    name: 'Google Analytics',
    provider: 'Google',
    purpose: 'Audience',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
  },
  {
    id: 'google-ads',
    category: 'advertising',
    name: 'Google Ads',
    provider: 'Google',
    purpose: 'Ads',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
  },
];

/** A controllable clock starting at 2026-11-01T10:00:00Z. */
export function fakeClock(start = Date.parse('2026-11-01T10:00:00Z')) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

/**
 * A store on in-memory storage with a fake clock; pass `jar`/`records` to share them between stores.
 */
export function makeStore(options: ConsentOptions = {}, shared: Partial<ReturnType<typeof sharedStorage>> = {}) {
  const clock = shared.clock ?? fakeClock();
  const jar = shared.jar ?? memoryCookieJar();
  const records = shared.records ?? memoryRecords();
  const errors: unknown[] = [];
  const store = createConsent({
    services: SERVICES,
    now: clock.now,
    sync: false,
    storage: { cookies: jar, records },
    onError: (e) => errors.push(e),
    ...options,
  });
  return { store, clock, jar, records, errors };
}

/** Storage and clock to share between two stores ("reloads" of a page). */
export function sharedStorage() {
  return { clock: fakeClock(), jar: memoryCookieJar(), records: memoryRecords() };
}
