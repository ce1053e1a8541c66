// "A copy of what was shown": a decision on the script-tag site reaches the ledger together with
// the exact texts behind its textHash and the privacy notice the site configured. The hash is
// recomputed here from the stored snapshot, independently of both the banner and the ledger.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newScenario } from './support/browser.js';
import { startHarness, type Harness } from './support/demo.js';
import { bannerButton, consentId, recordsOf, settled } from './support/site.js';

let harness: Harness;
beforeAll(async () => void (harness = await startHarness()));
afterAll(() => harness?.close());

// The canonical form the banner documents: ['assent-shown-v1', locale, texts NFC, [id, granted] sorted by id].
const shownHash = (snapshot: { locale: string; texts: string[]; choices: Record<string, boolean> }) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        'assent-shown-v1',
        snapshot.locale,
        snapshot.texts.map((text) => text.normalize('NFC')),
        Object.keys(snapshot.choices)
          .sort()
          .map((id) => [id, snapshot.choices[id] === true]),
      ]),
    )
    .digest('hex');

test('a banner decision reaches the ledger with the exact texts behind its textHash and the configured notice', async () => {
  const context = await newScenario(harness.browser, harness.url);
  const page = await context.newPage();
  await page.goto('/');
  await settled(page);
  await bannerButton(page, 'Accept all').click();

  const [record] = await recordsOf(harness, await consentId(context), 1);
  expect(record!.textHash).toMatch(/^[0-9a-f]{64}$/);

  // The snapshot, as anyone may fetch it (public, content-addressed).
  const response = await page.request.get(`/v1/texts/${record!.textHash}`);
  expect(response.status()).toBe(200);
  const snapshot = await response.json();
  expect(snapshot.textHash).toBe(record!.textHash);
  expect(snapshot.locale).toBe('en');
  expect(snapshot.texts).toContain('Accept all');
  expect(shownHash(snapshot)).toBe(record!.textHash);

  // The notice the page configured, as recorded with the decision (and covered by its hash).
  const notice = await page.evaluate(() => (window as unknown as { assentConfig?: { notice?: unknown } }).assentConfig?.notice);
  expect(notice).toEqual({ url: `${harness.url}/privacy.html`, version: '2026-11' });
  expect(record!.notice).toEqual(notice);
  expect((await harness.ledger.verify()).ok).toBe(true);

  // The evidence trail carries the texts its records were made under.
  expect(await harness.ledger.textsOf([record!])).toEqual({ [record!.textHash]: snapshot });
  await context.close();
});
