import { describe, expect, it } from 'vitest';
import { consentFromCookie, consentSnapshot } from './server-view.js';
import { DAY, makeStore, SERVICES, sharedStorage } from '../store/store.test-helper.js';
import type { ConsentOptions } from '../config/types.js';

function cookieHeaderAfter(decide: (store: ReturnType<typeof makeStore>['store']) => void, options: ConsentOptions = {}) {
  const shared = sharedStorage();
  decide(makeStore(options, shared).store);
  return { header: `other=1; assent=${shared.jar.read('assent')}`, now: shared.clock.now };
}

describe('consentFromCookie (what a server sees)', () => {
  it('gives the same answers as the browser store', () => {
    const { header, now } = cookieHeaderAfter((store) => store.update({ analytics: true, ga4: false }));
    const consent = consentFromCookie(header, { services: SERVICES, now });
    expect(consent.status).toBe('valid');
    expect(consent.granted('analytics')).toBe(true);
    expect(consent.granted('matomo')).toBe(true);
    expect(consent.granted('ga4')).toBe(false);
    expect(consent.granted('advertising')).toBe(false);
    expect(consent.decision?.method).toBe('custom');
  });

  it('applies regime defaults when there is no cookie', () => {
    expect(consentFromCookie(undefined).granted('analytics')).toBe(false);
    expect(consentFromCookie('', { region: 'US-CA' }).granted('analytics')).toBe(true);
    expect(consentFromCookie('', { region: 'US-CA', gpc: true }).granted('advertising')).toBe(false);
  });

  it('does not apply an expired decision or one for an older revision', () => {
    const { header, now } = cookieHeaderAfter((store) => store.acceptAll(), { revision: 'a' });
    expect(consentFromCookie(header, { revision: 'b', now }).status).toBe('revision-changed');
    const expired = consentFromCookie(header, { revision: 'a', now: () => now() + 183 * DAY });
    expect(expired.status).toBe('expired');
    expect(expired.granted('analytics')).toBe(false);
  });

  it('honours Sec-GPC over a decision made without it', () => {
    const { header, now } = cookieHeaderAfter((store) => store.acceptAll());
    expect(consentFromCookie(header, { now }).granted('advertising')).toBe(true);
    expect(consentFromCookie(header, { now, gpc: true }).granted('advertising')).toBe(false);
    expect(consentFromCookie(header, { now, gpc: true }).granted('analytics')).toBe(true);
  });

  it('treats a tampered cookie as none', () => {
    expect(consentFromCookie('assent=A1.x.y').status).toBe('none');
  });

  it('is as strict as the browser: a padded, marked-up or cut cookie grants nothing', () => {
    const { header, now } = cookieHeaderAfter((store) => store.acceptAll(), { region: 'DE' });
    const value = header.slice(header.indexOf('assent=') + 7);
    expect(consentFromCookie(header, { now }).granted('analytics')).toBe(true);
    const fields = value.split('.');
    const tampered = [
      [...fields.slice(0, 11), 'DE' + 'X'.repeat(3950), ''].join('.'),
      [...fields.slice(0, 10), encodeURIComponent('<img src=x onerror=alert(1)>'), ...fields.slice(11)].join('.'),
      value.slice(0, -1),
    ];
    for (const cookie of tampered) {
      const consent = consentFromCookie(`assent=${cookie}`, { now });
      expect(consent.status, cookie.slice(0, 80)).toBe('none');
      expect(consent.granted('analytics')).toBe(false);
    }
  });
});

describe('consentSnapshot (what a server hands the first client render)', () => {
  it('lists exactly the ids the browser store grants for the same cookie, and needs no banner', () => {
    const shared = sharedStorage();
    const { store } = makeStore({ services: SERVICES }, shared);
    store.update({ analytics: true, ga4: false });
    const snapshot = consentSnapshot(`assent=${shared.jar.read('assent')}`, { services: SERVICES, now: shared.clock.now });
    const ids = Object.keys(store.config.owners);
    expect(snapshot).toEqual({ needsDecision: false, granted: ids.filter((id) => store.granted(id)) });
    expect(snapshot.granted).toEqual(expect.arrayContaining(['necessary', 'analytics', 'matomo']));
    expect(snapshot.granted).not.toContain('ga4');
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('needs a decision without a cookie, with a corrupt one or after expiry, and grants only the regime defaults', () => {
    expect(consentSnapshot(undefined)).toEqual({ needsDecision: true, granted: ['necessary'] });
    expect(consentSnapshot('assent=A1.x.y; other=1')).toEqual({ needsDecision: true, granted: ['necessary'] });
    const optOut = consentSnapshot('', { region: 'US-CA' });
    expect([optOut.needsDecision, optOut.granted.sort()]).toEqual([true, ['advertising', 'analytics', 'functional', 'necessary']]);
    // With GPC in an opt-out region the browser store decides at once (method gpc): no banner.
    const gpc = consentSnapshot('', { region: 'US-CA', gpc: true });
    expect([gpc.needsDecision, gpc.granted.includes('advertising'), gpc.granted.includes('analytics')]).toEqual([false, false, true]);
    expect(consentSnapshot('', { region: 'DE', gpc: true }).needsDecision).toBe(true);
    const { header, now } = cookieHeaderAfter((store) => store.acceptAll());
    expect(consentSnapshot(header, { now: () => now() + 183 * DAY })).toEqual({ needsDecision: true, granted: ['necessary'] });
  });
});
