import type { Page } from 'playwright-core';
import type { PageAssent } from '../report/types.js';
import { hostOf } from '../site/same-site.js';

/** The Assent setup read from a page, or why there is none. */
export type AssentOnPage = { assent: PageAssent; error?: undefined } | { assent?: undefined; error?: string };

/**
 * Reads the page's Assent config from `window.assent` (the script tag's global, or the store an
 * app exposes there): categories, services with their cookies, storage keys and hosts. Waits up
 * to `waitMs` for a script that starts late. Hosts the page's gated scripts load from count as
 * their service's hosts.
 *
 * @example
 * const { assent } = await readPageAssent(page);
 */
export async function readPageAssent(page: Page, waitMs = 2_000): Promise<AssentOnPage> {
  await page
    .waitForFunction(() => typeof (window as { assent?: { config?: unknown } }).assent?.config === 'object', undefined, { timeout: waitMs })
    .catch(() => {});
  const read = await page
    .evaluate(() => {
      type Service = { id: string; name?: string; category: string; cookies?: Array<{ name: string }>; localStorage?: string[]; hosts?: unknown };
      const global = (
        window as { assent?: { error?: unknown; config?: { categories: string[]; cookie: { name: string }; regime: string; services: Service[] } } }
      ).assent;
      if (!global?.config) return undefined;
      if (global.error) return { error: String((global.error as Error)?.message ?? global.error) };
      const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
      const gatedHosts: Array<[string, string]> = [...document.querySelectorAll<HTMLScriptElement>('script[data-consent][src]')].map((script) => [
        script.getAttribute('data-service') ?? script.getAttribute('data-consent') ?? '',
        script.src,
      ]);
      const { config } = global;
      return {
        assent: {
          cookieName: config.cookie.name,
          regime: String(config.regime),
          categories: [...config.categories],
          services: config.services.map((service) => ({
            id: service.id,
            name: service.name ?? service.id,
            category: service.category,
            cookies: (service.cookies ?? []).map((cookie) => cookie.name),
            localStorage: strings(service.localStorage),
            hosts: strings(service.hosts),
          })),
        },
        gatedHosts,
      };
    })
    .catch((error: Error) => ({ error: `could not read window.assent: ${error.message}` }));
  if (!read) return {};
  if (!('assent' in read) || !read.assent) return { error: read.error };
  const pageHost = hostOf(page.url());
  for (const [id, src] of read.gatedHosts ?? []) {
    const host = hostOf(src);
    const service = read.assent.services.find((candidate) => candidate.id === id);
    if (service && host && host !== pageHost && !service.hosts.includes(host)) service.hosts.push(host);
  }
  return { assent: read.assent };
}

/**
 * The category and service ids the page's `window.assent` grants now.
 *
 * @example
 * const granted = await readGranted(page, assent); // ['necessary'] before any decision (opt-in)
 */
export function readGranted(page: Page, assent: PageAssent): Promise<string[] | undefined> {
  const ids = [...assent.categories, ...assent.services.map((service) => service.id)];
  return page
    .evaluate((ids) => {
      const store = (window as { assent?: { granted?: (id: string) => boolean } }).assent;
      return typeof store?.granted === 'function' ? ids.filter((id) => store.granted?.(id) === true) : undefined;
    }, ids)
    .catch(() => undefined);
}
