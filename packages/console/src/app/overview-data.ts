import type { LedgerStatistics, StatisticsBreakdown, StatisticsTally } from '../api/types.js';
import type { ChartSpec } from './chart-spec.js';

/** The methods a decision is made by, as the statistics count them, with names and chart colours. */
export const METHODS = [
  { key: 'acceptAll', label: 'Accept all', color: '#0072b2' },
  { key: 'rejectAll', label: 'Reject all', color: '#d55e00' },
  { key: 'custom', label: 'Custom', color: '#009e73' },
  { key: 'withdraw', label: 'Withdrawals', color: '#aa4499' },
  { key: 'gpc', label: 'Decided by GPC', color: '#882255' },
  { key: 'api', label: 'By API', color: '#6b7280' },
] as const satisfies ReadonlyArray<{ key: keyof StatisticsTally; label: string; color: string }>;

/** The breakdowns offered, with their names. */
export const BREAKDOWNS: ReadonlyArray<{ value: StatisticsBreakdown; label: string }> = [
  { value: 'region', label: 'Region' },
  { value: 'locale', label: 'Locale' },
  { value: 'regime', label: 'Regime' },
  { value: 'revision', label: 'Revision' },
  { value: 'text', label: 'Banner text (text hash)' },
  { value: 'method', label: 'Method' },
];

/** The most values the breakdown chart shows (the table has them all). */
export const CHART_VALUES = 12;

/**
 * Decisions per day, stacked by method.
 *
 * @example
 * html`<assent-chart .spec=${dailySpec(statistics)}></assent-chart>`
 */
export function dailySpec(statistics: LedgerStatistics): ChartSpec {
  return {
    x: { days: statistics.days.map((day) => day.day) },
    series: METHODS.map(({ key, label, color }) => ({ label, color, values: statistics.days.map((day) => day[key]) })),
    unit: 'count',
    stacked: true,
  };
}

/**
 * The share of records granting each category.
 *
 * @example
 * html`<assent-chart .spec=${categorySpec(statistics)}></assent-chart>`
 */
export function categorySpec(statistics: LedgerStatistics): ChartSpec {
  const share = (granted: number, denied: number) => (granted + denied > 0 ? granted / (granted + denied) : 0);
  return {
    x: { categories: statistics.categories.map((entry) => entry.category) },
    series: [{ label: 'Granted', color: '#0072b2', values: statistics.categories.map((entry) => share(entry.granted, entry.denied)) }],
    unit: 'share',
    stacked: false,
  };
}

/**
 * Accept-all, reject-all and custom shares per value of the breakdown, side by side: how two
 * banner wordings (text hashes), regions or revisions compare. The values with most decisions first.
 *
 * @example
 * html`<assent-chart .spec=${breakdownSpec(statistics)}></assent-chart>`
 */
export function breakdownSpec(statistics: LedgerStatistics): ChartSpec {
  const values = (statistics.byValue ?? []).slice(0, CHART_VALUES);
  const share = (key: 'acceptAll' | 'rejectAll' | 'custom') => values.map((entry) => (entry.decisions > 0 ? entry[key] / entry.decisions : 0));
  return {
    x: { categories: values.map((entry) => entry.value || '(none)') },
    series: [
      { label: 'Accept all', color: METHODS[0].color, values: share('acceptAll') },
      { label: 'Reject all', color: METHODS[1].color, values: share('rejectAll') },
      { label: 'Custom', color: METHODS[2].color, values: share('custom') },
    ],
    unit: 'share',
    stacked: false,
  };
}
