import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { hashShownContent } from './index.js';

const shown = { locale: 'fr', texts: ['Nous utilisons des cookies nécessaires', 'Tout accepter'], choices: { analytics: false, functional: false } };

describe('hashShownContent', () => {
  it('is the SHA-256 of the documented canonical form', async () => {
    const canonical = JSON.stringify([
      'assent-shown-v1',
      'fr',
      shown.texts,
      [
        ['analytics', false],
        ['functional', false],
      ],
    ]);
    expect(await hashShownContent(shown)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('does not depend on choice order or Unicode normalisation form', async () => {
    const reordered = { ...shown, texts: shown.texts.map((t) => t.normalize('NFD')), choices: { functional: false, analytics: false } };
    expect(await hashShownContent(reordered)).toBe(await hashShownContent(shown));
  });

  it('changes when any text, the locale or an initial choice changes', async () => {
    const base = await hashShownContent(shown);
    expect(await hashShownContent({ ...shown, texts: [shown.texts[0]!, 'Accepter'] })).not.toBe(base);
    expect(await hashShownContent({ ...shown, locale: 'en' })).not.toBe(base);
    expect(await hashShownContent({ ...shown, choices: { ...shown.choices, analytics: true } })).not.toBe(base);
  });
});
