import type BetterSqlite3 from 'better-sqlite3';
import type { TextSnapshot } from '../../texts/snapshot.js';
import type { TextStorage } from '../types.js';

type Row = { text_hash: string; locale: string; content: string; created_at: string };

// Hashes per `IN (…)` query: far below SQLite's 32,766 bound parameters.
const CHUNK = 500;

const snapshotOf = (row: Row): TextSnapshot => {
  const { texts, choices } = JSON.parse(row.content) as Pick<TextSnapshot, 'texts' | 'choices'>;
  return { textHash: row.text_hash, locale: row.locale, texts, choices, createdAt: row.created_at };
};

/**
 * The `text_snapshots` table of the SQLite store (migration 4): one row per distinct text hash,
 * written once (`INSERT OR IGNORE`), never updated.
 *
 * @example
 * const texts = sqliteTexts(db);
 * await texts.save(snapshot); // true the first time, false after
 */
export function sqliteTexts(db: BetterSqlite3.Database): TextStorage {
  const insert = db.prepare('INSERT OR IGNORE INTO text_snapshots (text_hash, locale, content, created_at) VALUES (?, ?, ?, ?)');
  const selectOne = db.prepare('SELECT * FROM text_snapshots WHERE text_hash = ?');
  const selectAfter = db.prepare('SELECT * FROM text_snapshots WHERE text_hash > ? ORDER BY text_hash LIMIT ?');
  return {
    save: async ({ textHash, locale, texts, choices, createdAt }) => insert.run(textHash, locale, JSON.stringify({ texts, choices }), createdAt).changes === 1,
    get: async (textHash) => {
      const row = selectOne.get(textHash) as Row | undefined;
      return row && snapshotOf(row);
    },
    many: async (textHashes) => {
      const unique = [...new Set(textHashes)];
      const found: TextSnapshot[] = [];
      for (let start = 0; start < unique.length; start += CHUNK) {
        const chunk = unique.slice(start, start + CHUNK);
        const rows = db.prepare(`SELECT * FROM text_snapshots WHERE text_hash IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as Row[];
        found.push(...rows.map(snapshotOf));
      }
      return found;
    },
    after: async (textHash, limit) => (selectAfter.all(textHash, limit) as Row[]).map(snapshotOf),
  };
}
