// The Vite SPA: @assent/core and @assent/banner as ES modules, analytics fetched with import()
// only once granted, and everything still working across client-side route changes.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { banner, bannerButton, categorySwitch, consentCommands, consentId, dialog, dialogButton, recordsOf } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

const analytics = (page: Page) => page.evaluate(() => window.spaAnalytics ?? null);
const navigate = async (page: Page, name: string, path: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe(path);
};

test('banner via ESM, lazy analytics with onGranted, route changes without reloads, evidence in the ledger', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const analyticsChunks: string[] = [];
  page.on('request', (request) => /\/spa\/assets\/analytics-[^/]*\.js$/.test(request.url()) && analyticsChunks.push(request.url()));
  await page.goto('/spa/');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  expect((await consentCommands(page))[0]).toMatchObject({ kind: 'default', state: { analytics_storage: 'denied' } });
  // A marker that survives only as long as no full page load happens.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  // Routes change while the banner waits; the server decides without personalisation.
  await navigate(page, 'Picks for you', '/spa/picks');
  await expect.poll(() => page.locator('#spa-recommendations').getAttribute('class')).toBe('card');
  expect(await page.locator('#spa-recommendations h2').textContent()).toBe('Bestsellers');
  expect(await banner(page).isVisible()).toBe(true);
  expect(analyticsChunks).toEqual([]);

  // Analytics on: the chunk is fetched once, and counts this page.
  await bannerButton(page, 'Customise').click();
  await categorySwitch(page, /analytical cookies/i).check();
  await dialogButton(page, 'Save choices').click();
  await expect.poll(() => analytics(page)).toEqual({ loads: 1, pageViews: ['/spa/picks'] });
  expect(analyticsChunks).toHaveLength(1);
  const id = await consentId(context);
  expect((await recordsOf(harness, id, 1))[0]).toMatchObject({ method: 'custom', categories: { analytics: true } });
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain('_spa_analytics');

  // Client-side navigation: page views counted, no reload, module loaded once.
  await navigate(page, 'About', '/spa/about');
  await navigate(page, 'Home', '/spa/');
  await page.goBack();
  await expect.poll(() => analytics(page)).toEqual({ loads: 1, pageViews: ['/spa/picks', '/spa/about', '/spa/', '/spa/about'] });
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  // The footer button still opens the dialog after route changes; withdrawing stops counting
  // and clears the analytics cookie.
  await page.getByRole('button', { name: 'Cookie settings' }).click();
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
  await categorySwitch(page, /analytical cookies/i).uncheck();
  await dialogButton(page, 'Save choices').click();
  await recordsOf(harness, id, 2);
  await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name)).not.toContain('_spa_analytics');
  await navigate(page, 'Home', '/spa/');
  expect((await analytics(page))?.pageViews).toHaveLength(4);

  // A gated embed inserted by the app on a route gets its placeholder; allowing it loads it.
  await navigate(page, 'Video', '/spa/video');
  await page.getByRole('button', { name: 'Allow Demo Video' }).click();
  await expect.poll(() => page.locator('iframe[src="/embed/video.html"]').count()).toBe(1);
  expect((await recordsOf(harness, id, 3))[2]).toMatchObject({ services: { 'demo-video': true } });
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await context.close();
});

test('a deep link to a client-side route is served the app, which asks first', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const response = await page.goto('/spa/picks');
  expect(response?.status()).toBe(200);
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  expect(await page.locator('h1').textContent()).toBe('Picks for you');
  await context.close();
});

test('the home view says whether analytics is allowed as soon as the person decides, without a route change', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/spa/');
  const status = page.locator('#spa-analytics-status');
  expect(await status.textContent()).toBe('Analytics: not allowed.');
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => status.textContent()).toBe('Analytics: allowed.');
  expect(await page.evaluate(() => location.pathname)).toBe('/spa/');
  await context.close();
});
