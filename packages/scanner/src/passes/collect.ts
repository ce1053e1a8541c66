import type { BrowserContext, Page } from 'playwright-core';
import type { CookieObservation, FrameObservation, GatedElementObservation, StorageObservation } from '../report/types.js';
import { cookieHost, hostOf, sameSite, withoutQuery } from '../site/same-site.js';
import type { CookieWriter } from './observe.js';

/**
 * Every cookie of the context, HttpOnly ones included (read through the DevTools protocol), with
 * who set it.
 *
 * @example
 * const cookies = await collectCookies(context, 'https://example.com/', writers);
 */
export async function collectCookies(context: BrowserContext, pageUrl: string, writers: Map<string, CookieWriter>): Promise<CookieObservation[]> {
  const pageHost = hostOf(pageUrl);
  return (await context.cookies()).map((cookie) => {
    const writer = writers.get(cookie.name);
    return {
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      expires: cookie.expires > 0 ? Math.round(cookie.expires) : -1,
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      setBy: writer?.setBy ?? 'unknown',
      ...(writer?.url ? { setByUrl: writer.url } : {}),
      thirdParty: !sameSite(cookieHost(cookie.domain), pageHost),
    };
  });
}

/**
 * localStorage and sessionStorage keys and IndexedDB database names of every frame's origin.
 *
 * @example
 * const storage = await collectStorage(page);
 */
export async function collectStorage(page: Page): Promise<StorageObservation[]> {
  const found = new Map<string, StorageObservation>();
  for (const frame of page.frames()) {
    if (!/^https?:/.test(frame.url())) continue;
    const seen = await frame
      .evaluate(async () => {
        const keys = (storage: () => Storage) => {
          try {
            return Object.keys(storage());
          } catch {
            return []; // storage blocked in this frame
          }
        };
        let databases: string[] = [];
        try {
          databases = ((await indexedDB.databases?.()) ?? []).flatMap((database) => (database.name ? [database.name] : []));
        } catch {}
        return { origin: location.origin, localStorage: keys(() => localStorage), sessionStorage: keys(() => sessionStorage), indexedDB: databases };
      })
      .catch(() => undefined); // a frame that navigated or closed meanwhile
    if (!seen) continue;
    for (const area of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      for (const name of seen[area]) found.set(`${area} ${seen.origin} ${name}`, { area, origin: seen.origin, name });
    }
  }
  return [...found.values()];
}

/**
 * The page's frames other than the main one that loaded something.
 *
 * @example
 * const frames = collectFrames(page);
 */
export function collectFrames(page: Page): FrameObservation[] {
  const pageHost = hostOf(page.url());
  return page
    .frames()
    .filter((frame) => frame !== page.mainFrame() && /^https?:/.test(frame.url()))
    .map((frame) => {
      const host = hostOf(frame.url());
      return { url: withoutQuery(frame.url()), host, thirdParty: !sameSite(host, pageHost) };
    });
}

/**
 * The scripts and iframes the page gates with `data-consent`, and whether each was activated.
 *
 * @example
 * const gated = await collectGated(page);
 */
export async function collectGated(page: Page): Promise<GatedElementObservation[]> {
  const found = await page
    .evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('script[data-consent], iframe[data-consent]')].map((element) => {
        const isScript = element instanceof HTMLScriptElement;
        const src = isScript ? element.src : element.getAttribute('src') || element.getAttribute('data-src') || '';
        return {
          tag: isScript ? ('script' as const) : ('iframe' as const),
          consent: element.getAttribute('data-consent') ?? '',
          service: element.getAttribute('data-service') ?? undefined,
          src,
          // Assent swaps an inert script (`type="text/plain"`) for a live copy, and gives a gated
          // iframe its `src` only when granted.
          ran: isScript ? element.type !== 'text/plain' : !!element.getAttribute('src'),
        };
      }),
    )
    .catch(() => []);
  return found.map(({ service, src, ...rest }) => ({ ...rest, ...(service ? { service } : {}), ...(src ? { src: withoutQuery(src) } : {}) }));
}

/**
 * Same-site candidates for the crawl: every link of the page.
 *
 * @example
 * const links = await collectLinks(page);
 */
export function collectLinks(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href)).catch(() => []);
}
