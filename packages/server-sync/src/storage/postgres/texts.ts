import type pg from 'pg';
import type { TextSnapshot } from '../../texts/snapshot.js';
import type { TextStorage } from '../types.js';

type Row = { text_hash: string; locale: string; content: Pick<TextSnapshot, 'texts' | 'choices'>; created_at: Date };

const snapshotOf = (row: Row): TextSnapshot => ({
  textHash: row.text_hash,
  locale: row.locale,
  texts: row.content.texts,
  choices: row.content.choices,
  createdAt: row.created_at.toISOString(),
});

/**
 * The `text_snapshots` table of the PostgreSQL store (migration 4): one row per distinct text
 * hash, written once (`ON CONFLICT DO NOTHING`, so concurrent uploads of the same snapshot store
 * it once), never updated.
 *
 * @example
 * const texts = postgresTexts(pool);
 * await texts.get('9f2c…');
 */
export function postgresTexts(pool: pg.Pool): TextStorage {
  return {
    save: async ({ textHash, locale, texts, choices, createdAt }) =>
      (
        await pool.query(
          'INSERT INTO text_snapshots (text_hash, locale, content, created_at) VALUES ($1, $2, $3::jsonb, $4::timestamptz) ON CONFLICT (text_hash) DO NOTHING',
          [textHash, locale, JSON.stringify({ texts, choices }), createdAt],
        )
      ).rowCount === 1,
    get: async (textHash) => {
      const { rows } = await pool.query<Row>('SELECT * FROM text_snapshots WHERE text_hash = $1', [textHash]);
      return rows[0] && snapshotOf(rows[0]);
    },
    many: async (textHashes) =>
      (await pool.query<Row>('SELECT * FROM text_snapshots WHERE text_hash = ANY($1)', [[...new Set(textHashes)]])).rows.map(snapshotOf),
    after: async (textHash, limit) =>
      (await pool.query<Row>('SELECT * FROM text_snapshots WHERE text_hash > $1 ORDER BY text_hash LIMIT $2', [textHash, limit])).rows.map(snapshotOf),
  };
}
