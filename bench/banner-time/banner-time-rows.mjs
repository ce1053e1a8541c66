// Table rows for time to banner: Assent next to vanilla-cookieconsent v3, medians and p90s.
import { fmt, median, quantile, ratio } from '../lib/stats.mjs';

const ms = (value) => `${fmt(value, 1)} ms`;

/**
 * @param {Awaited<ReturnType<typeof import('./measure-banner-time.mjs').measureBannerTime>>} runs
 */
export function bannerTimeRows(runs) {
  const { assent, assentBodyEnd, cookieconsent, baseline } = runs;
  const rows = [
    {
      section: `Time to banner — headless Chromium ${runs.browserVersion}, ${assent.length} fresh-context loads per consent manager, alternating A/B; Assent async in head as documented`,
    },
  ];
  /** @param {string} measure @param {(load: any) => number} pick @param {(values: number[]) => number} statistic */
  const compare = (measure, pick, statistic, format = ms) => {
    const a = statistic(assent.map(pick));
    const b = statistic(cookieconsent.map(pick));
    rows.push({ measure, result: `Assent ${format(a)}`, reference: `vanilla-cookieconsent v3 ${format(b)}`, ratio: ratio(a, b) });
  };
  const sinceStart = (load) => load.visible - load.cmpStart;
  compare('navigation start → banner visible, median', (load) => load.visible, median);
  compare('script start → banner visible, median (Assent: from its first tag in head)', sinceStart, median);
  compare('script start → banner visible, p90', sinceStart, (values) => quantile(values, 0.9));
  compare(
    'navigation start → banner visible, p90',
    (load) => load.visible,
    (values) => quantile(values, 0.9),
  );
  compare('script start → banner settled (entry animation done), median', (load) => load.settled - load.cmpStart, median);
  compare('long-task time until settled + 500 ms, median', (load) => load.longTaskMs, median);
  compare(
    'long-task time until settled + 500 ms, p90',
    (load) => load.longTaskMs,
    (values) => quantile(values, 0.9),
  );
  const floor = median(baseline.map((load) => load.taskMs));
  const added = (load) => load.taskMs - floor;
  rows.push({
    measure: 'main-thread task time added to the page, median',
    result: `Assent ${ms(median(assent.map(added)))}`,
    reference: `vanilla-cookieconsent v3 ${ms(median(cookieconsent.map(added)))}; page alone ${ms(floor)}`,
    ratio: ratio(median(assent.map(added)), median(cookieconsent.map(added))),
  });
  const cls = (values) => (values.length ? fmt(values[values.length - 1], 4) : '—');
  const sortedCls = (arm) => arm.map((load) => load.cls).sort((x, y) => x - y);
  rows.push({
    measure: 'CLS (layout shift), median / max',
    result: `Assent ${fmt(median(sortedCls(assent)), 4)} / ${cls(sortedCls(assent))}`,
    reference: `vanilla-cookieconsent v3 ${fmt(median(sortedCls(cookieconsent)), 4)} / ${cls(sortedCls(cookieconsent))}`,
    ratio: '',
  });
  if (assentBodyEnd?.length) {
    const a = median(assentBodyEnd.map((load) => load.visible));
    const b = median(cookieconsent.map((load) => load.visible));
    rows.push({
      measure: 'navigation start → banner visible, median: Assent with a plain script at the end of body (the previous bench page)',
      result: `Assent ${ms(a)}`,
      reference: `vanilla-cookieconsent v3 ${ms(b)}`,
      ratio: ratio(a, b),
    });
  }
  const fetched = (arm) => [...new Set(arm.flatMap((load) => load.requested.slice(1).map((path) => path.split('/').pop())))].join(' + ');
  rows.push({
    measure: 'files fetched by a first visit',
    result: `Assent: ${fetched(assent)}`,
    reference: `vanilla-cookieconsent v3: ${fetched(cookieconsent)}`,
    ratio: '',
  });
  return rows;
}

/** The headline figures, for the closing notes. */
export function bannerTimeSummary({ assent, cookieconsent }) {
  const sinceStart = (arm) => arm.map((load) => load.visible);
  const a = median(sinceStart(assent));
  const b = median(sinceStart(cookieconsent));
  const maxCls = (arm) => Math.max(...arm.map((load) => load.cls));
  return { ratio: a / b, assentMedian: a, cookieconsentMedian: b, assentMaxCls: maxCls(assent), cookieconsentMaxCls: maxCls(cookieconsent) };
}
