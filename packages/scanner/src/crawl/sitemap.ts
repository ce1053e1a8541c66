// Pages a site lists for crawlers: /sitemap.xml (a urlset, or a sitemap index whose first few
// sitemaps are read too). A missing or broken sitemap is no error: links still lead the crawl.

const MAX_SITEMAPS = 5;
const MAX_BYTES = 5_000_000;

/**
 * The page URLs listed by the site's `/sitemap.xml` (and the sitemaps it indexes), in document order.
 *
 * @example
 * const urls = await readSitemap('https://example.com/');
 */
export async function readSitemap(startUrl: string, timeoutMs = 10_000): Promise<string[]> {
  const pages: string[] = [];
  const pending = [new URL('/sitemap.xml', startUrl).href];
  for (let read = 0; pending.length && read < MAX_SITEMAPS; read++) {
    const xml = await fetchText(pending.shift() as string, timeoutMs);
    if (!xml) continue;
    const locations = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((match) => decodeXml(match[1] as string));
    if (/<sitemapindex[\s>]/i.test(xml)) pending.push(...locations);
    else pages.push(...locations);
  }
  return pages;
}

async function fetchText(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return undefined;
    const text = await response.text();
    return text.length <= MAX_BYTES ? text : undefined;
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] as string);
