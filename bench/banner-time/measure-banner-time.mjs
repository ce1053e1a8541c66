// Time to banner: the same page served on 127.0.0.1, loaded again and again in headless Chromium
// with a fresh browser context (no cookies, storage or cache) each time, alternating Assent (as its
// README documents it: async in <head>) and vanilla-cookieconsent v3, then Assent's previous
// end-of-<body> integration (labelled) and the page without a consent manager as the floor.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { ASSENT_SCRIPT_DIR, packageDir } from '../size/artifacts.mjs';
import { installProbe } from './probe.mjs';
import { assentBodyEndPage, assentPage, baselinePage, cookieconsentPage } from './pages.mjs';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const LOAD_TIMEOUT_MS = 15_000;

/** The arms: a page path and where the banner box is (selectors, each in the previous one's shadow root). */
export const ARMS = {
  assent: { label: 'Assent', path: '/assent.html', banner: ['assent-banner', '[part~="base"]'] },
  assentBodyEnd: { label: 'Assent, <script> at the end of <body>', path: '/assent-body-end.html', banner: ['assent-banner', '[part~="base"]'] },
  cookieconsent: { label: 'vanilla-cookieconsent v3', path: '/cookieconsent.html', banner: ['#cc-main .cm'] },
  baseline: { label: 'no consent manager', path: '/baseline.html', banner: null },
};

/**
 * One load in a fresh context; returns the probe's stamps plus main-thread metrics.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ path: string, banner: string[] | null }} arm
 */
async function loadOnce(browser, origin, arm) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe, { path: arm.banner });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const done = page.waitForEvent('console', { predicate: (message) => message.text() === '__bench:done', timeout: LOAD_TIMEOUT_MS });
    done.catch(() => {}); // awaited below; this only keeps a failed goto from leaving it unhandled
    await page.goto(origin + arm.path, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await done.catch(() => {
      throw new Error(`${arm.path}: no banner became visible within ${LOAD_TIMEOUT_MS / 1000} s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    });
    const probe = await page.evaluate(() => {
      const { visible, settled, done: end, longTasks, shifts } = /** @type {any} */ (window).__bench;
      const [navigation] = performance.getEntriesByType('navigation');
      return {
        cmpStart: performance.getEntriesByName('cmp-start')[0]?.startTime,
        domContentLoaded: navigation?.domContentLoadedEventEnd,
        load: navigation?.loadEventEnd,
        visible,
        settled,
        longTaskMs: longTasks.filter((task) => task.start < end).reduce((sum, task) => sum + task.duration, 0),
        cls: shifts.filter((shift) => shift.start < end).reduce((sum, shift) => sum + shift.value, 0),
      };
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => 1000 * (metrics.find((entry) => entry.name === name)?.value ?? NaN);
    return { ...probe, taskMs: metric('TaskDuration'), requested };
  } finally {
    await context.close();
  }
}

/**
 * Runs `rounds` measured rounds (after `warmup` unmeasured ones). Each round loads every arm once;
 * Assent and cookieconsent swap places every round so neither always goes first.
 * @param {{ rounds: number, warmup?: number, onProgress?: (text: string) => void }} options
 * @returns {Promise<Record<keyof typeof ARMS, Array<Awaited<ReturnType<typeof loadOnce>>>> & { failures: string[], browserVersion: string }>}
 */
export async function measureBannerTime({ rounds, warmup = 2, onProgress = () => {} }) {
  const server = await serveStatic({
    pages: {
      [ARMS.assent.path]: assentPage(),
      [ARMS.assentBodyEnd.path]: assentBodyEndPage(),
      [ARMS.cookieconsent.path]: cookieconsentPage(),
      [ARMS.baseline.path]: baselinePage(),
    },
    mounts: { '/assent/': ASSENT_SCRIPT_DIR, '/cookieconsent/': join(packageDir('vanilla-cookieconsent'), 'dist') },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  const results = { assent: [], assentBodyEnd: [], cookieconsent: [], baseline: [] };
  /** @type {string[]} */
  const failures = [];
  try {
    for (let round = -warmup; round < rounds; round++) {
      const order = round % 2 === 0 ? ['assent', 'cookieconsent', 'assentBodyEnd', 'baseline'] : ['cookieconsent', 'assent', 'assentBodyEnd', 'baseline'];
      for (const name of order) {
        const result = await loadWithRetry(browser, server.origin, ARMS[name], (error) => {
          failures.push(error.message);
          onProgress(`time to banner: retrying a failed load: ${error.message}`);
        });
        if (round >= 0) results[name].push(result);
      }
      if (round >= 0) onProgress(`time to banner: round ${round + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { ...results, failures, browserVersion };
}

// A shared, busy machine occasionally stalls a load past its timeout: try again (at most twice)
// and report how often that happened, instead of failing a ten-minute run on one stall.
async function loadWithRetry(browser, origin, arm, onFailure, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadOnce(browser, origin, arm);
    } catch (error) {
      if (attempt >= attempts) throw error;
      onFailure(error);
    }
  }
}
