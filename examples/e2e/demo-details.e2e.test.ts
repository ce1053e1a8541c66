// The demo's details from issue 15 (item 7): the account page's evidence table fits its column,
// the decision page names categories as the privacy notice does and keeps its buttons off the
// table, and the banner's link says "Privacy notice" like the site's footer.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_USER } from '@assent/example-backend/site';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { banner, bannerButton, consentId, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

test('the evidence table fits the 960 px column at 1280 px; the decision page names categories and spaces its buttons; one spelling of "Privacy notice"', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  const footerLink = await page
    .locator('footer')
    .getByRole('link', { name: /privacy notice/i })
    .textContent();
  const bannerLink = await banner(page).locator('a[part=privacy-link]').textContent();
  expect(bannerLink).toBe(footerLink);
  expect(bannerLink).toBe('Privacy notice');
  await bannerButton(page, 'Accept all').click();
  const id = await consentId(context);
  await recordsOf(harness, id, 1);

  await page.goto('/account');
  await page.getByRole('button', { name: `Sign in as ${DEMO_USER.name}` }).click();
  await expect.poll(() => page.locator('table.evidence tbody tr').count()).toBe(2);
  const fit = await page.locator('.table-scroll').evaluate((box) => ({
    box: box.clientWidth,
    table: box.querySelector('table')!.getBoundingClientRect().width,
    scrolls: box.scrollWidth > box.clientWidth,
  }));
  expect(fit.scrolls, `table ${fit.table} px in a ${fit.box} px box`).toBe(false);
  expect(fit.table).toBeLessThanOrEqual(fit.box);

  await page.goto('/decision.html');
  await settled(page);
  const names = page.locator('#browser-grants th');
  await expect.poll(() => names.allTextContents()).toEqual(['Necessary cookies', 'Functional cookies', 'Analytical cookies', 'Advertising cookies']);
  const gap = await page.evaluate(() => {
    const table = document.querySelector('table.grants')!.getBoundingClientRect();
    const actions = document.querySelector('table.grants ~ .actions')!.getBoundingClientRect();
    return actions.top - table.bottom;
  });
  expect(gap).toBeGreaterThanOrEqual(12);
  await context.close();
});

test('the video page: the placeholder is the video’s 560 × 315 box, so allowing the video shifts nothing (CLS 0)', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/video.html');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  await bannerButton(page, 'Reject all').click();
  const placeholder = page.locator('.assent-placeholder');
  await expect.poll(() => placeholder.count()).toBe(1);
  const box = await placeholder.boundingBox();
  expect([box!.width, box!.height]).toEqual([560, 315]);
  const footerTop = () => page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().top + scrollY);
  const before = await footerTop();
  await page.evaluate(() => {
    const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) shifts.push(entry.value);
    }).observe({ type: 'layout-shift' });
  });
  // A script click: a layout shift right after a real click is exempt from CLS, and not reported.
  await placeholder.getByRole('button').evaluate((button: HTMLButtonElement) => button.click());
  const frame = page.locator('iframe[src="/embed/video.html"]');
  await expect.poll(() => frame.count()).toBe(1);
  const loaded = await frame.boundingBox();
  expect([loaded!.x, loaded!.y, loaded!.width, loaded!.height]).toEqual([box!.x, box!.y, 560, 315]);
  expect(await footerTop()).toBe(before);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  await context.close();
});
