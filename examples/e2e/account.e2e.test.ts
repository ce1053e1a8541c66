// The demo account: signing in links this browser's consent id to the demo user's subject id;
// the account page shows the evidence trail; export returns it; erasure removes the link and the
// identifying fields while every chain still verifies.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_USER } from '@assent/example-backend/site';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { banner, bannerButton, consentId, recordsOf } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

test('sign in → evidence trail → export → erase', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/');
  await expect.poll(() => banner(page).isVisible()).toBe(true);
  await bannerButton(page, 'Accept all').click();
  const id = await consentId(context);
  await recordsOf(harness, id, 1);

  await page.goto('/account');
  await page.getByRole('button', { name: `Sign in as ${DEMO_USER.name}` }).click();
  // The link record: the same choices, the subject id, method api.
  const [given, link] = await recordsOf(harness, id, 2);
  expect(link).toMatchObject({ subjectId: DEMO_USER.subjectId, method: 'api', categories: given!.categories });
  // It expires with the decision it re-states (the ledger re-applies the validity at commit time).
  expect(Math.abs(Date.parse(link!.expiresAt) - Date.parse(given!.expiresAt))).toBeLessThan(1000);
  const rows = page.locator('table.evidence tbody tr');
  await expect.poll(() => rows.count()).toBe(2);
  expect(await rows.nth(0).textContent()).toContain('accept-all');
  expect(await rows.nth(1).textContent()).toContain('api');
  // Visiting again does not link twice.
  await page.reload();
  await recordsOf(harness, id, 2);

  // Reject all after accepting is a withdrawal, and the trail says what it took back.
  await page.evaluate(() => window.assent!.rejectAll());
  const [, , rejected] = await recordsOf(harness, id, 3);
  expect(rejected).toMatchObject({ method: 'reject-all', event: 'withdrawn' });
  await page.reload();
  await expect.poll(() => rows.count()).toBe(3);
  const cells = rows.nth(2).locator('td');
  expect([await cells.nth(1).textContent(), await cells.nth(4).textContent()]).toEqual([
    'withdrawn',
    'advertising, analytics, functional, demo-video, fake-ads, fake-analytics',
  ]);

  const exported = await (await page.request.get('/account/export')).json();
  expect(exported.subjectId).toBe(DEMO_USER.subjectId);
  expect(exported.records.map((record: { recordId: string }) => record.recordId)).toEqual([given!.recordId, link!.recordId, rejected!.recordId]);

  await page.getByRole('button', { name: 'Erase my data' }).click();
  await expect.poll(() => page.locator('main [role="status"]').textContent()).toContain('erased');
  expect((await harness.ledger.exportSubject(DEMO_USER.subjectId)).records).toEqual([]);
  const erased = await harness.ledger.history(id);
  expect(erased.map((record) => [record.subjectId, record.ip, record.userAgent])).toEqual([
    [null, '', ''],
    [null, '', ''],
    [null, '', ''],
  ]);
  expect((await harness.ledger.verify()).ok).toBe(true);
  await context.close();
});

test('forms posted from another site are refused', async () => {
  const response = await fetch(`${harness.url}/account/sign-in`, { method: 'POST', headers: { origin: 'https://evil.example' }, redirect: 'manual' });
  expect(response.status).toBe(403);
});
