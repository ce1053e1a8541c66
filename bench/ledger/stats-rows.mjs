// Table rows and the headline for the privacy officer's statistics: ledger.statistics() over 90
// days, read from the counters kept at write time, next to a count(*) … GROUP BY scan of the same
// range, per ledger size and store; and the counters' backfill when a ledger of that size upgrades.
import { fmt, ratio } from '../lib/stats.mjs';

/** The overview's budget in the privacy-officer console issue. */
export const STATS_BUDGET_MS = 200;

const count = (n) => (n >= 1_000_000 ? `${fmt(n / 1_000_000)} M` : n >= 1000 ? `${fmt(n / 1000)} k` : fmt(n));
const ms = (value) => `${fmt(value, value < 10 ? 2 : value < 1000 ? 1 : 0)} ms`;
// Thousands of times faster: the ratio is given as the scan's p50 over statistics()'s (result ÷ reference would read 0.00×).
const faster = (statistics, scan) => `p50 scan ÷ statistics() ${fmt(scan / statistics)}×`;
const STORES = [
  ['SQLite', 'sqlite'],
  ['PostgreSQL', 'postgres'],
];

/**
 * @param {Array<{ size: number, result: Awaited<ReturnType<typeof import('./statistics.mjs').measureStatistics>> }>} runs
 * @param {{ statsQueries: number, statsScans: number }} plan
 */
export function statsRows(runs, plan) {
  const rows = [
    {
      section: `Statistics — ledger.statistics() over 90 days (every day, the total, per category), read from the counters kept at write time; reference: \`count(*) … GROUP BY day, method\` over the records of the same 90 days; p50 / p99 of ${plan.statsQueries} calls and of ${plan.statsScans} scans`,
    },
  ];
  for (const { size, result } of runs) {
    for (const [name, key] of STORES) {
      const store = result[key];
      if (!store) {
        rows.push({
          measure: `statistics() at ${count(size)} records, ${name}`,
          result: key === 'postgres' ? 'not measured at this size (see the method)' : 'skipped',
          reference: '',
          ratio: '',
        });
        continue;
      }
      const scan = `\`count(*)\` scan: p50 ${ms(store.scan.p50)}, p99 ${ms(store.scan.p99)}`;
      rows.push(
        {
          measure: `statistics({ from, to }) — the overview — at ${count(size)} records, ${name}`,
          result: `p50 ${ms(store.statistics.p50)}, p99 ${ms(store.statistics.p99)}`,
          reference: scan,
          ratio: faster(store.statistics.p50, store.scan.p50),
        },
        {
          measure: `statistics({ from, to, by: 'region' }) at ${count(size)} records, ${name}`,
          result: `p50 ${ms(store.statisticsByRegion.p50)}, p99 ${ms(store.statisticsByRegion.p99)}`,
          reference: scan,
          ratio: faster(store.statisticsByRegion.p50, store.scan.p50),
        },
        {
          measure: `counter backfill when a ${count(size)}-record ledger upgrades (migration 5), ${name}`,
          result: `${fmt(store.backfillSeconds, 1)} s (${fmt(size / store.backfillSeconds)} records/s)`,
          reference: `raw bulk preload of the same records: ${fmt(store.preloadSeconds, 1)} s`,
          ratio: ratio(store.backfillSeconds, store.preloadSeconds),
        },
      );
    }
  }
  return rows;
}

/**
 * One line for the summary at the top of docs/benchmarks.md.
 * @param {Parameters<typeof statsRows>[0]} runs
 */
export function statsSummary(runs) {
  const parts = [];
  let worst = 0;
  for (const { size, result } of runs) {
    for (const [name, key] of STORES) {
      const store = result[key];
      if (!store) continue;
      worst = Math.max(worst, store.statistics.p99, store.statisticsByRegion.p99);
      parts.push(`${count(size)} ${name} ${ms(store.statistics.p50)} (scan ${ms(store.scan.p50)})`);
    }
  }
  const verdict =
    worst < STATS_BUDGET_MS ? `every p99 under the ${STATS_BUDGET_MS} ms budget` : `**a p99 of ${ms(worst)}, over the ${STATS_BUDGET_MS} ms budget**`;
  return `Statistics overview over 90 days (p50, from the counters; the \`count(*)\` scan of the same range in brackets): ${parts.join('; ')} — ${verdict}.`;
}
