import type { CounterRow } from '../statistics/counters.js';
import type { LedgerStorage } from '../storage/types.js';

/**
 * The dimensions `statistics({ by })` breaks decisions down by: the method, the visitor's region,
 * the banner's locale, the legal regime, the consent revision, or the text hash of what was shown.
 *
 * @example
 * const by: StatisticsBreakdown = 'region';
 */
export type StatisticsBreakdown = 'method' | 'region' | 'locale' | 'regime' | 'revision' | 'text';

const BREAKDOWNS: readonly StatisticsBreakdown[] = ['method', 'region', 'locale', 'regime', 'revision', 'text'];

/** The longest range `statistics` answers, in days (both ends included). */
export const MAX_STATISTICS_DAYS = 400;

/**
 * What `ledger.statistics()` is asked: UTC days `YYYY-MM-DD`, both included, at most
 * `MAX_STATISTICS_DAYS` (400) days; `by` adds a breakdown of the whole range by one dimension.
 *
 * @example
 * const query: StatisticsQuery = { from: '2026-10-01', to: '2026-12-29', by: 'region' };
 */
export interface StatisticsQuery {
  from: string;
  to: string;
  by?: StatisticsBreakdown;
}

/**
 * Decisions counted by how they were made. `gpc` counts decisions made by the GPC signal itself
 * (method `gpc`); `gpcSignal` counts records sent with the signal on, whatever the method.
 *
 * @example
 * const share = tally.rejectAll / tally.decisions;
 */
export interface StatisticsTally {
  decisions: number;
  acceptAll: number;
  rejectAll: number;
  custom: number;
  withdraw: number;
  gpc: number;
  api: number;
  gpcSignal: number;
}

/**
 * The answer of `ledger.statistics()`: every day of the range (zeros included), the range's
 * total, the breakdown asked for (by decisions, most first), and per category id how often it was
 * granted and denied in the records of the range.
 *
 * @example
 * const { total, days, byValue, categories } = await ledger.statistics({ from: '2026-12-01', to: '2026-12-07', by: 'locale' });
 */
export interface LedgerStatistics {
  from: string;
  to: string;
  total: StatisticsTally;
  days: Array<{ day: string } & StatisticsTally>;
  byValue?: Array<{ value: string } & StatisticsTally>;
  categories: Array<{ category: string; granted: number; denied: number }>;
}

/**
 * A `statistics()` query that cannot be answered: `field` names what is wrong (`from`, `to`, `by`).
 *
 * @example
 * try { await ledger.statistics({ from: '2026-13-01', to: '2026-12-31' }); }
 * catch (error) { if (error instanceof StatisticsQueryError) console.log(error.field); } // 'from'
 */
export class StatisticsQueryError extends Error {
  override readonly name = 'StatisticsQueryError';
  constructor(
    readonly field: 'from' | 'to' | 'by' | 'query',
    message: string,
  ) {
    super(message);
  }
}

const DAY_MS = 86_400_000;
const MEASURES: Record<string, keyof StatisticsTally> = {
  decisions: 'decisions',
  'accept-all': 'acceptAll',
  'reject-all': 'rejectAll',
  custom: 'custom',
  withdraw: 'withdraw',
  gpc: 'gpc',
  api: 'api',
  'gpc-signal': 'gpcSignal',
};

const emptyTally = (): StatisticsTally => ({ decisions: 0, acceptAll: 0, rejectAll: 0, custom: 0, withdraw: 0, gpc: 0, api: 0, gpcSignal: 0 });

function parseDay(field: 'from' | 'to', value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new StatisticsQueryError(field, `${field} must be a UTC day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const time = Date.parse(`${value}T00:00:00.000Z`);
  // Date.parse rolls 2026-02-30 over to March: a day that does not exist is refused.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new StatisticsQueryError(field, `${field} is not a calendar day: ${value}`);
  }
  return time;
}

/**
 * Checks a statistics query and returns it with the number of days it covers; throws
 * `StatisticsQueryError` naming the field.
 *
 * @example
 * validateStatisticsQuery({ from: '2026-12-01', to: '2026-12-07' }); // { from, to, by: undefined, dayCount: 7 }
 */
export function validateStatisticsQuery(query: unknown): StatisticsQuery & { dayCount: number } {
  if (typeof query !== 'object' || query === null) throw new StatisticsQueryError('query', 'statistics() takes { from, to, by? }');
  const { from, to, by } = query as Record<string, unknown>;
  const start = parseDay('from', from);
  const end = parseDay('to', to);
  if (end < start) throw new StatisticsQueryError('to', `to (${to}) is before from (${from})`);
  const dayCount = (end - start) / DAY_MS + 1;
  if (dayCount > MAX_STATISTICS_DAYS) {
    throw new StatisticsQueryError('to', `the range from ${from} to ${to} is ${dayCount} days; at most ${MAX_STATISTICS_DAYS} are answered`);
  }
  if (by !== undefined && !BREAKDOWNS.includes(by as StatisticsBreakdown)) {
    throw new StatisticsQueryError('by', `by must be one of ${BREAKDOWNS.join(', ')}, got ${JSON.stringify(by)}`);
  }
  return { from: from as string, to: to as string, by: by as StatisticsBreakdown | undefined, dayCount };
}

function addTo(tally: StatisticsTally, row: Pick<CounterRow, 'measure' | 'count'>): void {
  const field = MEASURES[row.measure];
  if (field) tally[field] += row.count;
}

/**
 * `ledger.statistics` over a storage: reads the counters only (a few rows per day and value),
 * never the records, so its time does not grow with the ledger.
 *
 * @example
 * const statistics = ledgerStatistics(storage);
 * await statistics({ from: '2026-12-01', to: '2026-12-31' });
 */
export function ledgerStatistics(storage: LedgerStorage): (query: StatisticsQuery) => Promise<LedgerStatistics> {
  return async (input) => {
    const { from, to, by, dayCount } = validateStatisticsQuery(input);
    const [daily, categoryRows, byRows] = await Promise.all([
      storage.statistics.daily(from, to, 'all'),
      storage.statistics.totals(from, to, 'category'),
      by ? storage.statistics.totals(from, to, by) : undefined,
    ]);
    const start = Date.parse(`${from}T00:00:00.000Z`);
    const days = Array.from({ length: dayCount }, (_, index) => ({ day: new Date(start + index * DAY_MS).toISOString().slice(0, 10), ...emptyTally() }));
    const byDay = new Map(days.map((day) => [day.day, day]));
    const total = emptyTally();
    for (const row of daily) {
      const day = byDay.get(row.day);
      if (day) addTo(day, row);
      addTo(total, row);
    }
    const categories = new Map<string, { category: string; granted: number; denied: number }>();
    for (const row of categoryRows) {
      const entry = categories.get(row.value) ?? { category: row.value, granted: 0, denied: 0 };
      if (row.measure === 'granted') entry.granted += row.count;
      if (row.measure === 'denied') entry.denied += row.count;
      categories.set(row.value, entry);
    }
    const answer: LedgerStatistics = {
      from,
      to,
      total,
      days,
      categories: [...categories.values()].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)),
    };
    if (byRows) {
      const values = new Map<string, { value: string } & StatisticsTally>();
      for (const row of byRows) {
        const entry = values.get(row.value) ?? { value: row.value, ...emptyTally() };
        addTo(entry, row);
        values.set(row.value, entry);
      }
      answer.byValue = [...values.values()].sort((a, b) => b.decisions - a.decisions || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    return answer;
  };
}
