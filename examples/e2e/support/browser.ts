// Debian's Chromium driven by playwright-core; never a downloaded browser.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface ScenarioOptions extends BrowserContextOptions {
  /** Sends `Sec-GPC: 1` and sets `navigator.globalPrivacyControl`, as a browser with GPC on does. */
  gpc?: boolean;
}

/** A fresh context (empty cookies, storage, IndexedDB) for one scenario. */
export async function newScenario(browser: Browser, baseURL: string, { gpc = false, ...options }: ScenarioOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    ...(gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
    ...options,
  });
  // Fail a stuck step with its own message, well before the test's timeout.
  context.setDefaultTimeout(10_000);
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  return context;
}
