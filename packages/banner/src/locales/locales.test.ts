import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale } from './pick-locale.js';
import { loadLocale, mergeMessages } from './load-locale.js';
import en from './en.js';
import { DEFAULT_EMBED_TEXTS } from '@assent/core/page';
import type { Messages } from './types.js';
// @ts-expect-error -- the script-tag build's list of lazily fetched files, plain ESM without declarations
import { LOCALE_CODES } from '../../script-chunks.mjs';

// The privacy notice's own category words, as each language version of the notice writes them.
const SEED_TERMS: Record<string, Record<keyof Messages['categories'], string>> = {
  en: { necessary: 'necessary cookies', functional: 'functional cookies', analytics: 'analytical cookies', advertising: 'advertising cookies' },
  fr: { necessary: 'cookies nécessaires', functional: 'cookies fonctionnels', analytics: 'cookies analytiques', advertising: 'cookies publicitaires' },
  id: { necessary: 'cookie yang diperlukan', functional: 'cookie fungsional', analytics: 'cookie analitik', advertising: 'cookie periklanan' },
  ja: { necessary: '必要なクッキー', functional: '機能的クッキー', analytics: '分析的クッキー', advertising: '広告用クッキー' },
  ko: { necessary: '필수 쿠키', functional: '기능 쿠키', analytics: '분석 쿠키', advertising: '광고 쿠키' },
};

/** Every leaf path of an object, e.g. `actions.acceptAll`. */
const leaves = (value: unknown, prefix = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [[prefix, value]];

describe('locales', () => {
  it('ships the twelve languages of the issue', () => {
    expect([...LOCALES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt']);
  });

  it('LOCALES, the runtime list, names exactly the locale files the script-tag build ships (src/locales/<code>.ts)', () => {
    expect([...LOCALES].sort()).toEqual(LOCALE_CODES);
  });

  it("en: embed placeholders use the page glue's English default, so they read the same before and after the UI loads", () => {
    expect(en.embed).toEqual(DEFAULT_EMBED_TEXTS);
  });

  const englishKeys = leaves(en)
    .map(([path]) => path)
    .sort();
  for (const code of LOCALES) {
    it(`${code}: has every key of English, all non-empty, with its own lang and dir`, async () => {
      const messages = await loadLocale(code);
      const entries = leaves(messages);
      expect(entries.map(([path]) => path).sort()).toEqual(englishKeys);
      for (const [path, text] of entries) {
        expect(typeof text, path).toBe('string');
        expect((text as string).trim(), `${code}.${path}`).not.toBe('');
      }
      expect(messages.lang).toBe(code);
      expect(messages.dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
      for (const path of ['embed.title', 'embed.body', 'embed.button']) {
        expect(entries.find(([key]) => key === path)?.[1], `${code}.${path} names the service`).toContain('{service}');
      }
      expect(messages.preferences.services, `${code}.preferences.services names the category`).toContain('{category}');
    });
  }

  for (const [code, terms] of Object.entries(SEED_TERMS)) {
    it(`${code}: category names are exactly the privacy notice's terms`, async () => {
      const messages = await loadLocale(code as keyof typeof SEED_TERMS & 'en');
      for (const [id, term] of Object.entries(terms)) expect(messages.categories[id as keyof Messages['categories']].name).toBe(term);
    });
  }

  it('translates every visible text (only brand-like words may stay English)', async () => {
    for (const code of LOCALES.filter((c) => c !== 'en')) {
      const messages = await loadLocale(code);
      const same = leaves(messages).filter(([path, text]) => !['lang', 'dir'].includes(path) && leaves(en).some(([p, t]) => p === path && t === text));
      expect(
        same.map(([path]) => path).filter((path) => !['actions.dismiss', 'preferences.cookie'].includes(path)),
        code,
      ).toEqual([]);
    }
  });
});

describe('pickLocale', () => {
  it('takes the first supported candidate: config, then <html lang>, then the browser', () => {
    expect(pickLocale(['de', 'fr', 'ja'])).toBe('de');
    expect(pickLocale([undefined, 'fr-CA', 'ja'])).toBe('fr');
    expect(pickLocale([undefined, '', 'zh-CN', 'ko-KR', 'en'])).toBe('ko');
  });

  it('matches regional and differently cased tags to their language', () => {
    expect(pickLocale(['pt-BR'])).toBe('pt');
    expect(pickLocale(['AR_EG'])).toBe('ar');
    expect(pickLocale(['JA'])).toBe('ja');
  });

  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['zh', 'sv', null, undefined])).toBe('en');
  });
});

describe('mergeMessages', () => {
  it('replaces single texts and keeps the rest of their group', () => {
    const merged = mergeMessages(en, { actions: { customise: 'Choose' }, banner: { title: 'Cookies at Example' } });
    expect(merged.actions.customise).toBe('Choose');
    expect(merged.actions.acceptAll).toBe('Accept all');
    expect(merged.banner.title).toBe('Cookies at Example');
    expect(merged.banner.body).toBe(en.banner.body);
    expect(en.actions.customise).toBe('Customise');
  });

  it('adds texts for site categories and overrides parts of default ones', () => {
    const merged = mergeMessages(en, {
      categories: { chat: { name: 'support chat', description: 'Talk to us.' }, analytics: { description: 'Counts visits.' } },
    });
    expect(merged.categories.chat).toEqual({ name: 'support chat', description: 'Talk to us.' });
    expect(merged.categories.analytics).toEqual({ name: 'analytical cookies', description: 'Counts visits.' });
  });
});
