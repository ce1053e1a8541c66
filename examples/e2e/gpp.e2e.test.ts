// The GPP news page (/us-news/, assent-tcf-gpp.js) against the demo's real ledger: a US visitor's
// state section, "Do not sell or share", GPC without a click, an EU visitor's TCF section, an ad
// frame from another origin reading __gpp through the locator, the backend reading the cookie;
// and pages without GPP (assent.js, assent-tcf.js) fetch none of it.
import { GppModel } from '@iabgpp/cmpapi';
import { TCString } from '@iabtechlabtcf/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { rewrite } from './support/rewrite.js';
import { banner, bannerButton, consentId, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

type Ping = { cmpStatus: string; signalStatus: string; applicableSections: number[]; gppString: string; supportedAPIs: string[]; cmpId: number };
const ping = (page: Page) =>
  page.evaluate(
    () => new Promise<Ping>((resolve) => (window as unknown as { __gpp: (command: string, callback: (answer: Ping) => void) => void }).__gpp('ping', resolve)),
  );
/** The page's __gpp once the CMP has loaded and its signal is ready. */
const readyPing = async (page: Page) => {
  await expect.poll(async () => (await ping(page)).signalStatus, { timeout: 15_000 }).toBe('ready');
  return ping(page);
};
const sectionOf = (gppString: string, name: string) => new GppModel(gppString).getSection(name) as Record<string, unknown>;
const cookie = async (context: BrowserContext, name: string) => (await context.cookies()).find((each) => each.name === name)?.value;
const adFrame = (page: Page) => page.frameLocator('#ad-frame').locator('#ad');

test('California: usca applies, the opt-out notice asks, "Do not sell or share" sets every opt-out — in __gpp, the cross-origin ad frame, the cookie, the ledger and the backend', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/us-news/?region=US-CA');
  await settled(page);
  await expect.poll(() => banner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  const before = await readyPing(page);
  expect(before).toMatchObject({ cmpStatus: 'loaded', applicableSections: [8], cmpId: 1 });
  expect(before.supportedAPIs).toEqual(expect.arrayContaining(['2:tcfeuv2', '7:usnat', '8:usca', '9:usva']));
  // Before any choice, in the opt-out regime: not opted out, notices given, an MSPA covered transaction.
  expect(sectionOf(before.gppString, 'usca')).toMatchObject({
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    SaleOptOut: 2,
    SharingOptOut: 2,
    MspaCoveredTransaction: 1,
    MspaOptOutOptionMode: 1,
    MspaServiceProviderMode: 2,
    Gpc: false,
  });
  // The ad frame from another origin reads the same through the locator.
  const frameOrigin = await page.locator('#ad-frame').getAttribute('src');
  expect(new URL(frameOrigin!).origin).not.toBe(new URL(harness.url).origin);
  await expect.poll(() => adFrame(page).getAttribute('data-ad')).toBe('personalised');

  await bannerButton(page, 'Do not sell or share my personal information').click();
  await expect.poll(async () => sectionOf((await ping(page)).gppString, 'usca').SaleOptOut).toBe(1);
  const after = await ping(page);
  expect(sectionOf(after.gppString, 'usca')).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, Gpc: false });
  // The frame's listener was called back again, through postMessage.
  await expect.poll(() => adFrame(page).getAttribute('data-ad')).toBe('contextual');
  expect(await adFrame(page).getAttribute('data-gpp-string')).toBe(after.gppString);
  expect(await cookie(context, 'assent_gpp')).toBe(after.gppString);

  // The ledger keeps the GPP string with the decision.
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({
    method: 'custom',
    region: 'US-CA',
    categories: { advertising: false },
    gpp: { gppString: after.gppString, applicableSections: [8] },
  });

  // The backend's middleware parses the cookie.
  await page.getByRole('button', { name: 'Ask the server' }).click();
  await expect
    .poll(async () => JSON.parse((await page.locator('#gpp-server').textContent()) ?? 'null')?.gpp)
    .toMatchObject({
      gppString: after.gppString,
      saleOptOut: true,
      sharingOptOut: true,
    });
  await context.close();
});

test('GPC on, Colorado: the opt-outs and Gpc are set without any click, and the decision is recorded with method gpc', async () => {
  const context = await newScenario(harness.browser, harness.url, { gpc: true });
  const page = await context.newPage();
  await page.goto('/us-news/?region=US-CO');
  await settled(page);
  const answer = await readyPing(page);
  expect(answer.applicableSections).toEqual([10]);
  await expect.poll(async () => sectionOf((await ping(page)).gppString, 'usco')).toMatchObject({ SaleOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true });
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'gpc', gpc: true, region: 'US-CO', categories: { advertising: false } });
  expect(sectionOf(record!.gpp!.gppString, 'usco')).toMatchObject({ SaleOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true });
  await expect.poll(() => adFrame(page).getAttribute('data-ad')).toBe('contextual');
  await context.close();
});

test('Washington (no state section): usnat applies', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/us-news/?region=US-WA');
  await settled(page);
  const answer = await readyPing(page);
  expect(answer.applicableSections).toEqual([7]);
  expect(sectionOf(answer.gppString, 'usnat')).toMatchObject({ SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2 });
  await context.close();
});

test('Germany: TCF asks; after Accept all the GPP string carries the TC string as its tcfeuv2 section, and the ledger records both', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/us-news/?region=DE');
  await settled(page);
  const tcfBanner = page.locator('assent-tcf-banner');
  await expect.poll(() => tcfBanner.locator('section').isVisible(), { timeout: 15_000 }).toBe(true);
  // No TC string yet: the signal is not ready, and nothing applies but TCF.
  expect(await ping(page)).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'not ready', applicableSections: [2] });
  await tcfBanner.getByRole('button', { name: 'Accept all', exact: true }).click();
  const answer = await readyPing(page);
  const tcString = (await cookie(context, 'euconsent-v2'))!;
  expect(answer.applicableSections).toEqual([2]);
  const model = new GppModel(answer.gppString);
  expect(model.getSectionIds()).toEqual([2]);
  expect(model.encodeSection('tcfeuv2')).toBe(tcString);
  expect(TCString.decode(tcString).cmpId).toBe(4095);
  await expect.poll(() => adFrame(page).getAttribute('data-ad')).toBe('no-us-section');
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'accept-all', region: 'DE', tcf: { tcString }, gpp: { gppString: answer.gppString, applicableSections: [2] } });
  await context.close();
});

test('a malformed gpp config names each field, fails closed, and __gpp answers cmpStatus error', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await rewrite(context, '/us-news/assent-config.js', (body) => `${body}\nwindow.assentConfig.gpp = { cmpId: 0, sections: 'county' };`);
  await page.goto('/us-news/?region=US-CA');
  await settled(page);
  await expect.poll(() => errors.join('\n')).toMatch(/gpp\.cmpId/);
  expect(errors.join('\n')).toMatch(/gpp\.sections/);
  expect(await ping(page)).toMatchObject({ cmpStatus: 'error' });
  expect(await page.evaluate(() => (window as unknown as { assent: { granted(id: string): boolean } }).assent.granted('advertising'))).toBe(false);
  expect(await cookie(context, 'assent_gpp')).toBeUndefined();
  await context.close();
});

test('pages without GPP (assent.js, assent-tcf.js) fetch no GPP file and have no __gpp', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  for (const path of ['/', '/news/']) {
    await page.goto(path);
    await settled(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => typeof (window as unknown as { __gpp?: unknown }).__gpp)).toBe('undefined');
  }
  expect(requests.filter((path) => /gpp/i.test(path))).toEqual([]);
  expect(await cookie(context, 'assent_gpp')).toBeUndefined();
  await context.close();
});
