import type { EvidenceRecord } from '../evidence/types.js';

/**
 * The dimensions of the `stat_counters` table (migration 5): `all` (value `''`, the whole
 * ledger), one per coarse field of a record, and `category` (value: a category id).
 *
 * @example
 * STATISTICS_DIMENSIONS.includes('region'); // true
 */
export const STATISTICS_DIMENSIONS = ['all', 'method', 'region', 'locale', 'regime', 'revision', 'text', 'category'] as const;

/**
 * One dimension of the counters; see `STATISTICS_DIMENSIONS`.
 *
 * @example
 * const dimension: StatisticsDimension = 'locale';
 */
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/**
 * One counter: records of a UTC day (`YYYY-MM-DD`) with a dimension's value, for one measure.
 * Measures: `decisions` (every record), the method of the record (`accept-all`, `reject-all`,
 * `custom`, `withdraw`, `gpc`, `api`), `gpc-signal` (records sent with the GPC signal), and for
 * the `category` dimension `granted` / `denied`.
 *
 * @example
 * const row: CounterRow = { day: '2026-12-01', dimension: 'region', value: 'DE', measure: 'reject-all', count: 412 };
 */
export interface CounterRow {
  day: string;
  dimension: StatisticsDimension;
  value: string;
  measure: string;
  count: number;
}

/** The record fields the counters are computed from. */
type Counted = Pick<EvidenceRecord, 'recordedAt' | 'method' | 'region' | 'locale' | 'regime' | 'revision' | 'textHash' | 'gpc' | 'categories'>;

const KEY_SEPARATOR = '\u0000';

/**
 * The counter increments a set of new records implies, one per key (day, dimension, value,
 * measure): what group commit adds in the records' transaction, and what the migration's backfill
 * adds per page. Sorted by key, so concurrent writers take the counter rows in one order.
 *
 * @example
 * const increments = counterIncrements(sealed.inserts); // [{ day, dimension, value, measure, count }, …]
 */
export function counterIncrements(records: Iterable<Counted>): CounterRow[] {
  // First the distinct records by everything counted (a page of a backfill holds few), then their
  // increments times how often each occurs: one string key per record instead of ~20.
  const profiles = new Map<string, { record: Counted; times: number }>();
  for (const record of records) {
    const profile = `${record.recordedAt.slice(0, 10)}\u0000${record.method}\u0000${record.region}\u0000${record.locale}\u0000${record.regime}\u0000${record.revision}\u0000${record.textHash}\u0000${record.gpc}\u0000${JSON.stringify(record.categories)}`;
    const seen = profiles.get(profile);
    if (seen) seen.times++;
    else profiles.set(profile, { record, times: 1 });
  }
  const counts = new Map<string, number>();
  const add = (day: string, dimension: StatisticsDimension, value: string, measure: string, times: number) => {
    const key = `${dimension}${KEY_SEPARATOR}${day}${KEY_SEPARATOR}${value}${KEY_SEPARATOR}${measure}`;
    counts.set(key, (counts.get(key) ?? 0) + times);
  };
  for (const { record, times } of profiles.values()) {
    // recordedAt is ISO 8601 UTC (the ledger's clock), so its first ten characters are the UTC day.
    const day = record.recordedAt.slice(0, 10);
    const values: Array<[StatisticsDimension, string]> = [
      ['all', ''],
      ['method', record.method],
      ['region', record.region],
      ['locale', record.locale],
      ['regime', record.regime],
      ['revision', record.revision],
      ['text', record.textHash],
    ];
    for (const [dimension, value] of values) {
      add(day, dimension, value, 'decisions', times);
      add(day, dimension, value, record.method, times);
      if (record.gpc) add(day, dimension, value, 'gpc-signal', times);
    }
    for (const [category, granted] of Object.entries(record.categories)) add(day, 'category', category, granted ? 'granted' : 'denied', times);
  }
  return [...counts.keys()].sort().map((key) => {
    const [dimension, day, value, measure] = key.split(KEY_SEPARATOR) as [StatisticsDimension, string, string, string];
    return { day, dimension, value, measure, count: counts.get(key)! };
  });
}

/**
 * Columns the backfill reads from `evidence_records`, and their mapping to what
 * `counterIncrements` needs (both stores' row shapes: text or Date times, JSON text or parsed).
 *
 * @example
 * const page = rows.map(countedFromRow);
 */
export const COUNTED_COLUMNS = 'record_id, recorded_at, method, region, locale, regime, revision, text_hash, gpc, categories';

/**
 * A row of `COUNTED_COLUMNS` as `counterIncrements` takes it.
 *
 * @example
 * counterIncrements(rows.map(countedFromRow));
 */
export function countedFromRow(row: Record<string, unknown>): Counted {
  const recordedAt = row.recorded_at instanceof Date ? row.recorded_at.toISOString() : String(row.recorded_at);
  const categories = typeof row.categories === 'string' ? JSON.parse(row.categories) : row.categories;
  return {
    recordedAt,
    method: String(row.method) as Counted['method'],
    region: String(row.region),
    locale: String(row.locale),
    regime: String(row.regime) as Counted['regime'],
    revision: String(row.revision),
    textHash: String(row.text_hash),
    gpc: row.gpc === true || row.gpc === 1,
    categories: (categories ?? {}) as Record<string, boolean>,
  };
}

/** Records read per backfill page (one read and one counter upsert per page). */
export const BACKFILL_PAGE = 10_000;
