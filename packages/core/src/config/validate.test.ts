import { describe, expect, it } from 'vitest';
import { assertSafeUrls, ConsentConfigError, resolveOptions } from './validate.js';
import type { ConsentOptions } from './types.js';

const service = {
  id: 'matomo',
  category: 'analytics',
  name: 'Matomo',
  provider: 'Example Ltd',
  purpose: 'Audience measurement',
  privacyPolicyUrl: 'https://example.com/privacy',
  cookies: [{ name: '_pk_id.*', retention: '13 months' }],
};

function issuesOf(options: unknown) {
  try {
    resolveOptions(options as ConsentOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as ConsentConfigError).issues;
  }
  throw new Error('expected a ConsentConfigError');
}

describe('resolveOptions', () => {
  it('applies the documented defaults', () => {
    const config = resolveOptions();
    expect(config.categories).toEqual(['necessary', 'functional', 'analytics', 'advertising']);
    expect(config.expiresAfterDays).toBe(182);
    expect(config.revision).toBe('1');
    expect(config.regime).toBe('opt-in');
    expect(config.cookie).toEqual({ name: 'assent', domain: undefined, path: '/', sameSite: 'Lax', secure: false });
    expect(config.locale).toBe('en');
    expect(config.gpc).toBe(false);
  });

  it('sets Secure on https pages and takes GPC and locale from the environment', () => {
    const config = resolveOptions({}, { https: true, gpc: true, locale: 'fr' });
    expect(config.cookie.secure).toBe(true);
    expect(config.gpc).toBe(true);
    expect(config.locale).toBe('fr');
  });

  it('always includes necessary, first, and allows custom categories', () => {
    expect(resolveOptions({ categories: ['analytics', { id: 'support-chat' }] }).categories).toEqual(['necessary', 'analytics', 'support-chat']);
  });

  it('derives the regime from the region; an explicit regime wins', () => {
    expect(resolveOptions({ region: 'us-ca' })).toMatchObject({ regime: 'opt-out', region: 'US-CA' });
    expect(resolveOptions({ region: 'US-CA', regime: 'opt-in' }).regime).toBe('opt-in');
    expect(resolveOptions({ region: 'CA-QC' }).regime).toBe('opt-in');
  });

  it('names the field and the fix for an unknown category on a service', () => {
    const [issue] = issuesOf({ services: [{ ...service, category: 'stats' }] });
    expect(issue).toEqual({ field: 'services[0].category', message: 'use one of necessary,functional,analytics,advertising, or add it to categories' });
  });

  it('refuses duplicate ids and service ids that shadow a category', () => {
    expect(issuesOf({ categories: ['analytics', 'analytics'] })).toEqual([{ field: 'categories[1]', message: '"analytics" is taken; use a unique id' }]);
    expect(issuesOf({ services: [service, service] }).map((i) => i.field)).toEqual(['services[1].id']);
    expect(issuesOf({ services: [{ ...service, id: 'analytics' }] })[0]).toEqual({ field: 'services[0].id', message: '"analytics" is taken; use a unique id' });
  });

  it('refuses an expiry over 13 months, under one day or fractional', () => {
    for (const days of [396, 0, 1.5, '30']) {
      const [issue] = issuesOf({ expiresAfterDays: days });
      expect(issue!.field).toBe('expiresAfterDays');
      expect(issue!.message).toBe('use whole days, 1–395 (13 months)');
    }
    expect(resolveOptions({ expiresAfterDays: 395 }).expiresAfterDays).toBe(395);
  });

  it('lists every mistake in one error', () => {
    const error = (() => {
      try {
        resolveOptions({
          revision: '',
          region: 'Germany',
          locale: 'en_US!',
          regime: 'strict',
          expireAfterDays: 30,
          cookie: { sameSite: 'None', secure: false, path: 'x' },
        } as unknown as ConsentOptions);
      } catch (e) {
        return e as ConsentConfigError;
      }
    })();
    expect(error?.issues.map((i) => i.field).sort()).toEqual(
      ['cookie.path', 'cookie.sameSite', 'expireAfterDays', 'locale', 'region', 'regime', 'revision'].sort(),
    );
    expect(error?.message).toContain('- expireAfterDays: unknown option');
  });

  it('checks each service field and cookie declaration', () => {
    const fields = issuesOf({
      services: [{ id: 'X', category: 'analytics', cookies: [{ name: '_x' }], localStorage: [1], privacyPolicyUrl: 'javascript:alert(1)' }],
    }).map((i) => i.field);
    expect(fields).toEqual([
      'services[0].id',
      'services[0].name',
      'services[0].provider',
      'services[0].purpose',
      'services[0].privacyPolicyUrl',
      'services[0].cookies',
      'services[0].localStorage',
    ]);
    expect(
      issuesOf({
        services: [
          { ...service, cookies: undefined, localStorage: undefined, id: 'ok-service' },
          { ...service, id: 'other', cookies: 'x' },
        ],
      }).map((i) => i.field),
    ).toEqual(['services[1].cookies']);
  });

  it('rejects a non-object, wrong types and bad hooks', () => {
    expect(issuesOf(42)[0]!.field).toBe('options');
    expect(issuesOf({ categories: 'analytics' })[0]!.field).toBe('categories');
    expect(issuesOf({ gpc: 'yes', now: 5, sync: {} }).map((i) => i.field)).toEqual(['gpc', 'sync', 'now']);
    expect(issuesOf({ services: [1] }).map((i) => i.field)).toEqual(['services']);
    expect(issuesOf({ categories: [{ id: 'A' }] }).map((i) => i.field)).toEqual(['categories']);
  });

  it('caps categories at 32 and services at 256, so every decision fits the cookie', () => {
    const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    expect(resolveOptions({ categories: ids(32, 'c') }).categories).toHaveLength(33);
    expect(issuesOf({ categories: ids(33, 'c') })).toEqual([{ field: 'categories', message: 'use an array of at most 32 category ids' }]);
    const services = (count: number) => ids(count, 's').map((id) => ({ ...service, id }));
    expect(resolveOptions({ services: services(256) }).services).toHaveLength(256);
    expect(issuesOf({ services: services(257) }).map((i) => i.field)).toEqual(['services']);
  });

  it('takes a locale of at most 8 subtags and a region in any case', () => {
    expect(resolveOptions({ locale: 'zh-Hant-TW-u-nu-hanidec-x-a' }).locale).toBe('zh-Hant-TW-u-nu-hanidec-x-a');
    expect(issuesOf({ locale: 'en' + '-x'.repeat(8) })[0]!.field).toBe('locale');
    expect(resolveOptions({ region: 'us-ca' }).region).toBe('US-CA');
  });
});

// Each URL a site gives is linked to, loaded or sent to: only http(s) and relative ones.
const SAFE_URLS = [
  'https://example.com/privacy',
  'http://example.com',
  'HTTPS://EXAMPLE.COM',
  '//cdn.example.com/p',
  '/privacy',
  'privacy.html',
  './p',
  '../p',
  '?lang=fr',
  '#cookies',
  'https://x.example/?a=1&b=2',
];
const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://x/1',
  'file:///etc/passwd',
  'mailto:dpo@example.com',
  'https://example.com/a b',
  'https://example.com/\n',
  '',
  42,
  null,
];

describe('URLs in the config', () => {
  it.each(SAFE_URLS)('accepts %j for a service privacy policy and besides the store options', (url) => {
    expect(resolveOptions({ services: [{ ...service, privacyPolicyUrl: url }] }).services[0]!.privacyPolicyUrl).toBe(url);
    expect(() => assertSafeUrls({ privacyPolicyUrl: url, syncEndpoint: url })).not.toThrow();
  });

  it.each(UNSAFE_URLS)('refuses %j, naming the field', (url) => {
    expect(issuesOf({ services: [service, { ...service, id: 'other', privacyPolicyUrl: url }] })).toEqual([
      { field: 'services[1].privacyPolicyUrl', message: 'use an http(s) or relative URL' },
    ]);
    const error = (() => {
      try {
        assertSafeUrls({ privacyPolicyUrl: url, syncEndpoint: '/v1/consents', other: url });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConsentConfigError);
    expect((error as ConsentConfigError).issues.map((i) => i.field)).toEqual(['privacyPolicyUrl', 'other']);
  });

  it('leaves out URLs that are not given', () => {
    expect(() => assertSafeUrls({ privacyPolicyUrl: undefined })).not.toThrow();
  });
});
