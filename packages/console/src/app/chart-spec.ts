import uPlot from 'uplot';

/** One series of a chart: its name (the legend's), colour and a value per x. */
export interface ChartSeries {
  label: string;
  color: string;
  values: number[];
}

/**
 * What `<assent-chart>` draws: bars per UTC day (`x` = days `YYYY-MM-DD`) or per named category,
 * stacked or side by side, counts or shares (0–1).
 *
 * @example
 * const spec: ChartSpec = { x: { days: ['2026-11-01'] }, series: [{ label: 'Decisions', color: '#1d4ed8', values: [3] }], unit: 'count', stacked: false };
 */
export interface ChartSpec {
  x: { days: string[] } | { categories: string[] };
  series: ChartSeries[];
  unit: 'count' | 'share';
  stacked: boolean;
}

const AXIS = { stroke: '#374151', grid: { stroke: '#e5e7eb', width: 1 }, ticks: { stroke: '#d0d5db', width: 1 }, font: '12px system-ui, sans-serif' };
const SECONDS_PER_DAY = 86_400;

/**
 * uPlot's options and data for a spec at a width: bars (uPlot's bar path builder), UTC days on a
 * time axis, categories at 0…n−1 with their names as tick labels, stacks as running sums drawn
 * tallest first so each layer shows its own band. uPlot's legend and cursor are off: the legend is
 * the element's own, and the numbers are in the table beside every chart.
 *
 * @example
 * const { options, data } = uplotConfig(spec, 600, 260);
 * new uPlot(options, data, target);
 */
export function uplotConfig(spec: ChartSpec, width: number, height: number): { options: uPlot.Options; data: uPlot.AlignedData } {
  const byDay = 'days' in spec.x;
  const x = 'days' in spec.x ? spec.x.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000) : spec.x.categories.map((_, index) => index);
  const labels = 'categories' in spec.x ? spec.x.categories : [];
  // Stacked: series i is drawn at the sum of series i…n−1, widest band first.
  const drawn = spec.stacked
    ? spec.series.map((series, index) => ({
        ...series,
        values: series.values.map((_, at) => spec.series.slice(index).reduce((sum, next) => sum + (next.values[at] ?? 0), 0)),
      }))
    : spec.series;
  const count = Math.max(1, drawn.length);
  const groupWidth = 0.8;
  const barPaths = (index: number) =>
    spec.stacked || count === 1
      ? uPlot.paths.bars!({ size: [groupWidth, 64] })
      : // Side by side: each series gets its slice of the group, its left edge offset from the x value
        // (in the x scale's units, uPlot's facet unit 1).
        uPlot.paths.bars!({
          disp: {
            x0: { unit: 1, values: () => x.map((value) => value - groupWidth / 2 + (index * groupWidth) / count) },
            size: { unit: 1, values: () => [groupWidth / count] },
          },
        });
  const top = spec.unit === 'share' ? 1 : Math.max(1, ...drawn.flatMap((series) => series.values));
  const options: uPlot.Options = {
    width,
    height,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    ...(byDay ? { tzDate: (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC') } : {}),
    scales: {
      x: byDay
        ? { time: true, range: (_plot, min, max) => [min - SECONDS_PER_DAY / 2, max + SECONDS_PER_DAY / 2] }
        : { time: false, range: () => [-0.5, Math.max(labels.length, 1) - 0.5] },
      y: { range: () => [0, spec.unit === 'share' ? 1 : top * 1.1] },
    },
    axes: [
      {
        ...AXIS,
        ...(byDay
          ? {}
          : {
              splits: () => labels.map((_, index) => index),
              values: (_plot: uPlot, splits: number[]) => splits.map((index) => shorten(labels[index] ?? '')),
            }),
      },
      {
        ...AXIS,
        size: 56,
        values: (_plot: uPlot, splits: number[]) =>
          splits.map((value) => (spec.unit === 'share' ? `${Math.round(value * 100)}%` : Number.isInteger(value) ? value.toLocaleString('en-GB') : '')),
      },
    ],
    series: [
      {},
      ...drawn.map((series, index) => ({
        label: series.label,
        stroke: series.color,
        fill: series.color,
        width: 0,
        paths: barPaths(index),
        points: { show: false },
      })),
    ],
  };
  return { options, data: [x, ...drawn.map((series) => series.values)] as uPlot.AlignedData };
}

// Tick labels of long values (text hashes) are cut; the table beside the chart has them in full.
const shorten = (label: string) => (label.length > 14 ? `${label.slice(0, 12)}…` : label);
