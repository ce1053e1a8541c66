// How many pages a minute `scanSite()` (@assent/scanner, the built package) gets through on the
// scanner's own fixture site (clean variant, 4 + 16 extra pages = 20, all in the sitemap), with
// the three passes and with all four (the default, withdrawal included), at the default
// concurrency of 2.
//
// Reference, same run, same browser: the floor any crawler pays that loads each page in a fresh
// browser context — per page, as many fresh contexts as the scan has passes, one after another,
// each a plain `page.goto(url, { waitUntil: 'load' })` + `waitForLoadState('networkidle')`, two
// pages at once. Scanner and reference rounds alternate (which goes first swaps every round); each
// figure is the median round.
//
// Where the time goes: during the last measured 3-pass scan the browser's newContext is wrapped so
// that every Playwright call the scanner makes on a context or page is timed from outside — the
// scanner's source is not touched.
import { chromium } from 'playwright-core';
import { scanSite } from '@assent/scanner';
import { startFixtureSite } from '../../packages/scanner/test-support/fixture-site.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { median } from '../lib/stats.mjs';

/** The passes, and every pass (the scanner's default). */
export const PASS_SETS = {
  three: ['before-consent', 'after-reject', 'after-accept'],
  four: ['before-consent', 'after-reject', 'after-accept', 'after-withdraw'],
};
export const PAGES = 20;
export const CONCURRENCY = 2;

/** One scan; returns its wall time and checks it scanned every page in every pass. */
async function scanRound(browser, url, passes) {
  const started = performance.now();
  const report = await scanSite({ url, pages: PAGES, concurrency: CONCURRENCY, passes, browser });
  const ms = performance.now() - started;
  const passCounts = report.pages.map((page) => page.passes.length);
  const errors = report.pages.flatMap((page) => page.passes.flatMap((pass) => pass.errors.map((error) => `${page.url} ${pass.pass}: ${error}`)));
  if (report.pages.length !== PAGES || passCounts.some((count) => count !== passes.length))
    throw new Error(`scanner bench: expected ${PAGES} pages × ${passes.length} passes, got ${report.pages.length} pages (${passCounts.join(', ')} passes)`);
  return { ms, pagesPerMinute: (PAGES * 60_000) / ms, urls: report.pages.map((page) => page.url), verdict: report.summary.verdict, errors };
}

/**
 * The reference: for every page, `contexts` fresh contexts one after another (as the scanner runs
 * a page's passes), each loading the page and waiting for network idle; CONCURRENCY pages at once.
 * Returns the wall time and the mean time of each step per context.
 */
async function referenceRound(browser, urls, contexts) {
  const steps = { context: [], load: [], idle: [], close: [], total: [] };
  const visit = async (url) => {
    const t0 = performance.now();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    const t1 = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    const t2 = performance.now();
    await page.waitForLoadState('networkidle');
    const t3 = performance.now();
    await context.close();
    const t4 = performance.now();
    steps.context.push(t1 - t0);
    steps.load.push(t2 - t1);
    steps.idle.push(t3 - t2);
    steps.close.push(t4 - t3);
    steps.total.push(t4 - t0);
  };
  const queue = [...urls];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) for (let pass = 0; pass < contexts; pass++) await visit(url);
    }),
  );
  const ms = performance.now() - started;
  return { ms, pagesPerMinute: (urls.length * 60_000) / ms, steps: mean(steps) };
}

const average = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** @param {Record<string, number[]>} steps each step's times → each step's mean */
const mean = (steps) => Object.fromEntries(Object.entries(steps).map(([key, values]) => [key, average(values)]));
/** @param {Array<Record<string, number>>} records → each field's mean */
const meanOf = (records) => mean(Object.fromEntries(Object.keys(records[0] ?? {}).map((key) => [key, records.map((record) => record[key])])));

// The Playwright calls a pass makes, and the step each counts towards. Every other moment of a
// pass (reading cookies, storage in every frame, request bookkeeping) is `other`.
const CONTEXT_CALLS = { exposeBinding: 'context', addInitScript: 'context', newPage: 'context', close: 'close' };
const PAGE_CALLS = { goto: 'load', reload: 'load', waitForLoadState: 'idle', waitForTimeout: 'settle', evaluate: 'evaluate', screenshot: 'other' };

/** Wraps `browser.newContext` for one scan: every pass's time, split by the calls above. */
function timePasses(browser) {
  const passes = [];
  const newContext = browser.newContext;
  const wrap = (target, method, step, record) => {
    const original = target[method];
    target[method] = async function (...args) {
      const start = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        record[step] += performance.now() - start;
      }
    };
  };
  browser.newContext = async function (...args) {
    const record = { context: 0, load: 0, idle: 0, settle: 0, evaluate: 0, close: 0, total: 0 };
    const start = performance.now();
    const context = await newContext.apply(this, args);
    record.context += performance.now() - start;
    for (const [method, step] of Object.entries(CONTEXT_CALLS)) wrap(context, method, step, record);
    const newPage = context.newPage;
    context.newPage = async function (...pageArgs) {
      const page = await newPage.apply(this, pageArgs);
      for (const [method, step] of Object.entries(PAGE_CALLS)) wrap(page, method, step, record);
      return page;
    };
    const close = context.close;
    context.close = async function (...closeArgs) {
      try {
        return await close.apply(this, closeArgs);
      } finally {
        record.total = performance.now() - start;
        passes.push(record);
      }
    };
    return context;
  };
  return {
    passes,
    restore: () => {
      browser.newContext = newContext;
    },
  };
}

/**
 * @param {{ rounds: number, warmup?: number, profile?: boolean, onProgress?: (text: string) => void }} options
 *   rounds: measured rounds, each one scan and one reference per pass set, scanner first in even
 *   rounds; warmup: unmeasured reference rounds first; profile: time the last 3-pass scan step by step
 */
export async function measureScanner({ rounds, warmup = 1, profile = true, onProgress = () => {} }) {
  const site = await startFixtureSite({ variant: 'clean', extraPages: PAGES - 4 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  /** @type {Record<string, Array<{ ms: number, pagesPerMinute: number }>>} */
  const results = { scan3: [], ref3: [], scan4: [], ref4: [] };
  const errors = new Set();
  const verdicts = new Set();
  // The reference visits the pages of the sitemap, the ones the scan covers (checked below).
  const sitemap = await (await fetch(new URL('/sitemap.xml', site.url))).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  try {
    if (urls.length !== PAGES) throw new Error(`scanner bench: the fixture's sitemap lists ${urls.length} pages, not ${PAGES}`);
    // Warm-up: reference rounds only (they load every page and start the browser's processes,
    // at a fraction of a scan's time).
    for (let round = 0; round < warmup; round++) await referenceRound(browser, urls, PASS_SETS.three.length);
    let steps;
    for (let round = 0; round < rounds; round++) {
      const scannerFirst = round % 2 === 0;
      for (const [key, passes] of [
        ['3', PASS_SETS.three],
        ['4', PASS_SETS.four],
      ]) {
        for (const arm of scannerFirst ? ['scan', 'ref'] : ['ref', 'scan']) {
          // The last 3-pass scan is also timed step by step (the wrapper adds microseconds a pass).
          const timing = profile && arm === 'scan' && key === '3' && round === rounds - 1 ? timePasses(browser) : undefined;
          let result;
          try {
            result = arm === 'scan' ? await scanRound(browser, site.url, passes) : await referenceRound(browser, urls, passes.length);
          } finally {
            timing?.restore();
          }
          if (timing) {
            const passes = timing.passes.map((pass) => ({
              ...pass,
              other: pass.total - pass.context - pass.load - pass.idle - pass.settle - pass.evaluate - pass.close,
            }));
            steps = { passes: passes.length, ...meanOf(passes) };
          }
          if (arm === 'scan') {
            const missed = urls.filter((url) => !result.urls.includes(url));
            if (missed.length) throw new Error(`scanner bench: the scan did not cover ${missed.join(', ')}`);
            for (const error of result.errors) errors.add(error);
            verdicts.add(result.verdict);
          }
          results[`${arm}${key}`].push(result);
          onProgress(
            `scanner: round ${round + 1}/${rounds}, ${arm === 'scan' ? 'scanSite' : 'reference'} ${key} passes: ${(result.pagesPerMinute).toFixed(1)} pages/min`,
          );
        }
      }
    }
    const summarise = (list) => ({
      ms: median(list.map((r) => r.ms)),
      pagesPerMinute: median(list.map((r) => r.pagesPerMinute)),
      rounds: list.map((r) => r.pagesPerMinute),
    });
    return {
      browserVersion,
      rounds,
      scan3: summarise(results.scan3),
      ref3: { ...summarise(results.ref3), steps: meanOf(results.ref3.map((r) => r.steps)) },
      scan4: summarise(results.scan4),
      ref4: summarise(results.ref4),
      steps,
      verdicts: [...verdicts],
      errors: [...errors],
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
