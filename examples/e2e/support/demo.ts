// The demo backend in this process, on a free loopback port with its own temp SQLite file, so
// tests can ask the ledger directly what it holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '@assent/example-backend/server';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';

export interface Harness {
  url: string;
  ledger: Awaited<ReturnType<typeof startDemoServer>>['ledger'];
  browser: Browser;
  close(): Promise<void>;
}

/** `cdn`: the CDN the demo trusts for the visitor's region (tests send its headers). */
export async function startHarness(options: { cdn?: 'cloudflare' | 'vercel' } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'assent-e2e-'));
  const [demo, browser] = await Promise.all([
    startDemoServer({ port: 0, host: '127.0.0.1', dbFile: join(dir, 'ledger.sqlite'), rateLimit: false, ...options }),
    launchChromium(),
  ]);
  return {
    url: demo.url,
    ledger: demo.ledger,
    browser,
    async close() {
      await browser.close();
      await demo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
