import { hash } from 'node:crypto';

/**
 * What a person saw when deciding: every text shown (in display order) and the choices offered
 * with their initial state — the same shape as `@assent/banner`'s `ShownContent`.
 *
 * @example
 * const shown: ShownContent = { locale: 'en', texts: ['We use cookies…', 'Accept all'], choices: { analytics: false } };
 */
export interface ShownContent {
  locale: string;
  texts: readonly string[];
  choices: Readonly<Record<string, boolean>>;
}

/**
 * The canonical text that is hashed: `['assent-shown-v1', locale, texts NFC-normalised, [id,
 * granted] pairs sorted by id]` as JSON. The browser (`@assent/banner`'s `hashShownContent`)
 * builds the same text, so both sides agree on the hash of the same screen.
 *
 * @example
 * canonicalShownContent({ locale: 'en', texts: ['Hi'], choices: {} }); // '["assent-shown-v1","en",["Hi"],[]]'
 */
export function canonicalShownContent(shown: ShownContent): string {
  return JSON.stringify([
    'assent-shown-v1',
    shown.locale,
    shown.texts.map((text) => text.normalize('NFC')),
    Object.keys(shown.choices)
      .sort()
      .map((id) => [id, shown.choices[id] === true]),
  ]);
}

/**
 * SHA-256 (lowercase hex) of the canonical shown content: the `textHash` a decision carries, as
 * the banner computes it with WebCrypto. Synchronous (node:crypto).
 *
 * @example
 * hashShownContent({ locale: 'en', texts: ['We use cookies…'], choices: { analytics: false } }); // 'c0ffee…' (64 hex)
 */
export function hashShownContent(shown: ShownContent): string {
  return hash('sha256', canonicalShownContent(shown), 'hex');
}
