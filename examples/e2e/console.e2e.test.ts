// The privacy officer's console in real Chromium against a real ledger, on SQLite and on a
// PostgreSQL server the test starts: sign-in (wrong key, missing scope), the overview's numbers
// against the records this test inserted, the evidence look-up with its texts and proofs verified
// in the page, tampering shown as FAILED, exports, erasure and its log, CSRF refused, the session's
// end; and on SQLite axe at 1280 and 390 px and the keyboard alone.
import { readFileSync } from 'node:fs';
import { hashShownContent } from '@assent/server-sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, newScenario } from './support/browser.js';
import { CONSOLE_KEYS, type ConsoleLedger, startConsoleLedger } from './support/console-ledger.js';
import { expectNoAxeViolations, focused } from './support/site.js';

const SUBJECT = 'user-e2e-42';
const SHOWN = {
  locale: 'en',
  texts: ['We use cookies to run this shop and, with your consent, to measure and advertise.', 'Accept all', 'Reject all', 'Customise'],
  choices: { necessary: true, functional: false, analytics: false, advertising: false },
};
const TEXT_HASH = hashShownContent(SHOWN);

/** The decisions this test records: consent id, method, categories granted beyond necessary. */
const DECISIONS: Array<{ consentId: string; method: string; granted: string[]; subjectId?: string }> = [
  { consentId: 'consent-e2e-0001', method: 'accept-all', granted: ['functional', 'analytics', 'advertising'], subjectId: SUBJECT },
  { consentId: 'consent-e2e-0002', method: 'reject-all', granted: [] },
  { consentId: 'consent-e2e-0003', method: 'custom', granted: ['analytics'] },
  { consentId: 'consent-e2e-0004', method: 'accept-all', granted: ['functional', 'analytics', 'advertising'] },
  { consentId: 'consent-e2e-0001', method: 'custom', granted: ['functional'], subjectId: SUBJECT },
  { consentId: 'consent-e2e-0005', method: 'reject-all', granted: [] },
];
const CATEGORIES = ['necessary', 'functional', 'analytics', 'advertising'];

async function seed(ledger: ConsoleLedger['ledger']) {
  await ledger.storeTexts({ textHash: TEXT_HASH, ...SHOWN });
  for (const [index, decision] of DECISIONS.entries()) {
    const now = new Date();
    await ledger.record(
      {
        recordId: `record-e2e-${String(index).padStart(4, '0')}`,
        consentId: decision.consentId,
        ...(decision.subjectId && { subjectId: decision.subjectId }),
        revision: '1',
        categories: Object.fromEntries(CATEGORIES.map((id) => [id, id === 'necessary' || decision.granted.includes(id)])),
        services: {},
        method: decision.method,
        locale: 'en',
        region: index % 2 ? 'FR' : 'DE',
        regime: 'opt-in',
        gpc: false,
        textHash: TEXT_HASH,
        updatedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 180 * 86_400_000).toISOString(),
        sdkVersion: '0.1.0',
      },
      { ip: '203.0.113.0', userAgent: 'E2E/1', origin: 'http://shop.example' },
    );
  }
}

const count = (predicate: (decision: (typeof DECISIONS)[number]) => boolean) => DECISIONS.filter(predicate).length;

async function signIn(page: Page, key: string) {
  await page.goto('/console/');
  await page.getByLabel(/API key/i).fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The cells of the row whose header cell is `name`, in the table captioned `caption`. */
async function rowCells(page: Page, caption: string, name: string): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  const row = table.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${name}$`) }) });
  await expect.poll(() => row.count()).toBe(1);
  return (await row.locator('td').allTextContents()).map((text) => text.trim());
}

let browser: Browser;
beforeAll(async () => void (browser = await launchChromium()));
afterAll(() => browser?.close());

describe.each(['sqlite', 'postgres'] as const)('console on %s', (kind) => {
  let served: ConsoleLedger;
  beforeAll(async () => {
    served = await startConsoleLedger(kind);
    await seed(served.ledger);
  }, 120_000);
  afterAll(() => served?.close());

  test('sign-in refuses a wrong key and a key without the console scope, in words', async () => {
    const context = await newScenario(browser, served.url);
    const page = await context.newPage();
    await signIn(page, 'k_e2e_not_a_key_000000');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not valid/i);
    await page.getByLabel(/API key/i).fill(CONSOLE_KEYS.readerOnly);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/console/);
    expect(page.url()).not.toContain(CONSOLE_KEYS.readerOnly);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('assent_console');
    await context.close();
  });

  test('overview numbers equal the records inserted; look-up shows texts and verified proofs; export; CSRF refused; erasure and its log', async () => {
    const context = await newScenario(browser, served.url, { acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, CONSOLE_KEYS.officer);
    const [cookie] = (await context.cookies()).filter((entry) => entry.name === 'assent_console');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });

    // Overview: every method and category as inserted.
    await page.getByLabel('Break down by').selectOption({ label: 'Method' });
    await page.getByRole('button', { name: 'Show' }).click();
    for (const method of ['accept-all', 'reject-all', 'custom']) {
      const [decisions] = await rowCells(page, 'Decisions by method', method);
      expect(decisions, method).toBe(String(count((decision) => decision.method === method)));
    }
    for (const category of ['functional', 'analytics', 'advertising']) {
      const [granted, denied] = await rowCells(page, 'Categories granted and denied', category);
      const expected = count((decision) => decision.granted.includes(category));
      expect([granted, denied], category).toEqual([String(expected), String(DECISIONS.length - expected)]);
    }

    // Evidence by subject id: both records of its consent id, the texts shown, proofs verified in the page.
    await page.getByRole('link', { name: 'Evidence' }).click();
    await page.getByLabel('Subject id').check();
    await page.getByRole('textbox', { name: /Subject id/i }).fill(SUBJECT);
    await page.getByRole('button', { name: 'Look up' }).click();
    const proofs = page.locator('.proof');
    await expect.poll(() => proofs.count()).toBe(2);
    await expect
      .poll(() => proofs.allTextContents())
      .toEqual([expect.stringMatching(/^Proof verified against checkpoint of \d+ records/), expect.stringMatching(/^Proof verified/)]);
    // A short trail shows its texts open; the summary says which and how many.
    expect(await page.getByText(/Texts shown \(en, 4 texts\)/).count()).toBe(2);
    expect(await page.getByText(SHOWN.texts[0]!).first().isVisible()).toBe(true);
    expect(page.url()).not.toContain(SUBJECT);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).not.toContain(SUBJECT);
    const exported = JSON.parse(readFileSync((await saved.path())!, 'utf8'));
    expect(JSON.stringify(exported)).toContain('record-e2e-0000');
    expect(JSON.stringify(exported)).toContain('record-e2e-0004');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^consent_id,seq,record_id,/);
    expect([...new Set(csv.match(/record-e2e-\d{4}/g))]).toEqual(['record-e2e-0000', 'record-e2e-0004']);

    // CSRF: a script in the page with the cookie but without the token, and a form from another site.
    const forged = await page.evaluate(async () => {
      const response = await fetch('/v1/erasures', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"consentId":"consent-e2e-0002"}',
      });
      return { status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code };
    });
    expect(forged).toEqual({ status: 403, code: 'csrf_failed' });
    // A page on another site posting a form to the ledger: SameSite=Strict keeps the cookie off it.
    const attacker = await context.newPage();
    await attacker.route('http://attacker.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" enctype="text/plain" action="${served.url}/v1/erasures"><input name='{"consentId":"consent-e2e-0002","x":"' value='"}'></form><script>document.forms[0].submit()</script>`,
      }),
    );
    await attacker.goto('http://attacker.test/');
    await attacker.waitForURL(`${served.url}/v1/erasures`);
    expect(JSON.parse((await attacker.textContent('body')) ?? '{}').error.code).toBe('unauthorized');
    expect((await served.ledger.history('consent-e2e-0002'))[0]!.erasedAt).toBeNull();

    // Erasure of a consent id, confirmed; the log says who, never the subject.
    await page.getByRole('link', { name: 'Erasure' }).click();
    await page.getByLabel('Consent id').check();
    await page.getByRole('textbox', { name: /Consent id/i }).fill('consent-e2e-0002');
    await page.getByRole('button', { name: 'Erase…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect((await served.ledger.history('consent-e2e-0002'))[0]!.erasedAt).toBeNull();
    await page.getByRole('button', { name: 'Erase…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Erase', exact: true }).click();
    await expect.poll(async () => (await served.ledger.history('consent-e2e-0002'))[0]!.erasedAt).not.toBeNull();
    const log = page.locator('table', { has: page.locator('caption', { hasText: /erasure/i }) });
    await expect.poll(() => log.locator('tbody').textContent()).toContain('e2e officer (console)');
    expect(await log.locator('tbody').textContent()).toContain('consent-e2e-0002');
    const [entry] = await served.ledger.audit({ kind: 'erasure' });
    expect(entry).toMatchObject({ actor: 'e2e officer (console)', details: { target: 'consent', consentIds: ['consent-e2e-0002'], records: 1 } });
    await context.close();
  });

  test('tampering with a record shows as FAILED in the look-up and in a full verify', async () => {
    await served.exec(
      `UPDATE evidence_records SET categories = '{"necessary":true,"functional":true,"analytics":true,"advertising":true}' WHERE consent_id = 'consent-e2e-0005'`,
    );
    const context = await newScenario(browser, served.url);
    const page = await context.newPage();
    await signIn(page, CONSOLE_KEYS.officer);
    await page.getByRole('link', { name: 'Evidence' }).click();
    await page.getByRole('textbox', { name: /Consent id/i }).fill('consent-e2e-0005');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect.poll(() => page.locator('.proof').allTextContents()).toEqual([expect.stringMatching(/^FAILED: /)]);

    await page.getByRole('link', { name: 'Integrity' }).click();
    await page.getByRole('button', { name: 'Run full verify' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Full verify' }).textContent(), { timeout: 20_000 }).toMatch(/FAILED: [1-9]/);
    const [verified] = await served.ledger.audit({ kind: 'verify' });
    expect(verified).toMatchObject({ actor: 'e2e officer (console)', details: { ok: false } });
    await served.exec(
      `UPDATE evidence_records SET categories = '{"necessary":true,"functional":false,"analytics":false,"advertising":false}' WHERE consent_id = 'consent-e2e-0005'`,
    );
    await context.close();
  });

  test('an expired session returns to sign-in, saying so', async () => {
    const context = await newScenario(browser, served.url);
    const page = await context.newPage();
    await signIn(page, CONSOLE_KEYS.officer);
    await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    served.advance(31 * 60_000);
    try {
      await page.getByRole('link', { name: 'Integrity' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/session/i);
    } finally {
      served.advance(-31 * 60_000);
    }
    await context.close();
  });

  if (kind === 'sqlite') {
    test.each([1280, 390])(
      'axe finds no violations in any view at %i px',
      async (width) => {
        const context = await newScenario(browser, served.url, { viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto('/console/');
        await expectNoAxeViolations(page, `sign-in @ ${width}px`);
        await signIn(page, CONSOLE_KEYS.officer);
        await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
        await expectNoAxeViolations(page, `overview @ ${width}px`);
        await page.getByRole('link', { name: 'Evidence' }).click();
        await page.getByRole('textbox', { name: /Consent id/i }).fill('consent-e2e-0001');
        await page.getByRole('button', { name: 'Look up' }).click();
        await expect.poll(() => page.locator('.proof').count()).toBe(2);
        await expectNoAxeViolations(page, `evidence @ ${width}px`);
        await page.getByRole('link', { name: 'Integrity' }).click();
        await expect.poll(() => page.getByRole('button', { name: 'Run full verify' }).isVisible()).toBe(true);
        await expectNoAxeViolations(page, `integrity @ ${width}px`);
        await page.getByRole('link', { name: 'Erasure' }).click();
        await expect.poll(() => page.getByRole('button', { name: 'Erase…' }).isVisible()).toBe(true);
        await expectNoAxeViolations(page, `erasure @ ${width}px`);
        // Nothing wider than the screen: tables scroll inside their own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await context.close();
        // Five full axe scans: on a loaded two-core machine that can pass the suite's 60 s default.
      },
      120_000,
    );

    test('keyboard only: sign in, move between views, look up', async () => {
      const context = await newScenario(browser, served.url);
      const page = await context.newPage();
      await page.goto('/console/');
      await expect.poll(() => page.getByLabel(/API key/i).isVisible()).toBe(true);
      for (let tab = 0; tab < 6 && !(await focused(page)).startsWith('input'); tab++) await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/^input/);
      await page.keyboard.type(CONSOLE_KEYS.officer);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
      // Back from the view's heading to the Evidence link in the header, and follow it.
      for (let tab = 0; tab < 12 && (await focused(page)) !== 'a:Evidence'; tab++) await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('a:Evidence');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatch(/^h1/);
      // On to the id field (Tab passes the radio group once).
      const inTextField = () =>
        page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active instanceof HTMLInputElement && active.type === 'text';
        });
      for (let tab = 0; tab < 8 && !(await inTextField()); tab++) await page.keyboard.press('Tab');
      expect(await inTextField()).toBe(true);
      await page.keyboard.type('consent-e2e-0003');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.proof').allTextContents()).toEqual([expect.stringMatching(/^Proof verified/)]);
      await context.close();
    });
  }
});
