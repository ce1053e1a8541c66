// A decision stops applying when the privacy notice gets a new revision or when it expires:
// the visitor is asked again, and the new answer is evidence of its own.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { rewriteConfig } from './support/rewrite.js';
import { banner, bannerButton, consentId, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

const DAY_MS = 86_400_000;

test('a new revision of the notice asks again; the answer is recorded as renewed under the new revision', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  await bannerButton(page, 'Accept all').click();
  const id = await consentId(context);
  await recordsOf(harness, id, 1);
  await page.reload();
  await settled(page);
  expect(await page.evaluate(() => window.assent?.needsDecision)).toBe(false);

  await rewriteConfig(context, { revision: '2027-01' });
  await page.reload();
  await settled(page);
  expect(await page.evaluate(() => window.assent?.status)).toBe('revision-changed');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  // Until the visitor answers, nothing of the old consent applies.
  expect(await page.evaluate(() => window.assent?.granted('analytics'))).toBe(false);
  await bannerButton(page, 'Reject all').click();
  const [, renewed] = await recordsOf(harness, await consentId(context), 2);
  expect(renewed).toMatchObject({ event: 'renewed', revision: '2027-01', method: 'reject-all' });
  await context.close();
});

test('an expired decision (clock moved past its expiry) asks again', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto('/');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  await bannerButton(page, 'Reject all').click();
  const id = await consentId(context);
  await recordsOf(harness, id, 1);
  const expiresAt = await page.evaluate(() => window.assent!.state!.expiresAt);

  await page.clock.setSystemTime(Date.parse(expiresAt) + DAY_MS);
  await page.reload();
  await settled(page);
  expect(await page.evaluate(() => window.assent?.status)).toBe('expired');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  await context.close();
});
