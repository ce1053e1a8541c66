import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createConsent } from '../store/create-consent.js';
import { resolveOptions } from '../config/validate.js';
import { DEFAULT_CATEGORIES } from '../config/defaults.js';
import { ID, whole } from '../config/patterns.js';
import { namePattern } from '../clearing/patterns.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { memoryRecords } from '../storage/records.js';
import * as entry from '../catalogue.js';
import { CATALOGUE, googleAnalytics4, matchCookie, matchHost, metaPixel, microsoftClarity, type CatalogueEntry } from '../catalogue.js';
// @ts-expect-error -- plain ESM helper shared with the benchmarks, no type declarations
import { measureBundle } from '../../../../scripts/measure-bundle.mjs';

const store = (services: CatalogueEntry[]) =>
  createConsent({ services, storage: { cookies: memoryCookieJar(), records: memoryRecords() }, sync: false, region: 'DE' });

// Whatever the entry exports besides the entries themselves.
const TOOLS = new Set(['CATALOGUE', 'matchCookie', 'matchHost']);

describe('the service catalogue', () => {
  it('holds at least 60 entries, each exported once by name and listed in CATALOGUE', () => {
    const exported = Object.entries(entry).filter(([name]) => !TOOLS.has(name));
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(exported.map(([, value]) => value))).toEqual(new Set(CATALOGUE));
    expect(exported).toHaveLength(CATALOGUE.length);
  });

  it('has unique ids that follow core’s id rule', () => {
    const ids = CATALOGUE.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(whole(ID));
  });

  it('gives every entry to createConsent() as it is, one at a time and all together', () => {
    for (const service of CATALOGUE) expect(() => store([service]), service.id).not.toThrow();
    const consent = store([...CATALOGUE]);
    expect(consent.config.services).toHaveLength(CATALOGUE.length);
    consent.update({ analytics: true });
    expect(consent.granted(googleAnalytics4.id)).toBe(true);
    expect(consent.granted(metaPixel.id)).toBe(false);
    consent.destroy();
  });

  it('lets a site write services: [googleAnalytics4, metaPixel] and override a field by spreading', () => {
    const config = resolveOptions({ services: [googleAnalytics4, metaPixel, { ...microsoftClarity, category: 'functional' }] });
    expect(config.owners).toMatchObject({ 'google-analytics': 'analytics', 'meta-pixel': 'advertising', 'microsoft-clarity': 'functional' });
    expect(microsoftClarity.category).toBe('analytics');
  });

  it('uses only the four default categories, https privacy policies and complete cookie declarations', () => {
    for (const service of CATALOGUE) {
      expect(DEFAULT_CATEGORIES, service.id).toContain(service.category);
      expect(new URL(service.privacyPolicyUrl).protocol, service.id).toBe('https:');
      for (const text of [service.name, service.provider, service.purpose]) expect(text.trim(), service.id).not.toBe('');
      expect(service.hosts.length, `${service.id} names no host`).toBeGreaterThan(0);
      for (const cookie of service.cookies ?? []) {
        expect(cookie.name.trim(), service.id).not.toBe('');
        expect(cookie.retention.trim(), `${service.id} ${cookie.name}`).not.toBe('');
      }
    }
  });

  it('declares cookie names, storage keys and hosts that core’s pattern rule accepts and matches', () => {
    for (const service of CATALOGUE) {
      for (const name of [...(service.cookies ?? []).map((cookie) => cookie.name), ...(service.localStorage ?? []), ...service.hosts]) {
        // A pattern matches the name it was written as, once each `*` is filled in.
        expect(namePattern(name).test(name.replaceAll('*', 'x1')), `${service.id}: ${name}`).toBe(true);
        expect(name, `${service.id}: ${name}`).not.toMatch(/[\s;,=]/);
      }
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(CATALOGUE)).toBe(true);
    expect(Object.isFrozen(googleAnalytics4)).toBe(true);
    expect(Object.isFrozen(googleAnalytics4.cookies)).toBe(true);
    expect(Object.isFrozen(googleAnalytics4.cookies?.[0])).toBe(true);
    expect(Object.isFrozen(googleAnalytics4.hosts)).toBe(true);
    expect(() => {
      (googleAnalytics4 as { category: string }).category = 'necessary';
    }).toThrow(TypeError);
  });

  it('names every service the issue lists', () => {
    const names = CATALOGUE.map((service) => service.name).join('\n');
    for (const wanted of [
      'Google Analytics',
      'Google Ads',
      'Google Tag Manager',
      'Google Maps',
      'reCAPTCHA',
      'YouTube',
      'Meta Pixel',
      'Microsoft Clarity',
      'Microsoft Advertising (UET)',
      'LinkedIn',
      'TikTok',
      'X Pixel',
      'Pinterest',
      'Hotjar',
      'Matomo',
      'HubSpot',
      'Intercom',
      'Vimeo',
      'Stripe',
      'Cloudflare',
      'Criteo',
      'Adobe',
      'Segment',
      'Mixpanel',
      'Amplitude',
      'Yandex Metrica',
      'Naver',
      'Kakao',
      'LINE',
      'Yahoo! JAPAN',
    ])
      expect(names, wanted).toContain(wanted);
  });
});

describe('matchCookie()', () => {
  it('finds the service of a cookie name, with core’s wildcard semantics', () => {
    expect(matchCookie('_ga_ABC123')).toBe(googleAnalytics4);
    expect(matchCookie('_ga')).toBe(googleAnalytics4);
    expect(matchCookie('_fbp')).toBe(metaPixel);
    expect(matchCookie('_pk_id.1.1fff')?.id).toBe('matomo');
    expect(matchCookie('_hjSessionUser_123456')?.id).toBe('hotjar');
    expect(matchCookie('_gat_UA-1234-1')?.id).toBe('google-universal-analytics');
  });

  it('prefers an exact name to a pattern', () => {
    expect(matchCookie('AMP_TOKEN')?.id).toBe('google-universal-analytics');
    expect(matchCookie('AMP_0123456789')?.id).toBe('amplitude');
  });

  it('returns undefined for a name no service declares', () => {
    expect(matchCookie('session-id')).toBeUndefined();
    expect(matchCookie('_gax')).toBeUndefined();
    expect(matchCookie('')).toBeUndefined();
  });

  it('looks in a site’s own services when given', () => {
    const own = {
      id: 'shop',
      category: 'necessary',
      name: 'Shop',
      provider: 'Us',
      purpose: 'Cart',
      privacyPolicyUrl: '/privacy',
      cookies: [{ name: 'cart_*', retention: '1 day' }],
    };
    expect(matchCookie('cart_42', [own])).toBe(own);
    expect(matchCookie('_ga', [own])).toBeUndefined();
  });
});

describe('matchHost()', () => {
  it('finds the service of a request host', () => {
    expect(matchHost('connect.facebook.net')).toBe(metaPixel);
    expect(matchHost('c.clarity.ms')).toBe(microsoftClarity);
    expect(matchHost('WWW.GOOGLE-ANALYTICS.COM')).toBe(googleAnalytics4);
    expect(matchHost('example.com')).toBeUndefined();
  });
});

describe('tree shaking', () => {
  it('keeps only the entries a site imports', async () => {
    const input = fileURLToPath(new URL('../catalogue.ts', import.meta.url));
    const [one] = await measureBundle(input, { only: ['googleAnalytics4'] });
    const [all] = await measureBundle(input, { only: ['CATALOGUE'] });
    // One entry is a few hundred bytes; the whole catalogue is many times that.
    expect(one.gzip).toBeLessThan(600);
    expect(all.gzip).toBeGreaterThan(one.gzip * 5);
  });
});
