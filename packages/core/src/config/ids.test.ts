import { describe, expect, expectTypeOf, it } from 'vitest';
import { createConsent } from '../store/create-consent.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { memoryRecords } from '../storage/records.js';
import type { ConsentOptions } from './types.js';
import { defineConsentConfig, type ConsentIds } from './ids.js';

// The type assertions are checked by `tsc -b packages/core` (this file is part of the project):
// each `@ts-expect-error` fails the typecheck if the line it marks compiles.
const youtube = {
  id: 'youtube',
  category: 'functional',
  name: 'YouTube',
  provider: 'Google',
  purpose: 'Videos',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
} as const;
const storage = () => ({ storage: { cookies: memoryCookieJar(), records: memoryRecords() }, sync: false as const });

describe('typed ids', () => {
  it('a config through defineConsentConfig allows only its ids', () => {
    const config = defineConsentConfig({ categories: ['necessary', 'analytics', { id: 'chat' }], services: [{ ...youtube, category: 'chat' }] });
    expectTypeOf<ConsentIds<typeof config>>().toEqualTypeOf<'necessary' | 'analytics' | 'chat' | 'youtube'>();
    const store = createConsent({ ...config, ...storage() });
    store.update({ analytics: true, youtube: true });
    expect([store.granted('analytics'), store.granted('youtube'), store.granted('necessary')]).toEqual([true, true, true]);
    // @ts-expect-error -- a misspelt category
    expect(store.granted('analytcs')).toBe(false);
    // @ts-expect-error -- a category this config does not have
    expect(() => store.update({ advertising: true })).toThrow(/advertising/);
    // @ts-expect-error -- onGranted takes the same ids
    expect(() => store.onGranted('youtub', () => {})).toThrow(/youtub/);
  });

  it('`as const` works like the helper; without categories the four defaults are the categories', () => {
    const config = { services: [youtube] } as const;
    expectTypeOf<ConsentIds<typeof config>>().toEqualTypeOf<'necessary' | 'functional' | 'analytics' | 'advertising' | 'youtube'>();
    const store = createConsent({ ...config, ...storage() });
    // @ts-expect-error -- not a default category nor a service
    store.granted('marketing');
    expect(store.granted('advertising')).toBe(false);
  });

  it('an untyped config keeps taking any string (unknown ids are denied at run time)', () => {
    const options: ConsentOptions = { categories: ['necessary', 'analytics'] };
    expectTypeOf<ConsentIds<typeof options>>().toEqualTypeOf<string>();
    expectTypeOf<ConsentIds<{ revision: '3' }>>().toEqualTypeOf<string>();
    const inline = createConsent({ categories: ['necessary', 'analytics'], ...storage() });
    expect(inline.granted('anything')).toBe(false);
    const defaults = createConsent(storage());
    const id: string = 'analytics';
    expect(defaults.granted(id)).toBe(false);
  });

  it('defineConsentConfig returns the very object it is given', () => {
    const config = { revision: '3' };
    expect(defineConsentConfig(config)).toBe(config);
  });
});
