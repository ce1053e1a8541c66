// The Next.js (App Router) example: server rendering from the request's cookie and region, then
// hydration in real Chromium — no hydration warning, no banner flash for a returning visitor, no
// gated content in the server's HTML before consent — and decisions recorded in the demo ledger.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { startNextApp, type NextApp } from './support/next-app.js';
import { banner, bannerButton, bannerCodeOf, consentId, expectNoAxeViolations, recordsOf } from './support/site.js';

let harness: Harness;
let app: NextApp;
beforeAll(async () => {
  harness = await startHarness();
  app = await startNextApp(harness.url);
});
afterAll(async () => {
  await app?.close();
  await harness?.close();
});

const VIDEO = 'iframe[src="/embed/video.html"]';
// Polls that wait for a server round trip or a lazily loaded chunk: generous on a busy two-core machine.
const POLL = { timeout: 10_000 };

/**
 * Console errors and warnings and uncaught errors of a page, from its first request on. React's
 * production build reports a hydration mismatch as an uncaught error (#418, #423, #425: text or
 * tree mismatch), its development build as a console error; either lands here.
 */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

declare global {
  interface Window {
    /** Set by the banner probe: when an `assent-banner` element first entered the page, in ms since navigation start. */
    bannerSeenAt?: number;
  }
}

/** Records, from before the first byte is parsed, whether an `assent-banner` element ever enters the page. */
async function probeBanner(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const look = () => {
      if (window.bannerSeenAt === undefined && document.querySelector('assent-banner')) window.bannerSeenAt = performance.now();
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    look();
  });
}

/** Waits until hydration is over and the provider's browser-only setup ran (it sets `window.assent`). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete' && 'assent' in window);
}

/** What the consent status on the home page says, category by category. */
function statusOf(html: string): Record<string, boolean> {
  const status: Record<string, boolean> = {};
  for (const [, id, granted] of html.matchAll(/data-category="(\w+)" data-granted="(true|false)"/g)) status[id!] = granted === 'true';
  return status;
}
const statusIn = async (page: Page) => statusOf(await page.locator('#consent-status').innerHTML());

/** The server's HTML for a path, as a browser with these headers would get it. */
async function serverHtml(path: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(new URL(path, app.url), { headers });
  expect(response.status).toBe(200);
  return response.text();
}

/** The Cookie header a browser context sends to the app. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies(app.url)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

test('before consent the server HTML holds no gated content, and nothing but necessary is granted', async () => {
  const home = await serverHtml('/');
  expect(home).not.toContain('/embed/video.html');
  expect(home).toContain('Allow Demo Video');
  expect(home).not.toContain('<assent-banner');
  expect(statusOf(home)).toEqual({ functional: false, analytics: false, advertising: false });
  const picks = await serverHtml('/picks');
  expect(picks).toContain('data-personalised="false"');
  expect(picks).not.toContain('Based on what you viewed');
});

test('first visit: banner, Accept all shows the video without a reload, server content follows, the ledger records it', async () => {
  const context = await newScenario(harness.browser, app.url);
  await probeBanner(context);
  const page = await context.newPage();
  const problems = problemsOf(page);
  const bannerCode = bannerCodeOf(page);
  await page.goto('/');
  await hydrated(page);
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);
  await expect.poll(() => bannerCode.length, POLL).toBeGreaterThan(0);
  // The probe sees a banner when there is one (so its silence for a returning visitor means something).
  expect(await page.evaluate(() => window.bannerSeenAt)).toBeTypeOf('number');
  expect(await page.locator(VIDEO).count()).toBe(0);
  expect(await page.getByTestId('video-placeholder').isVisible()).toBe(true);
  expect(await statusIn(page)).toEqual({ functional: false, analytics: false, advertising: false });
  // The example's own markup (placeholder, status, footer) too; after the banner's entry animation.
  await page.waitForTimeout(600);
  await expectNoAxeViolations(page, 'Next.js example, first visit');
  // Survives only as long as no full page load happens.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => page.locator(VIDEO).count(), POLL).toBe(1);
  expect(await banner(page).isVisible()).toBe(false);
  expect(await statusIn(page)).toEqual({ functional: true, analytics: true, advertising: true });
  const id = await consentId(context);
  expect((await recordsOf(harness, id, 1))[0]).toMatchObject({ method: 'accept-all', categories: { functional: true, analytics: true, advertising: true } });

  // A server component decides from the cookie: after a client-side navigation it personalises.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Picks for you' }).click();
  await expect.poll(() => page.locator('#recommendations').getAttribute('data-personalised'), POLL).toBe('true');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  // The server renders the video for this cookie, and no banner.
  const html = await serverHtml('/', { cookie: await cookieHeader(context) });
  expect(html).toContain('src="/embed/video.html"');
  expect(html).not.toContain('Allow Demo Video');
  expect(statusOf(html)).toEqual({ functional: true, analytics: true, advertising: true });
  expect(problems).toEqual([]);
  await context.close();
});

test('returning visitor: no banner flash, no hydration warning, the server and the client agree on the video', async () => {
  const context = await newScenario(harness.browser, app.url);
  await probeBanner(context);
  const first = await context.newPage();
  await first.goto('/');
  await hydrated(first);
  // Allowing only the video (the placeholder's button) is a decision: the banner goes.
  await first.getByRole('button', { name: 'Allow Demo Video' }).click();
  await expect.poll(() => first.locator(VIDEO).count(), POLL).toBe(1);
  await expect.poll(() => banner(first).isVisible(), POLL).toBe(false);
  const id = await consentId(context);
  expect((await recordsOf(harness, id, 1))[0]).toMatchObject({ services: { 'demo-video': true }, categories: { functional: false, analytics: false } });
  await first.close();

  const cookie = await cookieHeader(context);
  const html = await serverHtml('/', { cookie });
  expect(html).not.toContain('<assent-banner');
  expect(html).toContain('src="/embed/video.html"');

  // The next page view: from the first paint on, no banner, and hydration without a warning.
  const page = await context.newPage();
  const problems = problemsOf(page);
  const bannerCode = bannerCodeOf(page);
  await page.goto('/');
  await hydrated(page);
  expect(await page.locator(VIDEO).count()).toBe(1);
  expect(await statusIn(page)).toEqual(statusOf(html));
  // Time for a late banner to show up if the provider were to mount one.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.bannerSeenAt ?? null)).toBeNull();
  expect(await page.locator('assent-banner').count()).toBe(0);
  // Not even downloaded.
  expect(bannerCode).toEqual([]);
  expect(problems).toEqual([]);

  // Across a client-side navigation and back, still no banner.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Picks for you' }).click();
  await expect.poll(() => page.locator('#recommendations').count(), POLL).toBe(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect.poll(() => page.locator(VIDEO).count(), POLL).toBe(1);
  expect(await page.evaluate(() => window.bannerSeenAt ?? null)).toBeNull();
  expect(problems).toEqual([]);
  await context.close();
});

test('a page the server decides follows a decision made on it, without a reload', async () => {
  const context = await newScenario(harness.browser, app.url);
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto('/picks');
  await hydrated(page);
  expect(await page.locator('#recommendations').getAttribute('data-personalised')).toBe('false');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await bannerButton(page, 'Accept all').click();
  // The provider asks the server to render again; the new request carries the new cookie.
  await expect.poll(() => page.locator('#recommendations').getAttribute('data-personalised'), POLL).toBe('true');
  expect(await page.locator('#recommendations h2').textContent()).toBe('Based on what you viewed');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(problems).toEqual([]);
  await context.close();
});

test('the footer button opens the preferences; withdrawing removes the video at once and is recorded', async () => {
  const context = await newScenario(harness.browser, app.url);
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto('/');
  await hydrated(page);
  await bannerButton(page, 'Accept all').click();
  await expect.poll(() => page.locator(VIDEO).count(), POLL).toBe(1);
  const id = await consentId(context);
  await recordsOf(harness, id, 1);

  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  const dialog = page.locator('assent-preferences dialog');
  await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
  await dialog.getByRole('checkbox', { name: /functional/i }).uncheck();
  await dialog.getByRole('button', { name: 'Save choices', exact: true }).click();
  await expect.poll(() => page.locator(VIDEO).count(), POLL).toBe(0);
  expect(await page.getByTestId('video-placeholder').isVisible()).toBe(true);
  expect((await recordsOf(harness, id, 2))[1]).toMatchObject({ categories: { functional: false } });
  expect(problems).toEqual([]);
  await context.close();
});

test('region from the edge: a visitor in California gets the opt-out regime, one without a region opt-in', async () => {
  const california = { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' };
  // Opt-out: before any decision, everything but what a GPC signal would refuse applies.
  expect(statusOf(await serverHtml('/', california))).toEqual({ functional: true, analytics: true, advertising: true });
  expect(await serverHtml('/', california)).toContain('src="/embed/video.html"');
  expect(statusOf(await serverHtml('/'))).toEqual({ functional: false, analytics: false, advertising: false });
  expect(statusOf(await serverHtml('/', { 'x-vercel-ip-country': 'DE' }))).toEqual({ functional: false, analytics: false, advertising: false });
  // A Sec-GPC signal refuses advertising in the opt-out regime, on the server as in the browser.
  expect(statusOf(await serverHtml('/', { ...california, 'sec-gpc': '1' }))).toEqual({ functional: true, analytics: true, advertising: false });

  const context = await newScenario(harness.browser, app.url);
  await context.setExtraHTTPHeaders(california);
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto('/');
  await hydrated(page);
  // The browser's store, given the region the server derived, agrees with the server.
  expect(await page.evaluate(() => window.assent?.config.regime)).toBe('opt-out');
  expect(await statusIn(page)).toEqual({ functional: true, analytics: true, advertising: true });
  expect(await page.locator(VIDEO).count()).toBe(1);
  // The first layer is the opt-out notice, not a consent request.
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);
  expect(await bannerButton(page, 'Do not sell or share my personal information').count()).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});
