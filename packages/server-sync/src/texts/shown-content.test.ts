import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalShownContent, hashShownContent, type ShownContent } from './shown-content.js';

// The banner's own function (WebCrypto), loaded from its source: the two must agree on every
// input, or no stored snapshot would ever match the textHash of the decisions made on it.
// Loaded by URL so that this package's type check does not reach into another package's sources.
const bannerSource = new URL('../../../banner/src/text-hash/index.ts', import.meta.url).href;
const banner = (await import(bannerSource)) as { hashShownContent(shown: ShownContent): Promise<string> };

const SCREENS: ShownContent[] = [
  { locale: 'fr', texts: ['Nous utilisons des cookies nécessaires', 'Tout accepter'], choices: { analytics: false, functional: false } },
  // Decomposed accents (NFD), a script outside Latin-1, an emoji, quotes and a line break.
  { locale: 'ja', texts: ['Cafe\u0301', '必要なクッキー', '🍪 "quoted" \\ back\nslash'], choices: { necessary: true, 'ga4:ads': true, analytics: false } },
  { locale: 'en', texts: [], choices: {} },
  // Ids sorted by UTF-16 code units on both sides.
  { locale: 'de', texts: ['Ä'], choices: { b: true, B: false, a: true, é: false, Z: true } },
];

describe('hashShownContent (Node)', () => {
  it.each(SCREENS)("equals @assent/banner's hash of the same screen ($locale)", async (shown) => {
    expect(hashShownContent(shown)).toBe(await banner.hashShownContent(shown));
  });

  it('is SHA-256 hex of the canonical JSON, texts NFC-normalised, choices sorted', () => {
    const shown = SCREENS[1]!;
    expect(canonicalShownContent(shown)).toBe(
      JSON.stringify([
        'assent-shown-v1',
        'ja',
        ['Café', '必要なクッキー', '🍪 "quoted" \\ back\nslash'],
        [
          ['analytics', false],
          ['ga4:ads', true],
          ['necessary', true],
        ],
      ]),
    );
    expect(hashShownContent(shown)).toBe(createHash('sha256').update(canonicalShownContent(shown), 'utf8').digest('hex'));
    expect(hashShownContent(shown)).toMatch(/^[0-9a-f]{64}$/);
  });
});
