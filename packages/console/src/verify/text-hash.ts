import { sha256, toHex } from './bytes.js';
import type { TextSnapshotView } from './types.js';

/**
 * The texts a banner showed and the choices it offered: what a record's `textHash` is the hash of.
 *
 * @example
 * const shown: ShownContentView = { locale: 'en', texts: ['We use cookies…', 'Accept all'], choices: { analytics: false } };
 */
export type ShownContentView = Pick<TextSnapshotView, 'locale' | 'texts' | 'choices'>;

/**
 * SHA-256 (lowercase hex) of the canonical shown content — JSON of `['assent-shown-v1', locale,
 * texts NFC-normalised, [id, granted] pairs sorted by id]` — the same text the banner
 * (`@assent/banner`) and the ledger (`server-sync/src/texts/shown-content.ts`) hash. A stored
 * snapshot is genuine when this equals its `textHash`.
 *
 * @example
 * (await hashShownContent(snapshot)) === snapshot.textHash; // true unless the snapshot was edited
 */
export async function hashShownContent(shown: ShownContentView): Promise<string> {
  const canonical = JSON.stringify([
    'assent-shown-v1',
    shown.locale,
    // NFC: the same screen typed or stored in another normalisation form is the same screen.
    shown.texts.map((text) => text.normalize('NFC')),
    Object.keys(shown.choices)
      .sort()
      // `=== true`: a choice stored as anything but true was not offered as granted.
      .map((id) => [id, shown.choices[id] === true]),
  ]);
  return toHex(await sha256(canonical));
}
