// A browser with Global Privacy Control (Sec-GPC: 1 and navigator.globalPrivacyControl): the
// signal is an opt-out of advertising, recorded as such, and the notice says it was honoured.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { rewriteConfig } from './support/rewrite.js';
import { banner, bannerButton, consentCommands, consentId, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

const HONOURED = /Opt-out honoured.*Global Privacy Control/;

test('opt-in region: the notice says the opt-out is honoured, "Accept all" leaves advertising off, the server shows no ad', async () => {
  const context = await newScenario(harness.browser, harness.url, { gpc: true });
  const page = await context.newPage();
  await page.goto('/');
  await settled(page);
  expect(await page.evaluate(() => navigator.globalPrivacyControl)).toBe(true);
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  expect(await page.locator('assent-banner [part~="note"]').textContent()).toMatch(HONOURED);
  expect((await consentCommands(page))[0]?.state).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });

  await bannerButton(page, 'Accept all').click();
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'accept-all', gpc: true, categories: { functional: true, analytics: true, advertising: false } });
  const update = (await consentCommands(page)).filter((command) => command.kind === 'update').at(-1);
  expect(update?.state).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { fakeAds?: unknown }).fakeAds)).toBeUndefined();

  // The server reads Sec-GPC from the request: no ad, and it says why.
  const ad = await (await page.request.get('/api/ad-slot')).json();
  expect(ad).toMatchObject({ shown: false, gpc: true });
  expect(ad.reason).toMatch(/Global Privacy Control/);
  await page.goto('/shop');
  expect(await page.locator('#ad-slot').getAttribute('data-shown')).toBe('false');
  expect(await page.locator('#ad-slot .why').textContent()).toMatch(/opt-out honoured/);
  await context.close();
});

test('opt-out region (US-CA): GPC decides at once (method gpc), advertising off, and the notice says so', async () => {
  const context = await newScenario(harness.browser, harness.url, { gpc: true });
  await rewriteConfig(context, { region: 'US-CA' });
  const page = await context.newPage();
  await page.goto('/');
  await settled(page);
  expect(await page.evaluate(() => window.assent?.state?.method)).toBe('gpc');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  expect(await banner(page).textContent()).toMatch(HONOURED);
  expect(await page.evaluate(() => [window.assent?.granted('analytics'), window.assent?.granted('advertising')])).toEqual([true, false]);
  expect(await consentId(context)).toMatch(/^[0-9a-f-]{36}$/);
  await context.close();
});

// The GPC opt-out is recorded by the store in a microtask after its creation, so the outbox the
// script tag attaches right after createConsent() delivers it like any other decision.
test('the automatic GPC opt-out (US-CA) reaches the ledger', async () => {
  const context = await newScenario(harness.browser, harness.url, { gpc: true });
  await rewriteConfig(context, { region: 'US-CA' });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await settled(page);
    const [record] = await recordsOf(harness, await consentId(context), 1, 5_000);
    expect(record).toMatchObject({ method: 'gpc', gpc: true, regime: 'opt-out', categories: { advertising: false } });
  } finally {
    await context.close();
  }
});
