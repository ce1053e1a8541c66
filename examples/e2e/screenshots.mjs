// Screenshots of the demo for the README: `pnpm build && node examples/e2e/screenshots.mjs`.
// Starts the demo backend on a free loopback port with a throwaway ledger and writes docs/demo/*.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { chromium } from 'playwright-core';
import { startDemoServer } from '@assent/example-backend/server';

const out = fileURLToPath(new URL('../../docs/demo/', import.meta.url));
mkdirSync(out, { recursive: true });
execFileSync('pnpm', ['--filter', '@assent/example-spa', 'run', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const dir = mkdtempSync(join(tmpdir(), 'assent-shots-'));
const demo = await startDemoServer({ port: 0, host: '127.0.0.1', dbFile: join(dir, 'ledger.sqlite') });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * A fresh visitor; `gpc` sends the Global Privacy Control signal, `lang` rewrites the home page's <html lang>.
 * @param {{ width?: number, height?: number, gpc?: boolean, lang?: string }} [options]
 */
async function visitor({ width = 1280, height = 800, gpc = false, lang } = {}) {
  const context = await browser.newContext({
    baseURL: demo.url,
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...(gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
  });
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  if (lang) {
    await context.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) });
      },
    );
  }
  return { context, page: await context.newPage() };
}
/** @param {import('playwright-core').Page} page @param {string} name */
const shot = (page, name) => page.screenshot({ path: join(out, `${name}.png`) }).then(() => console.log(`docs/demo/${name}.png`));
/** @param {import('playwright-core').Page} page */
const bannerShown = (page) =>
  page
    .locator('assent-banner section')
    .waitFor()
    .then(() => page.waitForTimeout(400));

try {
  {
    const { context, page } = await visitor();
    await page.goto('/');
    await bannerShown(page);
    await shot(page, 'first-visit-banner');
    await page.locator('assent-banner').getByRole('button', { name: 'Customise' }).click();
    await page.locator('assent-preferences dialog').waitFor();
    await page
      .locator('assent-preferences')
      .getByRole('checkbox', { name: /analytical cookies/i })
      .check();
    await page.locator('assent-preferences summary').nth(1).click();
    await shot(page, 'preferences-dialog');
    await page.locator('assent-preferences').getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.waitForTimeout(500);
    await page.goto('/video.html');
    await page.waitForTimeout(300);
    await page.goto('/shop');
    await shot(page, 'shop-server-decisions');
    await page.goto('/decision.html');
    await page.waitForTimeout(2000);
    await shot(page, 'decision-page');
    await page.goto('/account');
    await page.getByRole('button', { name: /Sign in/ }).click();
    await page.locator('table.evidence').waitFor();
    await shot(page, 'account-evidence-trail');
    await context.close();
  }
  {
    const { context, page } = await visitor();
    await page.goto('/video.html');
    await page.locator('.assent-placeholder').waitFor();
    await page.locator('assent-banner').getByRole('button', { name: 'Reject all' }).click();
    await page.waitForTimeout(300);
    await shot(page, 'embed-placeholder');
    await context.close();
  }
  {
    const { context, page } = await visitor();
    await page.goto('/spa/picks');
    await bannerShown(page);
    await page.locator('#spa-recommendations').waitFor();
    await shot(page, 'spa');
    await context.close();
  }
  {
    const { context, page } = await visitor({ width: 320, height: 640 });
    await page.goto('/');
    await bannerShown(page);
    await shot(page, 'banner-320px');
    await context.close();
  }
  {
    const { context, page } = await visitor({ gpc: true });
    await page.goto('/');
    await bannerShown(page);
    await shot(page, 'gpc-honoured');
    await context.close();
  }
  {
    const { context, page } = await visitor({ lang: 'ja' });
    await page.goto('/');
    await bannerShown(page);
    await shot(page, 'banner-ja');
    await context.close();
  }
} finally {
  await browser.close();
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
}
