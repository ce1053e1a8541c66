// Region from the edge: the demo is told it sits behind Cloudflare, so the server-rendered shop
// page hands the region of CF-IPCountry / cf-region-code to the script tag. A Californian gets
// the opt-out regime without any click; a German and a visitor without headers opt-in.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { banner, consentCommands, settled } from './support/site.js';

// Two busy cores: page loads and lazy chunks can take seconds.
const POLL = { timeout: 10_000 };

let harness: Harness;
beforeAll(async () => void (harness = await startHarness({ cdn: 'cloudflare' })));
afterAll(() => harness?.close());

interface PageConsent {
  region: string;
  regime: string;
  granted: string[];
}
const pageConsent = (page: Page) =>
  page.evaluate((): PageConsent => {
    const store = (
      window as unknown as { assent: { config: { region: string; regime: string; owners: Record<string, string> }; granted(id: string): boolean } }
    ).assent;
    return { region: store.config.region, regime: store.config.regime, granted: Object.keys(store.config.owners).filter((id) => store.granted(id)) };
  });

async function visitShop(headers: Record<string, string>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newScenario(harness.browser, harness.url, { extraHTTPHeaders: headers });
  const page = await context.newPage();
  await page.goto('/shop');
  await settled(page);
  await expect.poll(() => page.evaluate(() => 'assent' in window), POLL).toBe(true);
  return { context, page };
}

test('a Californian (per the CDN) gets the opt-out regime: analytics runs with no click, and the banner still offers the choice', async () => {
  const { context, page } = await visitShop({ 'CF-IPCountry': 'US', 'cf-region-code': 'CA' });
  expect(await page.locator('script[src="/assent/assent.js"]').getAttribute('data-region')).toBe('US-CA');
  const consent = await pageConsent(page);
  expect([consent.region, consent.regime]).toEqual(['US-CA', 'opt-out']);
  expect(consent.granted).toEqual(expect.arrayContaining(['necessary', 'functional', 'analytics']));
  expect((await consentCommands(page))[0]?.state).toMatchObject({ analytics_storage: 'granted' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.analytics), POLL).toBe('running');
  await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);
  // The server decided with the same region: personalised picks need functional, granted here.
  expect(await page.locator('#recommendations').getAttribute('data-personalised')).toBe('true');
  await context.close();
});

test('a German and a visitor without region headers get opt-in: nothing optional before a decision', async () => {
  for (const headers of [{ 'CF-IPCountry': 'DE' }, {}, { 'CF-IPCountry': 'XX' }] as Array<Record<string, string>>) {
    const { context, page } = await visitShop(headers);
    const consent = await pageConsent(page);
    expect([consent.regime, consent.granted]).toEqual(['opt-in', ['necessary']]);
    expect((await consentCommands(page))[0]?.state).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(await page.locator('#recommendations').getAttribute('data-personalised')).toBe('false');
    await expect.poll(() => banner(page).isVisible(), POLL).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.analytics)).toBeUndefined();
    await context.close();
  }
});

test('only the named CDN is trusted: another CDN’s headers leave the visitor opt-in', async () => {
  const { context, page } = await visitShop({ 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' });
  expect(await page.locator('script[src="/assent/assent.js"]').getAttribute('data-region')).toBeNull();
  expect((await pageConsent(page)).regime).toBe('opt-in');
  await context.close();
});
