// Screenshots of the banner and the preferences dialog, as a visitor gets them from the
// script-tag build (dist/script; run `pnpm --filter @assent/banner build` first).
// Usage: node packages/banner/scripts/screenshots.mjs  → docs/screenshots/{banner,preferences}-<locale>.png
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const scriptDir = fileURLToPath(new URL('../dist/script/', import.meta.url));
const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const LOCALES = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'fr', 'id', 'ja', 'ko', 'ar'];

const config = {
  revision: '2026-11',
  region: 'DE',
  privacyPolicyUrl: '/privacy',
  services: [
    {
      id: 'matomo',
      category: 'analytics',
      name: 'Matomo',
      provider: 'Example Analytics Ltd',
      purpose: 'Audience measurement',
      privacyPolicyUrl: 'https://analytics.example/privacy',
      cookies: [
        { name: '_pk_id.*', retention: '13 months' },
        { name: '_pk_ses.*', retention: '30 minutes' },
      ],
    },
    {
      id: 'video',
      category: 'functional',
      name: 'Video host',
      provider: 'Example Video Inc',
      purpose: 'Embedded videos',
      privacyPolicyUrl: 'https://video.example/privacy',
      cookies: [{ name: 'vid_pref', retention: '6 months' }],
    },
  ],
};
const page = (locale) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Example site</title><link rel="stylesheet" href="/site.css"></head><body>
<header><strong>Example Travel</strong><nav><a href="#">Trips</a> <a href="#">About</a></nav></header>
<main><h1>Spring trips along the coast</h1><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer posuere erat a ante venenatis dapibus. '.repeat(6)}</p></main>
<footer><a href="#" data-assent-open>Cookie settings</a></footer>
<script src="/config.js"></script><script src="/assent.js"></script></body></html>`;
const siteCss =
  'body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#222}header,footer{display:flex;justify-content:space-between;padding:1rem 2rem;background:#f2f4f7}main{padding:1rem 2rem;max-width:48rem}nav a{margin-inline-start:1rem}';

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const locale = url.searchParams.get('locale') ?? 'en';
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (url.pathname === '/') return send('text/html; charset=utf-8', page(locale));
  if (url.pathname === '/site.css') return send('text/css', siteCss);
  if (url.pathname === '/config.js') return send('text/javascript', `window.assentConfig = ${JSON.stringify(config)};`);
  try {
    send('text/javascript', await readFile(scriptDir + url.pathname.slice(1)));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
await mkdir(outDir, { recursive: true });
try {
  for (const locale of LOCALES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, reducedMotion: 'reduce' });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error(locale, error));
    await tab.goto(`${origin}/?locale=${locale}`);
    const banner = tab.locator('assent-banner[open]');
    await banner.waitFor();
    await tab.screenshot({ path: `${outDir}banner-${locale}.png` });
    await banner.locator('[part~="customise-button"]').click();
    await tab.locator('assent-preferences').locator('dialog[open]').waitFor();
    await tab
      .locator('assent-preferences')
      .locator('details')
      .first()
      .evaluate((details) => (details.open = true));
    await tab.screenshot({ path: `${outDir}preferences-${locale}.png` });
    await context.close();
    console.log(`docs/screenshots/banner-${locale}.png, preferences-${locale}.png`);
  }
  // A narrow phone in dark mode, to check the 320 px layout.
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'dark', reducedMotion: 'reduce' });
  const tab = await context.newPage();
  await tab.goto(`${origin}/?locale=en`);
  await tab.locator('assent-banner[open]').waitFor();
  await tab.screenshot({ path: `${outDir}banner-en-320-dark.png` });
  await context.close();
} finally {
  await browser.close();
  server.close();
}
