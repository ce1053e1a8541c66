// Table rows for the scanner's throughput: scanSite() pages per minute next to the floor of the
// same work without the scanner (fresh contexts that only load the page and wait for network
// idle), and where one pass spends its time.
import { fmt } from '../lib/stats.mjs';
import { CONCURRENCY, PAGES } from './measure-scanner.mjs';

const perMinute = (arm) => `${fmt(arm.pagesPerMinute, 1)} pages/min (${fmt(arm.ms / 1000, 1)} s)`;
const range = (arm) => (arm.rounds.length > 1 ? `, rounds ${fmt(Math.min(...arm.rounds), 1)}–${fmt(Math.max(...arm.rounds), 1)}` : '');
const ms = (value) => `${fmt(value)} ms`;

/** @param {Awaited<ReturnType<typeof import('./measure-scanner.mjs').measureScanner>>} result */
export function scannerRows(result) {
  const { scan3, ref3, scan4, ref4, steps, rounds, browserVersion } = result;
  const rows = [
    {
      section: `Scanner — scanSite() on the fixture site (clean, ${PAGES} pages), concurrency ${CONCURRENCY}, headless Chromium ${browserVersion}; reference: the same pages, as many fresh contexts each, only load + network idle; median of ${rounds} alternating round${rounds === 1 ? '' : 's'}`,
    },
    {
      measure: 'pages per minute, 3 passes (before-consent, after-reject, after-accept)',
      result: `${perMinute(scan3)}${range(scan3)}`,
      reference: `${perMinute(ref3)}${range(ref3)}`,
      ratio: `${fmt(scan3.pagesPerMinute / ref3.pagesPerMinute, 2)}×`,
    },
    {
      measure: 'pages per minute, 4 passes (default: + after-withdraw)',
      result: `${perMinute(scan4)}${range(scan4)}`,
      reference: `${perMinute(ref4)}${range(ref4)}`,
      ratio: `${fmt(scan4.pagesPerMinute / ref4.pagesPerMinute, 2)}×`,
    },
  ];
  if (steps) {
    const ref = ref3.steps;
    const step = (measure, scanner, reference) => ({
      measure: `one pass, mean of ${steps.passes} (3-pass scan): ${measure}`,
      result: ms(scanner),
      reference: reference === undefined ? '—' : ms(reference),
      ratio: reference === undefined ? '—' : `${fmt(scanner / reference, 2)}×`,
    });
    rows.push(
      step('whole pass, new context → closed', steps.total, ref.total),
      step('new context + page (+ the scanner’s init script and binding)', steps.context, ref.context),
      step('navigation to load (goto, and the reload after a decision: 5 loads in 3 passes)', steps.load, ref.load),
      step('waiting for network idle (500 ms without a request, each load and decision)', steps.idle, ref.idle),
      step('settle timer (500 ms after each network idle)', steps.settle),
      step('page.evaluate (Assent config, decisions, gated elements, links)', steps.evaluate),
      step('rest (cookies, storage in every frame, screenshot of the first page)', steps.other),
      step('closing the context', steps.close, ref.close),
    );
  }
  return rows;
}

/** One line for the summary at the top of docs/benchmarks.md. */
export function scannerSummary({ scan3, ref3, scan4, ref4 }) {
  return (
    `Scanner (${PAGES} fixture pages, concurrency ${CONCURRENCY}, median round): 3 passes ${fmt(scan3.pagesPerMinute, 1)} pages/min, ` +
    `4 passes ${fmt(scan4.pagesPerMinute, 1)} pages/min; the same fresh contexts with only load + network idle ` +
    `${fmt(ref3.pagesPerMinute, 1)} and ${fmt(ref4.pagesPerMinute, 1)} pages/min (ratio ${fmt(scan3.pagesPerMinute / ref3.pagesPerMinute, 2)}× and ${fmt(scan4.pagesPerMinute / ref4.pagesPerMinute, 2)}×).`
  );
}
