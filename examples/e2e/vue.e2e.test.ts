// The Vite + Vue example (examples/vue) on @assent/vue, served by the demo backend at /vue/: the
// banner only when a decision is needed, a ConsentGate that swaps its placeholder for the embed
// without a reload, analytics fetched only once granted, evidence in the ledger, and withdrawal
// from the footer's Cookie settings.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import {
  banner,
  bannerButton,
  bannerCodeOf,
  categorySwitch,
  consentCommands,
  consentId,
  dialog,
  dialogButton,
  expectNoAxeViolations,
  recordsOf,
} from './support/site.js';

// Polls that wait for a server round trip or a lazily loaded chunk: generous on a busy two-core machine.
const POLL = { timeout: 10_000 };

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

declare global {
  interface Window {
    /** Set by the init script below: whether an `assent-banner` was ever in the page, and ever shown. */
    bannerWatch?: { added: boolean; shown: boolean };
    /** The Vue example's fake analytics (examples/vue/src/analytics.ts). */
    vueAnalytics?: { loads: number; pageViews: string[] };
  }
}

/** Records, from before the page's first script, whether the banner is ever added or shown. */
async function watchForBanner(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const watch: { added: boolean; shown: boolean } = { added: false, shown: false };
    window.bannerWatch = watch;
    const check = () => {
      const element = document.querySelector('assent-banner');
      if (!element) return;
      watch.added = true;
      if (element.hasAttribute('open') || element.shadowRoot?.querySelector('section')) watch.shown = true;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
  });
}

/** Uncaught errors of a page (an exception in a component's setup lands here). */
function pageErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const video = (page: Page) => page.locator('iframe#vue-video');
const placeholder = (page: Page) => page.locator('#vue-video-placeholder');
const analytics = (page: Page) => page.evaluate(() => window.vueAnalytics ?? null);
const setMarker = (page: Page) => page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
const marker = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker);

test('first visit: banner and placeholder; Customise allows the embed without a reload; the ledger records it; a returning visitor never sees the banner; Cookie settings withdraws', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const analyticsChunks: string[] = [];
  const videoRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/vue\/assets\/analytics-[^/]*\.js$/.test(request.url())) analyticsChunks.push(request.url());
    if (request.url().endsWith('/embed/video.html')) videoRequests.push(request.url());
  });
  await watchForBanner(context);
  const bannerCode = bannerCodeOf(page);
  await page.goto('/vue/');
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);
  // The watch sees a banner when there is one (so its "never" below means something).
  expect(await page.evaluate(() => window.bannerWatch)).toEqual({ added: true, shown: true });
  // Likewise the download check: a first visit fetches the banner's code.
  await expect.poll(() => bannerCode.length, POLL).toBeGreaterThan(0);
  // The page glue started in setup: the Consent Mode default went out, denied.
  expect((await consentCommands(page))[0]).toMatchObject({ kind: 'default', state: { analytics_storage: 'denied' } });
  expect(await placeholder(page).isVisible()).toBe(true);
  expect(await video(page).count()).toBe(0);
  expect(await page.locator('#vue-analytics-status').textContent()).toBe('Analytics: not allowed.');
  await setMarker(page);

  // Customise: functional only. The embed replaces the placeholder in place; analytics stays off.
  await bannerButton(page, 'Customise').click();
  await categorySwitch(page, /functional/i).check();
  await dialogButton(page, 'Save choices').click();
  await expect.poll(() => video(page).count(), POLL).toBe(1);
  expect(await placeholder(page).count()).toBe(0);
  expect(await banner(page).isVisible()).toBe(false);
  expect(await marker(page), 'no reload').toBe(42);
  expect(videoRequests).toHaveLength(1);
  expect(analyticsChunks).toEqual([]);
  expect(await analytics(page)).toBe(null);
  const id = await consentId(context);
  expect((await recordsOf(harness, id, 1))[0]).toMatchObject({ method: 'custom', categories: { functional: true, analytics: false } });

  // A returning visitor: the banner's code is not even downloaded, and the banner never added, not
  // even for a frame; the embed is there.
  bannerCode.length = 0;
  await page.reload();
  await expect.poll(() => video(page).count(), POLL).toBe(1);
  // Time for anything late (the banner's import() and first render) to have happened.
  await page.waitForTimeout(750);
  expect(await page.evaluate(() => window.bannerWatch)).toEqual({ added: false, shown: false });
  expect(bannerCode, 'banner code never downloaded').toEqual([]);

  // Withdrawal through the footer's Cookie settings: the embed goes, the placeholder comes back.
  await page.getByRole('button', { name: 'Cookie settings' }).click();
  await expect.poll(() => dialog(page).isVisible(), POLL).toBe(true);
  await categorySwitch(page, /functional/i).uncheck();
  await dialogButton(page, 'Save choices').click();
  await expect.poll(() => video(page).count(), POLL).toBe(0);
  expect(await placeholder(page).isVisible()).toBe(true);
  expect((await recordsOf(harness, id, 2))[1]).toMatchObject({ categories: { functional: false } });
  expect(await page.evaluate(() => window.bannerWatch)).toEqual({ added: false, shown: false });
  // The app's own markup (header, placeholder, footer) passes axe once the dialog has closed.
  await expect.poll(() => dialog(page).isVisible(), POLL).toBe(false);
  await expectNoAxeViolations(page, 'Vue app with the placeholder');
  await context.close();
});

test("Accept all loads analytics once with import(), and again on the next page view; the placeholder's own button allows the embed", async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const errors = pageErrorsOf(page);
  const analyticsChunks: string[] = [];
  page.on('request', (request) => /\/vue\/assets\/analytics-[^/]*\.js$/.test(request.url()) && analyticsChunks.push(request.url()));
  await page.goto('/vue/');
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);

  // Deciding from the placeholder: a click on "Allow functional cookies" is the visitor's choice.
  await page.getByRole('button', { name: 'Allow functional cookies' }).click();
  await expect.poll(() => video(page).count(), POLL).toBe(1);
  const id = await consentId(context);
  expect((await recordsOf(harness, id, 1))[0]).toMatchObject({ categories: { functional: true, analytics: false } });
  // A decision exists now: the banner goes.
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(false);
  expect(analyticsChunks).toEqual([]);

  // Analytics, once granted: the status follows at once and the chunk is fetched once.
  await page.getByRole('button', { name: 'Cookie settings' }).click();
  await dialogButton(page, 'Accept all').click();
  await expect.poll(() => page.locator('#vue-analytics-status').textContent(), POLL).toBe('Analytics: allowed.');
  await expect.poll(() => analytics(page), POLL).toEqual({ loads: 1, pageViews: ['/vue/'] });
  expect(analyticsChunks).toHaveLength(1);
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain('_vue_analytics');
  expect((await recordsOf(harness, id, 2))[1]).toMatchObject({ method: 'accept-all' });

  // The next page view of a visitor who allowed analytics: it starts again at once, without a
  // click, and once (the watcher's first run happens inside watch() itself).
  await page.reload();
  await expect.poll(() => analytics(page), POLL).toEqual({ loads: 1, pageViews: ['/vue/'] });
  expect(await page.locator('#vue-analytics-status').textContent()).toBe('Analytics: allowed.');
  await page.waitForTimeout(500);
  expect(await analytics(page), 'loaded once').toEqual({ loads: 1, pageViews: ['/vue/'] });
  expect(analyticsChunks).toHaveLength(2);
  expect(errors).toEqual([]);
  await context.close();
});

test('/vue redirects to the app, and deep links are served it', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const response = await page.goto('/vue');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/vue/');
  expect(await page.locator('h1').textContent()).toBe('A Vue app with Assent');
  expect((await page.goto('/vue/anything'))?.status()).toBe(200);
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);
  await context.close();
});
