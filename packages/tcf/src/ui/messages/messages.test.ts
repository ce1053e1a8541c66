import { describe, expect, it } from 'vitest';
import { LOCALES } from '@assent/banner';
import { fill, loadTcfMessages, mergeTcfMessages, plural } from './load-messages.js';
import en from './en.js';
import type { PluralTexts } from './types.js';

/** Every leaf of a message tree with its path; a plural group counts as one leaf. */
const leaves = (value: unknown, prefix = ''): Array<[string, unknown]> =>
  typeof value === 'object' && value !== null && !('other' in value)
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [[prefix, value]];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const texts = (leaf: unknown): string[] => (typeof leaf === 'string' ? [leaf] : Object.values(leaf as PluralTexts));

describe('TCF UI messages', () => {
  for (const code of LOCALES) {
    it(`${code}: complete, with its own lang and dir, and the placeholders English has`, async () => {
      const messages = await loadTcfMessages(code);
      expect(messages.lang).toBe(code);
      expect(messages.dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
      const english = new Map(leaves(en));
      const own = leaves(messages);
      expect(own.map(([path]) => path)).toEqual([...english.keys()]);
      for (const [path, leaf] of own) {
        if (path === 'lang' || path === 'dir') continue;
        const englishPlaceholders = placeholders(texts(english.get(path))[0]!);
        for (const text of texts(leaf)) {
          expect(text.trim(), path).not.toBe('');
          expect(placeholders(text), `${code} ${path}: ${text}`).toEqual(englishPlaceholders);
        }
        // A count's texts use only plural categories the language has (no English `one` left in Japanese).
        if (typeof leaf === 'object') {
          const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
          for (const category of Object.keys(leaf as PluralTexts)) expect(categories, `${code} ${path}`).toContain(category);
        }
      }
      // Non-English texts are translated, not English left in place.
      if (code !== 'en') expect(messages.actions.acceptAll).not.toBe(en.actions.acceptAll);
    });
  }

  it('counts with the language’s plural rules and digits', () => {
    expect(plural('en', en.banner.partners, 1)).toBe('our 1 partner');
    expect(plural('en', en.banner.partners, 1096)).toBe('our 1,096 partners');
    const polish: PluralTexts = { one: '{count} dzień', few: '{count} dni', many: '{count} dni', other: '{count} dnia' };
    expect([1, 3, 5, 22, 1.5].map((count) => plural('pl', polish, count))).toEqual(['1 dzień', '3 dni', '5 dni', '22 dni', '1,5 dnia']);
  });

  it('fills placeholders literally and leaves unknown ones', () => {
    expect(fill('Provider #{id} {other}', { id: '$&' })).toBe('Provider #$& {other}');
  });

  it('applies a site’s overrides group by group', () => {
    const merged = mergeTcfMessages(en, { actions: { manageOptions: 'Choose' }, privacyLink: 'Privacy' });
    expect(merged.actions.manageOptions).toBe('Choose');
    expect(merged.actions.acceptAll).toBe('Accept all');
    expect(merged.privacyLink).toBe('Privacy');
    expect(en.actions.manageOptions).toBe('Manage options');
  });
});
