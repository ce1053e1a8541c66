import type Database from 'better-sqlite3';
import type { CounterRow, StatisticsDimension } from '../../statistics/counters.js';
import type { StatisticsStorage } from '../types.js';

/**
 * The SQLite store's reads of `stat_counters`: one range scan of the primary key
 * (dimension, day, …) each.
 *
 * @example
 * const rows = sqliteStatistics(db).daily('2026-12-01', '2026-12-31', 'all');
 */
export function sqliteStatistics(db: Database.Database): StatisticsStorage {
  const daily = db.prepare('SELECT day, dimension, value, measure, count FROM stat_counters WHERE dimension = ? AND day >= ? AND day <= ?');
  const totals = db.prepare(
    'SELECT dimension, value, measure, SUM(count) AS count FROM stat_counters WHERE dimension = ? AND day >= ? AND day <= ? GROUP BY value, measure',
  );
  return {
    daily: async (from, to, dimension: StatisticsDimension) => daily.all(dimension, from, to) as CounterRow[],
    totals: async (from, to, dimension: StatisticsDimension) => totals.all(dimension, from, to) as Array<Omit<CounterRow, 'day'>>,
  };
}
