import type { CounterRow } from '../../statistics/counters.js';
import type { StatisticsStorage } from '../types.js';

type Query = (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * The PostgreSQL store's reads of `stat_counters`: one range scan of the primary key
 * (dimension, day, …) each; counts come back as numbers.
 *
 * @example
 * const rows = await postgresStatistics(query).totals('2026-12-01', '2026-12-31', 'region');
 */
export function postgresStatistics(query: Query): StatisticsStorage {
  const counted = <T>(rows: Array<Record<string, unknown>>) => rows.map((row) => ({ ...row, count: Number(row.count) }) as unknown as T);
  return {
    daily: async (from, to, dimension) =>
      counted<CounterRow>(
        await query('SELECT day, dimension, value, measure, count FROM stat_counters WHERE dimension = $1 AND day >= $2 AND day <= $3', [dimension, from, to]),
      ),
    totals: async (from, to, dimension) =>
      counted<Omit<CounterRow, 'day'>>(
        await query(
          'SELECT dimension, value, measure, SUM(count) AS count FROM stat_counters WHERE dimension = $1 AND day >= $2 AND day <= $3 GROUP BY dimension, value, measure',
          [dimension, from, to],
        ),
      ),
  };
}
