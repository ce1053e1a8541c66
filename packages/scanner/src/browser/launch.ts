import { type Browser, chromium } from 'playwright-core';
import { findChromium } from './find-chromium.js';

// Headless, and quiet on the network: no updates, sync or field trials, so the only requests in a
// scan are the site's. As root (containers, CI) Chromium refuses to start without --no-sandbox.
const ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/**
 * Starts the system's Chromium (found by `findChromium`) for a scan.
 *
 * @example
 * const browser = await launchBrowser();
 * await browser.close();
 */
export function launchBrowser(executablePath?: string): Promise<Browser> {
  const asRoot = process.getuid?.() === 0;
  return chromium.launch({ executablePath: findChromium(executablePath), args: asRoot ? ['--no-sandbox', ...ARGS] : ARGS });
}
