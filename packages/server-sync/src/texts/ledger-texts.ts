import type { EvidenceRecord } from '../evidence/types.js';
import type { LedgerStorage } from '../storage/types.js';
import { validateTextSnapshot, type TextSnapshot } from './snapshot.js';

/**
 * The text-snapshot part of the ledger (`createLedger` spreads it into the ledger).
 *
 * @example
 * const { snapshot, created } = await ledger.storeTexts({ textHash, locale: 'en', texts, choices });
 */
export interface LedgerTexts {
  /**
   * Validates a snapshot (`{ textHash, locale, texts, choices }`), recomputes its hash and stores
   * it once: `created` is false when that hash was stored before, and `snapshot` is then the one
   * stored first. Throws `TextSnapshotError` (nothing stored) for a malformed snapshot or a
   * `textHash` the texts do not hash to.
   */
  storeTexts(input: unknown): Promise<{ snapshot: TextSnapshot; created: boolean }>;
  /** The snapshot stored under a text hash. */
  texts(textHash: string): Promise<TextSnapshot | undefined>;
  /** The snapshots behind the text hashes these records carry, by hash (hashes with none stored are left out). */
  textsOf(records: readonly Pick<EvidenceRecord, 'textHash'>[]): Promise<Record<string, TextSnapshot>>;
}

/**
 * Builds the ledger's text-snapshot methods over a storage.
 *
 * @example
 * const texts = ledgerTexts(storage, Date.now);
 */
export function ledgerTexts(storage: LedgerStorage, now: () => number): LedgerTexts {
  return {
    async storeTexts(input) {
      const snapshot = { ...validateTextSnapshot(input), createdAt: new Date(now()).toISOString() };
      if (await storage.texts.save(snapshot)) return { snapshot, created: true };
      return { snapshot: (await storage.texts.get(snapshot.textHash)) ?? snapshot, created: false };
    },
    texts: (textHash) => storage.texts.get(textHash),
    async textsOf(records) {
      // Records made without a banner (an API call, an insecure page) carry '' or a hash of another kind.
      const hashes = [...new Set(records.map((record) => record.textHash))].filter((textHash) => /^[0-9a-f]{64}$/.test(textHash));
      const found = hashes.length ? await storage.texts.many(hashes) : [];
      return Object.fromEntries(found.sort((a, b) => (a.textHash < b.textHash ? -1 : 1)).map((snapshot) => [snapshot.textHash, snapshot]));
    },
  };
}
