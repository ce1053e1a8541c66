// The TCF news page (/news/, assent-tcf.js) against the demo's real ledger: the first layer asks,
// ad tech reads __tcfapi, the TC string lands in euconsent-v2 and in the ledger record, decodes to
// the choice made; and a page without TCF (assent.js) fetches none of it.
import { TCString } from '@iabtechlabtcf/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { rewrite } from './support/rewrite.js';
import { banner, bannerButton, consentCommands, consentId, expectNoAxeViolations, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

const tcfBanner = (page: Page) => page.locator('assent-tcf-banner section');
const tcfButton = (page: Page, name: string) => page.locator('assent-tcf-banner').getByRole('button', { name, exact: true });
const text = (page: Page, id: string) => page.locator(`#${id}`).textContent();
const ping = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) =>
        (window as unknown as { __tcfapi: (command: string, version: number, callback: (answer: Record<string, unknown>) => void) => void }).__tcfapi(
          'ping',
          2,
          resolve,
        ),
      ),
  );

test('first visit: the TCF layer asks with the number of partners (vendors and Google providers); ad tech waits; Accept all reaches __tcfapi, the cookies and the ledger', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
  await page.goto('/news/');
  await settled(page);
  await expect.poll(() => tcfBanner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  // 12 IAB vendors and 2 Google Ad Tech Providers.
  expect(await tcfBanner(page).textContent()).toMatch(/14 partners/);
  // The vendor list comes from the site's own ledger, narrowed to its vendors.
  expect(requests.filter((path) => path.startsWith('/v1/tcf/vendor-list.json'))).toEqual([
    '/v1/tcf/vendor-list.json?vendors=1%2C2%2C10%2C21%2C28%2C32%2C52%2C76%2C91%2C755%2C793%2C1126',
  ]);
  expect(await ping(page)).toMatchObject({
    cmpLoaded: true,
    cmpStatus: 'loaded',
    displayStatus: 'visible',
    apiVersion: '2.2',
    gdprApplies: true,
    gvlVersion: 100,
  });
  await expect.poll(() => text(page, 'tcf-event-status')).toBe('cmpuishown');
  expect(await page.locator('#tcf-ad-slot').getAttribute('data-ad')).toBeNull();
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('euconsent-v2');

  await tcfButton(page, 'Accept all').click();
  await expect.poll(() => text(page, 'tcf-event-status')).toBe('useractioncomplete');
  expect(await page.locator('#tcf-ad-slot').getAttribute('data-ad')).toBe('personalised');
  expect(await text(page, 'tcf-ac')).toBe('2~89.2008~dv.');
  const cookies = Object.fromEntries((await context.cookies()).map((cookie) => [cookie.name, cookie]));
  const tcString = cookies['euconsent-v2']!.value;
  const model = TCString.decode(tcString);
  // Exactly the purposes the site's vendors declare, as the layer listed them: none of 5, 6, 11.
  const on = (vector: { forEach(callback: (value: boolean, id: number) => void): void }) => {
    const ids: number[] = [];
    vector.forEach((value, id) => value && ids.push(id));
    return ids;
  };
  expect(on(model.purposeConsents)).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
  expect(on(model.specialFeatureOptins)).toEqual([1, 2]);
  expect(model.isServiceSpecific).toBe(true);
  expect(model.vendorConsents.has(755)).toBe(true);
  expect(model.cmpId).toBe(4095);
  expect(cookies.addtl_consent?.value).toBe('2~89.2008~dv.');

  // The ledger keeps the TC string with the decision, and the Consent Mode signals follow the purposes.
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'accept-all', tcf: { tcString, addtlConsent: '2~89.2008~dv.' } });
  expect(record!.services).toMatchObject({ 'tcf-ad-storage': true, 'tcf-ad-user-data': true, 'tcf-ad-personalization': true });
  // The exact texts of the TCF layer behind the record's hash reach the ledger too.
  expect(record!.textHash).toMatch(/^[0-9a-f]{64}$/);
  await expect.poll(async () => (await page.request.get(`/v1/texts/${record!.textHash}`)).status()).toBe(200);
  const snapshot = await (await page.request.get(`/v1/texts/${record!.textHash}`)).json();
  expect(snapshot.texts).toContain('Accept all');
  expect(snapshot.texts.join('\n')).toMatch(/14 partners/);
  expect((await harness.ledger.verify()).ok).toBe(true);

  // The next page view asks nothing and answers ad tech at once.
  await page.reload();
  await settled(page);
  await expect.poll(() => text(page, 'tcf-event-status')).toBe('tcloaded');
  expect(await page.locator('assent-tcf-banner').count()).toBe(0);
  await context.close();
});

test('the second layer from the footer link: switched-off purposes reach the TC string, the ledger, Consent Mode and ad tech', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/news/');
  await settled(page);
  await expect.poll(() => tcfBanner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  await tcfButton(page, 'Accept all').click();
  await expect.poll(() => page.locator('#tcf-ad-slot').getAttribute('data-ad')).toBe('personalised');

  await page.getByRole('link', { name: 'Privacy settings' }).click();
  const dialog = page.locator('assent-tcf-preferences dialog');
  await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
  // The switches show the choice in effect: purposes 3 and 4 consented.
  for (const id of [3, 4]) expect(await dialog.locator(`#purposeConsents-${id}`).isChecked()).toBe(true);
  for (const id of [3, 4]) await dialog.locator(`#purposeConsents-${id}`).uncheck();
  await dialog.getByRole('button', { name: 'Save choices', exact: true }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  await expect.poll(() => page.locator('#tcf-ad-slot').getAttribute('data-ad')).toBe('basic');
  const tcString = (await context.cookies()).find((cookie) => cookie.name === 'euconsent-v2')!.value;
  const consented: number[] = [];
  TCString.decode(tcString).purposeConsents.forEach((value, id) => value && consented.push(id));
  expect(consented).toEqual([1, 2, 7, 8, 9, 10]);
  const records = await recordsOf(harness, await consentId(context), 2);
  expect(records[1]).toMatchObject({ method: 'custom', tcf: { tcString } });
  expect(records[1]!.services).toMatchObject({ 'tcf-ad-storage': true, 'tcf-ad-user-data': true, 'tcf-ad-personalization': false });
  const update = (await consentCommands(page)).filter((command) => command.kind === 'update').at(-1);
  expect(update?.state).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'denied' });
  await context.close();
});

test.each([1280, 390])('the TCF layers on the news page are axe clean at %i px', async (width) => {
  const context = await newScenario(harness.browser, harness.url, { viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto('/news/');
  await settled(page);
  await expect.poll(() => tcfBanner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  // axe scans what is painted: an entry animation still running would show passing colours mid-fade.
  const settledAnimations = () => page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await settledAnimations();
  await expectNoAxeViolations(page, `TCF first layer @ ${width}px`);
  await tcfButton(page, 'Manage options').click();
  const dialog = page.locator('assent-tcf-preferences dialog');
  await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
  await dialog.locator('summary').first().click();
  await settledAnimations();
  await expectNoAxeViolations(page, `TCF dialog @ ${width}px`);
  await context.close();
});

test('Reject all: no consent and every legitimate interest objected to; no ad; Consent Mode denied', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/news/');
  await settled(page);
  await expect.poll(() => tcfBanner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  await tcfButton(page, 'Reject all').click();
  await expect.poll(() => text(page, 'tcf-event-status')).toBe('useractioncomplete');
  expect(await page.locator('#tcf-ad-slot').getAttribute('data-ad')).toBe('none');
  const tcString = (await context.cookies()).find((cookie) => cookie.name === 'euconsent-v2')!.value;
  const model = TCString.decode(tcString);
  expect([...model.purposeConsents.values()]).toEqual([]);
  expect([...model.purposeLegitimateInterests.values()]).toEqual([]);
  expect([...model.vendorConsents.values()]).toEqual([]);
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'reject-all', tcf: { tcString } });
  expect(record!.services).toMatchObject({ 'tcf-ad-storage': false, 'tcf-ad-personalization': false });
  await context.close();
});

test('the vendor list unreachable: __tcfapi says error, the banner of the site’s categories still asks, Google’s ad types stay denied; next view the TCF layer asks', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const vendorList = (url: URL) => url.pathname === '/v1/tcf/vendor-list.json';
  await context.route(vendorList, (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"vendor_list_unavailable"}}' }),
  );
  const page = await context.newPage();
  await page.goto('/news/');
  await settled(page);
  await expect.poll(() => banner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await page.locator('assent-tcf-banner').count()).toBe(0);
  expect(await ping(page)).toMatchObject({ cmpStatus: 'error' });
  expect(await page.evaluate(() => window.assent?.granted('advertising'))).toBe(false);
  // Accept all there grants the site's categories, but Google's ad types stay denied: no TC string allows them.
  await bannerButton(page, 'Accept all').click();
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'accept-all', tcf: null, categories: { advertising: true } });
  const update = (await consentCommands(page)).filter((command) => command.kind === 'update').at(-1);
  expect(update?.state).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('euconsent-v2');

  // The next page view, with the vendor list back: the TCF layer asks, and until then the ad types stay denied.
  await context.unroute(vendorList);
  await page.reload();
  await settled(page);
  await expect.poll(() => tcfBanner(page).isVisible(), { timeout: 15_000 }).toBe(true);
  for (const command of (await consentCommands(page)).filter((entry) => entry.kind === 'update'))
    expect(command.state).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  await context.close();
});

test('where GDPR does not apply (US-CA, opt-out): no TCF layer, gdprApplies false, no TC string', async () => {
  const context = await newScenario(harness.browser, harness.url);
  await rewrite(context, '/news/assent-config.js', (body) => `${body}\nwindow.assentConfig.region = 'US-CA';`);
  const page = await context.newPage();
  await page.goto('/news/');
  await settled(page);
  await expect.poll(async () => (await ping(page)).cmpStatus, { timeout: 15_000 }).toBe('loaded');
  expect(await ping(page)).toMatchObject({ gdprApplies: false });
  expect(await page.locator('assent-tcf-banner').count()).toBe(0);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('euconsent-v2');
  await context.close();
});

test('a malformed assentConfig.tcf fails closed: the error names every field, __tcfapi says error, nothing is granted or shown', async () => {
  const context = await newScenario(harness.browser, harness.url);
  await rewrite(context, '/news/assent-config.js', (body) => `${body}\nwindow.assentConfig.tcf = { cmpId: '300', vendors: [] };`);
  const page = await context.newPage();
  await page.goto('/news/');
  await settled(page);
  const error = await page.evaluate(() => String((window.assent as { error?: unknown } | undefined)?.error));
  expect(error).toMatch(/tcf\.cmpId/);
  expect(error).toMatch(/tcf\.vendors/);
  expect(await ping(page)).toMatchObject({ cmpStatus: 'error', cmpLoaded: false });
  // The ad tag's queued addEventListener got its answer: no TC data.
  await expect.poll(() => text(page, 'tcf-cmp-status')).toBe('stub');
  expect(await page.evaluate(() => window.assent?.granted('advertising'))).toBe(false);
  await page.waitForTimeout(300);
  expect(await page.locator('assent-tcf-banner, assent-banner').count()).toBe(0);
  await context.close();
});

test('a page without TCF (assent.js) fetches no TCF file, has no __tcfapi and writes no euconsent-v2', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  await settled(page);
  await page.locator('assent-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.reload();
  await settled(page);
  await page.waitForTimeout(300);
  expect(requests.filter((path) => /tcf/i.test(path))).toEqual([]);
  expect(await page.evaluate(() => typeof (window as unknown as { __tcfapi?: unknown }).__tcfapi)).toBe('undefined');
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('euconsent-v2');
  await context.close();
});
