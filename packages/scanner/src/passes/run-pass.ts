import type { Browser, Page } from 'playwright-core';
import type { PassName, PassResult, Screenshot } from '../report/types.js';
import { collectCookies, collectFrames, collectGated, collectLinks, collectStorage } from './collect.js';
import { observeContext } from './observe.js';
import { type AssentOnPage, readGranted, readPageAssent } from './page-assent.js';

/**
 * How long a pass waits. `settleMs`: after the network is idle, for timers that set cookies late.
 *
 * @example
 * const timing: PassTiming = { timeoutMs: 30_000, settleMs: 500 };
 */
export interface PassTiming {
  /** Longest wait for a navigation. */
  timeoutMs: number;
  settleMs: number;
}

/** What one pass produced, beyond its result: the page's Assent setup, its links, a screenshot. */
export interface PassOutcome {
  result: PassResult;
  assentOnPage: AssentOnPage;
  links: string[];
  screenshot?: Screenshot;
}

// The store methods each pass calls through `window.assent`, in order; the page is reloaded after
// the last, so what is collected is what a returning visitor with that decision gets.
const ACTIONS: Record<PassName, Array<'acceptAll' | 'rejectAll' | 'withdraw'>> = {
  'before-consent': [],
  'after-reject': ['rejectAll'],
  'after-accept': ['acceptAll'],
  'after-withdraw': ['acceptAll', 'withdraw'],
};

/**
 * Visits `url` once, in a fresh browser context (no cookies, no storage), does what the pass says
 * through `window.assent`, and collects what the browser holds at the end.
 *
 * @example
 * const { result } = await runPass(browser, 'https://example.com/', 'after-reject', { timeoutMs: 30_000, settleMs: 500 });
 */
export async function runPass(browser: Browser, url: string, pass: PassName, timing: PassTiming, options: { screenshot?: boolean } = {}): Promise<PassOutcome> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(timing.timeoutMs);
  try {
    const observer = await observeContext(context, url);
    const page = await context.newPage();
    page.on('pageerror', (error) => observer.errors.push(`uncaught error in the page: ${error.message.split('\n')[0]}`));
    const loaded = await navigate(page, () => page.goto(url, { waitUntil: 'load' }), observer.errors, timing);
    const assentOnPage = loaded ? await readPageAssent(page) : {};
    if (loaded && assentOnPage.assent) {
      for (const action of ACTIONS[pass]) {
        await drive(page, action);
        await settle(page, timing);
      }
      if (ACTIONS[pass].length) {
        // The requests judged are those of the view after the decision, not of the one before it.
        observer.forgetRequests();
        await navigate(page, () => page.reload({ waitUntil: 'load' }), observer.errors, timing);
      }
    }
    const screenshot = options.screenshot && loaded ? await screenshotOf(page, pass) : undefined;
    await observer.flush();
    const granted = assentOnPage.assent ? await readGranted(page, assentOnPage.assent) : undefined;
    const result: PassResult = {
      pass,
      url: page.url(),
      cookies: await collectCookies(context, url, observer.cookieWriters),
      storage: await collectStorage(page),
      requests: observer.requests,
      frames: collectFrames(page),
      gated: await collectGated(page),
      ...(granted ? { granted } : {}),
      errors: observer.errors,
    };
    return { result, assentOnPage, links: pass === 'before-consent' ? await collectLinks(page) : [], ...(screenshot ? { screenshot } : {}) };
  } finally {
    await context.close().catch(() => {});
  }
}

async function navigate(page: Page, go: () => Promise<unknown>, errors: string[], timing: PassTiming): Promise<boolean> {
  try {
    await go();
  } catch (error) {
    errors.push(`could not load the page: ${(error as Error).message.split('\n')[0]}`);
    return false;
  }
  await settle(page, timing);
  return true;
}

// Network idle (no request for 500 ms), then the settle time for timers.
async function settle(page: Page, timing: PassTiming): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: Math.min(timing.timeoutMs, 10_000) }).catch(() => {});
  await page.waitForTimeout(timing.settleMs);
}

// A decision made through the store, as a click on the banner makes it. A store method that
// reloads the page itself (withdrawal can) ends the evaluation early: that is fine.
async function drive(page: Page, action: 'acceptAll' | 'rejectAll' | 'withdraw'): Promise<void> {
  await page
    .evaluate(async (method) => {
      const store = (window as unknown as { assent: Record<string, () => unknown> & { ready: Promise<void> } }).assent;
      await store.ready;
      store[method]?.();
    }, action)
    .catch(() => {});
}

async function screenshotOf(page: Page, pass: PassName): Promise<Screenshot | undefined> {
  const png = await page.screenshot({ type: 'png' }).catch(() => undefined);
  return png ? { page: page.url(), pass, mediaType: 'image/png', base64: png.toString('base64') } : undefined;
}
