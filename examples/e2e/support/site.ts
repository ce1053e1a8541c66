// What the tests look at on a page: the banner, the dialog, cookies, the dataLayer, the ledger.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './demo.js';

type EvidenceRecord = Awaited<ReturnType<Harness['ledger']['history']>>[number];

/** Cookies a first visit may have: only necessary ones. */
export const NECESSARY_COOKIES = ['assent', 'assent_demo_session'];

/** The first layer's `<section>`, rendered only while the banner is open. */
export const banner = (page: Page): Locator => page.locator('assent-banner section');
export const bannerButton = (page: Page, name: string | RegExp): Locator =>
  page.locator('assent-banner').getByRole('button', { name, exact: typeof name === 'string' });
export const dialog = (page: Page): Locator => page.locator('assent-preferences dialog');
export const dialogButton = (page: Page, name: string | RegExp): Locator => dialog(page).getByRole('button', { name, exact: typeof name === 'string' });
// A category's switch is a native checkbox (it can be mixed, which role=switch cannot convey);
// a service's switch has role=switch.
export const categorySwitch = (page: Page, name: RegExp): Locator => dialog(page).getByRole('checkbox', { name });

/** Waits until the page glue ran: `window.assent` exists and the DOM is parsed. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState !== 'loading' && 'assent' in window);
}

export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort();
}

/** The consent id in the `assent` cookie (field 1 of the A1 format). */
export async function consentId(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((entry) => entry.name === 'assent');
  expect(cookie, 'the decision cookie "assent"').toBeDefined();
  const [version, id] = cookie!.value.split('.');
  expect(version).toBe('A1');
  return id!;
}

/** Polls the ledger until the consent id has `count` records, then checks it has exactly that many. */
export async function recordsOf(harness: Harness, id: string, count: number, timeoutMs = 15_000): Promise<EvidenceRecord[]> {
  const deadline = Date.now() + timeoutMs;
  let records = await harness.ledger.history(id);
  while (records.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    records = await harness.ledger.history(id);
  }
  expect(
    records.map((record) => `${record.seq}:${record.method}`),
    `ledger records of ${id}`,
  ).toHaveLength(count);
  return records;
}

/** `window.dataLayer` with every `Arguments` entry (what gtag.js reads) turned into an array. */
export function dataLayer(page: Page): Promise<Array<unknown[] | Record<string, unknown> | string>> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? Array.from(entry as ArrayLike<unknown>)
        : ((entry as Record<string, unknown>) ?? 'not arguments'),
    ),
  );
}

/** The Consent Mode commands (`gtag('consent', kind, state)`) in the dataLayer, in order. */
export async function consentCommands(page: Page): Promise<Array<{ kind: string; state: Record<string, string> }>> {
  return (await dataLayer(page))
    .filter((entry): entry is unknown[] => Array.isArray(entry) && entry[0] === 'consent')
    .map((entry) => ({ kind: entry[1] as string, state: entry[2] as Record<string, string> }));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe (WCAG 2.0/2.1 A and AA rules and best practices) and expects no violations. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page, axeSource }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** The element that has focus, through shadow roots: `tag#id` or the text of a button/link. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    const label = active.getAttribute('aria-label') ?? (active.textContent ?? '').trim().replace(/\s+/g, ' ');
    return `${active.tagName.toLowerCase()}${active.getAttribute('role') ? `[role=${active.getAttribute('role')}]` : ''}:${label || active.id}`;
  });
}

/** The scripts a page downloads that define Assent's banner or dialog elements. */
export function bannerCodeOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (/assent-(banner|preferences)/.test(body)) urls.push(response.url());
  });
  return urls;
}
