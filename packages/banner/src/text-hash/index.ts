/**
 * What the person saw when deciding: every text shown (in display order) and the choices offered
 * with their initial state. Hashing it lets evidence prove what was shown without storing the texts
 * with every record.
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
 * SHA-256 (hex) of a canonical encoding of the shown content: texts NFC-normalised in order,
 * choices sorted by id, so the same screen always gives the same hash in every browser.
 *
 * @example
 * const textHash = await hashShownContent(shown);
 * store.acceptAll({ textHash });
 */
export async function hashShownContent(shown: ShownContent): Promise<string> {
  const canonical = JSON.stringify([
    'assent-shown-v1',
    shown.locale,
    shown.texts.map((text) => text.normalize('NFC')),
    Object.keys(shown.choices)
      .sort()
      .map((id) => [id, shown.choices[id] === true]),
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  // 256 | byte: three hex digits, the first dropped, so every byte gives two.
  return [...new Uint8Array(digest)].map((byte) => (256 | byte).toString(16).slice(1)).join('');
}
