import { describe, expect, it } from 'vitest';
import { consentFromCookie } from './server-view.js';
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
