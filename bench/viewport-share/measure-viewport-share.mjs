// The first layer's share of a 320 × 568 phone screen (the smallest the issue measured), per shipped
// locale: Assent as its README documents it next to vanilla-cookieconsent v3 given the same words
// (title, text, privacy link and three buttons taken from Assent's own locale file), each in its
// default layout. Share = the banner box's area inside the viewport ÷ the viewport's area, measured
// once the banner has come to rest.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { ASSENT_SCRIPT_DIR, packageDir } from '../size/artifacts.mjs';
import { CONSENT_DEFAULTS } from '../lib/integrations.mjs';
import { serveStatic } from '../banner-time/static-server.mjs';

/** The phone: iPhone SE (1st generation) in CSS pixels. */
export const PHONE = { width: 320, height: 568 };

const LOCALES_URL = new URL('../../packages/banner/dist/locales/', import.meta.url);
const ARTICLE = '<main><h1>Field notes</h1><p>Grind size, water temperature and contact time decide most of what ends up in the cup.</p></main>';

const page = (lang, dir, head, tail = '') => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1rem}</style>
${head}
</head>
<body>${ARTICLE}${tail}</body>
</html>`;

const assentPage = (locale, messages) =>
  page(
    messages.lang,
    messages.dir,
    `${CONSENT_DEFAULTS}
<script>window.assentConfig = ${JSON.stringify({ revision: '1', region: 'DE', locale, privacyPolicyUrl: '/privacy' })};</script>
<script async src="/assent/assent.js"></script>`,
  );

const cookieconsentPage = (messages) => {
  const config = {
    hideFromBots: false,
    categories: { necessary: { enabled: true, readOnly: true }, functional: {}, analytics: {}, advertising: {} },
    language: {
      default: messages.lang,
      translations: {
        [messages.lang]: {
          consentModal: {
            title: messages.banner.title,
            description: `${messages.banner.body} <a href="/privacy">${messages.privacyLink}</a>`,
            acceptAllBtn: messages.actions.acceptAll,
            acceptNecessaryBtn: messages.actions.rejectAll,
            showPreferencesBtn: messages.actions.customise,
          },
          preferencesModal: { title: messages.preferences.title, sections: [] },
        },
      },
    },
  };
  return page(
    messages.lang,
    messages.dir,
    '<link rel="stylesheet" href="/cookieconsent/cookieconsent.css">',
    `<script src="/cookieconsent/cookieconsent.umd.js"></script><script>CookieConsent.run(${JSON.stringify(config)})</script>`,
  );
};

/** Where each banner's box is: selectors, each in the previous one's shadow root. */
const BOXES = { assent: ['assent-banner', '[part~="base"]'], cookieconsent: ['#cc-main .cm'] };

async function share(browser, url, path) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      async ({ path, phone }) => {
        const find = () => path.reduce((scope, selector) => scope?.shadowRoot?.querySelector(selector) ?? scope?.querySelector?.(selector), document);
        const deadline = performance.now() + 10_000;
        let box;
        while (!(box = find()) || box.getBoundingClientRect().height === 0) {
          if (performance.now() > deadline) throw new Error(`no banner (${path.join(' → ')})`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // Measured at rest: after every entrance animation or transition, in the page and in shadow roots.
        const roots = [document, ...[...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
        await Promise.all(roots.flatMap((root) => root.getAnimations()).map((animation) => animation.finished.catch(() => {})));
        // A transition that had not started yet is not among the animations: wait until the box
        // stays where it is for 200 ms.
        const same = (a, b) => a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
        let rect = box.getBoundingClientRect();
        for (let previous; !previous || !same(previous, rect); ) {
          if (performance.now() > deadline) throw new Error(`the banner never came to rest (${path.join(' → ')})`);
          previous = rect;
          await new Promise((resolve) => setTimeout(resolve, 200));
          rect = box.getBoundingClientRect();
        }
        const width = Math.max(0, Math.min(rect.right, phone.width) - Math.max(rect.left, 0));
        const height = Math.max(0, Math.min(rect.bottom, phone.height) - Math.max(rect.top, 0));
        return { width: Math.round(rect.width), height: Math.round(rect.height), share: (width * height) / (phone.width * phone.height) };
      },
      { path, phone: PHONE },
    );
  } finally {
    await context.close();
  }
}

/**
 * Measures both banners in every locale Assent ships.
 * @param {{ onProgress?: (text: string) => void }} options
 * @returns {Promise<Array<{ locale: string, assent: { share: number, width: number, height: number }, cookieconsent: { share: number, width: number, height: number } }>>}
 */
export async function measureViewportShare({ onProgress = () => {} } = {}) {
  const { LOCALES } = await import(new URL('../../packages/banner/dist/locales/pick-locale.js', import.meta.url).href);
  const pages = {};
  const messagesOf = {};
  for (const locale of LOCALES) {
    const { default: messages } = await import(new URL(`${locale}.js`, LOCALES_URL).href);
    messagesOf[locale] = messages;
    pages[`/assent-${locale}.html`] = assentPage(locale, messages);
    pages[`/cookieconsent-${locale}.html`] = cookieconsentPage(messages);
  }
  const server = await serveStatic({
    pages,
    mounts: { '/assent/': ASSENT_SCRIPT_DIR, '/cookieconsent/': join(packageDir('vanilla-cookieconsent'), 'dist') },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const locale of LOCALES) {
      results.push({
        locale,
        assent: await share(browser, `${server.origin}/assent-${locale}.html`, BOXES.assent),
        cookieconsent: await share(browser, `${server.origin}/cookieconsent-${locale}.html`, BOXES.cookieconsent),
      });
    }
    onProgress(`viewport share: ${LOCALES.length} locales measured`);
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
