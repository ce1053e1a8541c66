// WCAG 2.1 AA in every state of the demo, at 320 px (reflow) and 1280 px, checked by axe; and the
// whole flow with the keyboard alone (what axe cannot check: focus order, trap, Escape, return).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { banner, bannerButton, consentId, dialog, dialogButton, expectNoAxeViolations, focused, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

test.each([320, 1280])(
  'axe finds no violations in any state at %i px',
  async (width) => {
    const context = await newScenario(harness.browser, harness.url, { viewport: { width, height: 720 } });
    const page = await context.newPage();
    const check = async (state: string) => expectNoAxeViolations(page, `${state} @ ${width}px`);

    await page.goto('/');
    await expect.poll(() => banner(page).isVisible()).toBe(true);
    await check('first visit, banner');
    await bannerButton(page, 'Customise').click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).locator('summary').first().click(); // services and their cookie table
    await check('preferences dialog, services open');
    await dialogButton(page, 'Reject all').click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await check('decided (rejected), home');

    await page.goto('/video.html');
    await settled(page);
    await expect.poll(() => page.locator('.assent-placeholder').count()).toBe(1);
    await check('embed placeholder');
    await page.locator('.assent-placeholder button').click();
    await expect.poll(() => page.locator('iframe[src="/embed/video.html"]').count()).toBe(1);
    await check('embed loaded');

    await page.goto('/decision.html');
    await settled(page);
    await check('decision page');
    await page.goto('/shop');
    await check('server-rendered shop');
    await page.goto('/account');
    await check('account, signed out');
    await page.getByRole('button', { name: /Sign in/ }).click();
    await expect.poll(() => page.locator('table.evidence').count()).toBe(1);
    await check('account, evidence trail');

    const spa = await context.newPage();
    await context.clearCookies();
    await spa.goto('/spa/');
    await expect.poll(() => banner(spa).isVisible()).toBe(true);
    await expectNoAxeViolations(spa, `SPA, banner @ ${width}px`);
    await context.close();

    const gpc = await newScenario(harness.browser, harness.url, { viewport: { width, height: 720 }, gpc: true });
    const gpcPage = await gpc.newPage();
    await gpcPage.goto('/');
    await expect.poll(() => banner(gpcPage).isVisible()).toBe(true);
    await expectNoAxeViolations(gpcPage, `GPC notice @ ${width}px`);
    await gpc.close();
    // Eleven axe scans over two browser contexts: 40–50 s on a quiet 2-core machine, so twice that.
  },
  120_000,
);

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: RegExp, max = 40): Promise<void> {
  const seen: string[] = [];
  for (let count = 0; count < max; count++) {
    const now = await focused(page);
    if (target.test(now)) return;
    seen.push(now);
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} never got focus; focus went: ${seen.join(' → ')}`);
}

test('keyboard only: choose in the banner, customise, save, come back through the footer link, Escape', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/');
  await expect.poll(() => banner(page).isVisible()).toBe(true);

  // The banner is first in the body: its choices come before the page's own links.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/^(a|button):/);
  await tabTo(page, /^button:Customise$/, 6);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
  // Focus moved into the dialog; Tab reaches the analytics switch; Space turns it on.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('ASSENT-PREFERENCES');
  await tabTo(page, /^input:switch-analytics$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^button:Save choices$/);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).isVisible()).toBe(false);
  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record).toMatchObject({ method: 'custom', categories: { analytics: true, advertising: false } });
  await expect.poll(() => page.evaluate(() => (window as unknown as { fakeAnalytics?: { runs: number } }).fakeAnalytics?.runs)).toBe(1);

  // The way back: the footer link, by keyboard; Tab stays inside the modal; Escape closes it and
  // focus returns to the link; nothing was decided.
  await tabTo(page, /^a:Cookie settings$/);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
  for (let count = 0; count < 30; count++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName), 'focus stays in the dialog').toBe('ASSENT-PREFERENCES');
  }
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ASSENT-PREFERENCES');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page).isVisible()).toBe(false);
  expect(await focused(page)).toBe('a:Cookie settings');
  await page.waitForTimeout(300);
  expect(await harness.ledger.history(record!.consentId)).toHaveLength(1);

  // Withdrawal by keyboard too: reopen, switch analytics off, save.
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
  await tabTo(page, /^input:switch-analytics$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^button:Save choices$/);
  await page.keyboard.press('Enter');
  const [, withdrawn] = await recordsOf(harness, record!.consentId, 2);
  expect(withdrawn).toMatchObject({ categories: { analytics: false } });
  await context.close();
});
