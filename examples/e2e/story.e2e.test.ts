// The visitor's story on the script-tag site, each promise of the privacy notice asserted in a
// real browser against the real ledger: asked first, nothing before consent, refusing as easy as
// accepting, a permanent way back, withdrawal clears, evidence for every step, and the server
// deciding from the same consent.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import {
  NECESSARY_COOKIES,
  banner,
  bannerButton,
  categorySwitch,
  consentCommands,
  consentId,
  cookieNames,
  dialog,
  dialogButton,
  recordsOf,
  settled,
} from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

const gatedRuns = (page: Page) =>
  page.evaluate(() => {
    const scope = window as unknown as { fakeAnalytics?: { runs: number }; fakeAds?: { runs: number } };
    return { analytics: scope.fakeAnalytics?.runs ?? 0, ads: scope.fakeAds?.runs ?? 0 };
  });

async function serverDecisions(page: Page) {
  const [recommendations, ad] = await Promise.all(
    ['/api/recommendations', '/api/ad-slot'].map((path) => page.request.get(path).then((response) => response.json())),
  );
  return { personalised: recommendations.personalised as boolean, adShown: ad.shown as boolean };
}

test('first visit → reject all → reload → way back → analytics on → withdrawn → the server follows, with evidence at every step', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();

  // First visit: banner, nothing gated ran, only necessary cookies, Consent Mode denied by default.
  await page.goto('/');
  await settled(page);
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  expect(await gatedRuns(page)).toEqual({ analytics: 0, ads: 0 });
  expect((await cookieNames(context)).filter((name) => !NECESSARY_COOKIES.includes(name))).toEqual([]);
  const [defaults] = await consentCommands(page);
  expect(defaults?.kind).toBe('default');
  expect(defaults?.state).toMatchObject({
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
  });
  expect(await serverDecisions(page)).toEqual({ personalised: false, adShown: false });

  // Reject all: decision cookie, a reject-all record in the ledger, banner gone.
  await bannerButton(page, 'Reject all').click();
  await expect.poll(() => banner(page).count()).toBe(0);
  const id = await consentId(context);
  const [rejected] = await recordsOf(harness, id, 1);
  expect(rejected).toMatchObject({
    method: 'reject-all',
    // A first refusal takes nothing back: not a withdrawal.
    event: 'given',
    withdrawn: { categories: [], services: [] },
    categories: { necessary: true, functional: false, analytics: false, advertising: false },
  });
  expect(await gatedRuns(page)).toEqual({ analytics: 0, ads: 0 });
  // The full decision is kept in the browser's local history too (IndexedDB, via assent-idb.js).
  await expect.poll(() => page.evaluate(async () => (await window.assent!.history()).map((entry) => entry.method))).toEqual(['reject-all']);

  // Reload: decided, so no banner, and none of the on-demand code is fetched: no UI, no embed
  // gating (this page has no embeds), no clearing (nothing left to clear), no outbox (everything is
  // delivered: the outbox marked itself idle once the ledger acknowledged the record).
  await expect.poll(() => page.evaluate((consent) => localStorage.getItem('assent-outbox')?.startsWith(consent + '@'), id)).toBe(true);
  const onDemandRequests: string[] = [];
  page.on('request', (request) => /assent-(ui|embeds|clearing|sync)\.js/.test(request.url()) && onDemandRequests.push(request.url()));
  await page.reload();
  await settled(page);
  await page.waitForTimeout(300);
  expect(await banner(page).count()).toBe(0);
  expect(onDemandRequests).toEqual([]);

  // The footer link opens the preferences dialog.
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect.poll(() => dialog(page).isVisible()).toBe(true);

  // Analytics on: the gated script runs once, Consent Mode updates, a second record.
  await categorySwitch(page, /analytical cookies/i).check();
  await dialogButton(page, 'Save choices').click();
  await expect.poll(() => dialog(page).isVisible()).toBe(false);
  await expect.poll(() => gatedRuns(page)).toEqual({ analytics: 1, ads: 0 });
  expect(await cookieNames(context)).toEqual(expect.arrayContaining(['_ga', '_ga_DEMO']));
  const update = (await consentCommands(page)).filter((command) => command.kind === 'update').at(-1);
  expect(update?.state).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', functionality_storage: 'denied' });
  const [, enabled] = await recordsOf(harness, id, 2);
  expect(enabled).toMatchObject({ method: 'custom', event: 'updated', withdrawn: { categories: [], services: [] }, categories: { analytics: true } });
  // Analytics alone changes nothing the server decides.
  expect(await serverDecisions(page)).toEqual({ personalised: false, adShown: false });

  // Withdraw in the same dialog: analytics cookies cleared, a third record, Consent Mode denied again.
  // Site code learns what was withdrawn from assent:change, e.g. to delete what it collected.
  await page.evaluate(() => {
    const seen: string[][] = [];
    (window as unknown as { withdrawals: string[][] }).withdrawals = seen;
    addEventListener('assent:change', (event) => {
      const { withdrawn } = (event as CustomEvent<{ change: { withdrawn: string[] } }>).detail.change;
      if (withdrawn.length) seen.push([...withdrawn].sort());
    });
  });
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect.poll(() => categorySwitch(page, /analytical cookies/i).isChecked()).toBe(true);
  await categorySwitch(page, /analytical cookies/i).uncheck();
  await dialogButton(page, 'Save choices').click();
  await expect.poll(async () => (await cookieNames(context)).filter((name) => name.startsWith('_ga'))).toEqual([]);
  const [, , withdrawn] = await recordsOf(harness, id, 3);
  // Unticking is a withdrawal in the ledger's evidence, whatever button did it: the method stays
  // how the person acted, the event and the withdrawn ids come from the ledger's own chain.
  expect(withdrawn).toMatchObject({
    method: 'custom',
    event: 'withdrawn',
    withdrawn: { categories: ['analytics'], services: ['fake-analytics'] },
    categories: { analytics: false },
  });
  expect(await page.evaluate(() => (window as unknown as { withdrawals: string[][] }).withdrawals)).toEqual([['analytics', 'fake-analytics']]);
  const denied = (await consentCommands(page)).filter((command) => command.kind === 'update').at(-1);
  expect(denied?.state).toMatchObject({ analytics_storage: 'denied' });

  // The backend follows the consent: accept all → personalised recommendations and, once the
  // ledger has the record, the ad slot; the gated analytics script still ran only once on this page.
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await dialogButton(page, 'Accept all').click();
  expect((await recordsOf(harness, id, 4)).at(-1)).toMatchObject({
    method: 'accept-all',
    event: 'updated',
    categories: { functional: true, analytics: true, advertising: true },
  });
  expect((await gatedRuns(page)).analytics).toBe(1);
  expect(await serverDecisions(page)).toEqual({ personalised: true, adShown: true });
  await page.goto('/shop');
  expect(await page.locator('#ad-slot').getAttribute('data-shown')).toBe('true');
  expect(await page.locator('#recommendations').getAttribute('data-personalised')).toBe('true');

  // The decision page offers a one-click withdrawal too: method "withdraw", event "withdrawn".
  await page.goto('/decision.html');
  await settled(page);
  await page.getByRole('button', { name: 'Withdraw all consent' }).click();
  const final = (await recordsOf(harness, id, 5)).at(-1);
  expect(final).toMatchObject({
    method: 'withdraw',
    event: 'withdrawn',
    withdrawn: { categories: ['advertising', 'analytics', 'functional'], services: ['demo-video', 'fake-ads', 'fake-analytics'] },
    categories: { functional: false, analytics: false, advertising: false },
  });
  expect(await serverDecisions(page)).toEqual({ personalised: false, adShown: false });
  expect((await cookieNames(context)).filter((name) => !NECESSARY_COOKIES.includes(name))).toEqual([]);
  await context.close();
});
