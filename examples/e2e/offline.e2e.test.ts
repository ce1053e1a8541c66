// A decision taken offline is kept (in memory until the outbox code can be fetched — a first visit
// fetches it only once a decision is made — then in the IndexedDB outbox) and reaches the ledger
// once the browser is back online — exactly once, with one record id.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { banner, bannerButton, consentId, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

test('offline during a decision → recorded once back online, exactly once', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  const posts: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/v1/consents') && posts.push(request.postData() ?? ''));
  await page.goto('/');
  await settled(page);
  await expect.poll(() => banner(page).isVisible()).toBe(true);

  await context.setOffline(true);
  await bannerButton(page, 'Accept all').click();
  // The decision applies at once, offline or not.
  await expect.poll(() => banner(page).count()).toBe(0);
  expect(await page.evaluate(() => window.assent?.granted('analytics'))).toBe(true);
  const id = await consentId(context);
  // Attempts fail while offline (the first try and at least one retry), and nothing is stored.
  await page.waitForTimeout(2_500);
  expect(await harness.ledger.history(id)).toEqual([]);

  await context.setOffline(false);
  const [record] = await recordsOf(harness, id, 1);
  expect(record).toMatchObject({ method: 'accept-all', event: 'given' });
  // Give retries, timers and the pagehide send every chance to duplicate it.
  await page.waitForTimeout(2_500);
  await page.reload();
  await settled(page);
  await page.waitForTimeout(1_000);
  const after = await harness.ledger.history(id);
  expect(after.map((entry) => entry.recordId)).toEqual([record!.recordId]);
  // Every attempt carried the same record id (so even a duplicate send could not double it).
  expect(new Set(posts.map((body) => JSON.parse(body).recordId as string))).toEqual(new Set([record!.recordId]));
  await context.close();
});
