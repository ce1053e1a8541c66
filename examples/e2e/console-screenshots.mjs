// Screenshots of the privacy officer's console for the READMEs: `pnpm build && node examples/e2e/console-screenshots.mjs`.
// Records 30 days of made-up decisions (two banner wordings, five regions) in a throwaway ledger,
// serves it with the console on localhost and writes packages/console/docs/*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLedger, createLedgerHandler, createLedgerServer, generateLogKey, hashShownContent, openSqliteStorage } from '@assent/server-sync';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const out = fileURLToPath(new URL('../../packages/console/docs/', import.meta.url));
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'assent-console-shots-'));
const KEY = 'k_screenshots_officer_0001';
const DAY_MS = 86_400_000;

let clock = Date.now() - 30 * DAY_MS;
const ledger = createLedger({
  storage: openSqliteStorage(join(dir, 'ledger.sqlite')),
  log: { signerKey: generateLogKey('consent.example.com/log').signerKey },
  now: () => clock,
});

// Two wordings of the banner: the second explains what measuring is for, and more people accept.
const wordings = [
  { locale: 'en', texts: ['We use cookies to run this shop and, with your consent, to measure and advertise.', 'Accept all', 'Reject all', 'Customise'] },
  {
    locale: 'en',
    texts: ['We would like to count visits so we know which pages help you, and to show ads that fit.', 'Accept all', 'Reject all', 'Customise'],
  },
].map((shown) => ({ ...shown, choices: { necessary: true, functional: false, analytics: false, advertising: false } }));
const textHashes = wordings.map((shown) => hashShownContent(shown));
for (const [index, shown] of wordings.entries()) await ledger.storeTexts({ textHash: textHashes[index], ...shown });

// A small deterministic generator, so the pictures do not change from run to run.
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const regions = ['DE', 'FR', 'NL', 'ES', 'US-CA'];
let records = 0;
for (let day = 0; day < 30; day++) {
  const count = 25 + Math.round(random() * 20) + (day % 7 < 2 ? -8 : 0);
  for (let n = 0; n < count; n++) {
    clock = Date.now() - (30 - day) * DAY_MS + n * 60_000;
    const wording = day >= 15 && random() < 0.5 ? 1 : 0;
    const roll = random();
    const method = roll < (wording ? 0.62 : 0.48) ? 'accept-all' : roll < 0.86 ? 'reject-all' : 'custom';
    const granted = method === 'accept-all' ? ['functional', 'analytics', 'advertising'] : method === 'custom' ? ['functional', 'analytics'] : [];
    const consentId = `consent-${String(records).padStart(6, '0')}`;
    await ledger.record(
      {
        recordId: `record-${String(records++).padStart(6, '0')}`,
        consentId: day === 29 && n === 0 ? 'c-7Hq2xVb9Lm' : consentId,
        ...(day === 29 && n === 0 && { subjectId: 'user-42' }),
        revision: day < 10 ? '2' : '3',
        categories: Object.fromEntries(['necessary', 'functional', 'analytics', 'advertising'].map((id) => [id, id === 'necessary' || granted.includes(id)])),
        services: {},
        method,
        locale: ['en', 'de', 'fr', 'nl', 'es'][Math.floor(random() * 5)],
        region: regions[Math.floor(random() * regions.length)],
        regime: 'opt-in',
        gpc: random() < 0.04,
        textHash: textHashes[wording],
        updatedAt: new Date(clock).toISOString(),
        expiresAt: new Date(clock + 180 * DAY_MS).toISOString(),
        sdkVersion: '0.1.0',
      },
      { ip: '203.0.113.0', userAgent: 'Mozilla/5.0', origin: 'https://shop.example' },
    );
  }
}
clock = Date.now();
// The same visitor comes back and withdraws analytics.
await ledger.record(
  {
    recordId: 'record-withdrawal-0001',
    consentId: 'c-7Hq2xVb9Lm',
    subjectId: 'user-42',
    revision: '3',
    categories: { necessary: true, functional: true, analytics: false, advertising: false },
    services: {},
    method: 'custom',
    locale: 'en',
    region: 'DE',
    regime: 'opt-in',
    gpc: false,
    textHash: textHashes[1],
    updatedAt: new Date(clock).toISOString(),
    expiresAt: new Date(clock + 180 * DAY_MS).toISOString(),
    sdkVersion: '0.1.0',
  },
  { ip: '203.0.113.0', userAgent: 'Mozilla/5.0', origin: 'https://shop.example' },
);
await ledger.eraseConsent('consent-000003', { actor: 'dpo (console)' });

const server = createLedgerServer(
  createLedgerHandler({ ledger, apiKeys: [{ key: KEY, scopes: ['read', 'export', 'erase', 'console'], name: 'dpo' }], rateLimit: false }),
);
await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
const address = server.address();
const url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * Signs in at the given width and returns the page.
 * @param {number} width
 */
async function signedIn(width) {
  const context = await browser.newContext({ baseURL: url, viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/console/');
  await page.getByLabel(/API key/i).fill(KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

try {
  const page = await signedIn(1280);
  await page.getByLabel('Break down by').selectOption('text');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.locator('table').nth(2).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'console-overview.png'), fullPage: true });

  await page.getByRole('link', { name: 'Evidence' }).click();
  await page.getByRole('textbox', { name: /Consent id/i }).fill('c-7Hq2xVb9Lm');
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.locator('.proof').nth(1).waitFor();
  await page.locator('summary', { hasText: 'Texts shown' }).first().click();
  await page.screenshot({ path: join(out, 'console-evidence.png'), fullPage: true });

  await page.getByRole('link', { name: 'Integrity' }).click();
  await page.getByRole('button', { name: 'Run full verify' }).click();
  // The button reads "Verify running…" (disabled) until the verify has finished.
  await page.getByRole('button', { name: 'Run full verify', disabled: false }).waitFor({ timeout: 30_000 });
  await page.getByText(/Last verify/).waitFor();
  await page.screenshot({ path: join(out, 'console-integrity.png'), fullPage: true });

  await page.getByRole('link', { name: 'Erasure' }).click();
  await page.getByRole('radio', { name: 'Consent id' }).check();
  await page.getByRole('textbox', { name: /Consent id/i }).fill('consent-000007');
  await page.getByRole('button', { name: 'Erase…' }).click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: join(out, 'console-erasure.png') });

  const phone = await signedIn(390);
  await phone.locator('table').first().waitFor();
  await phone.screenshot({ path: join(out, 'console-overview-390.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
}
