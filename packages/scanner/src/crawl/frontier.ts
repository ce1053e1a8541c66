import { hostOf, sameSite } from '../site/same-site.js';

// Files a crawl does not open as pages.
const NOT_A_PAGE =
  /\.(?:pdf|zip|gz|tgz|rar|7z|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|webm|mov|avi|woff2?|ttf|css|js|mjs|json|xml|txt|csv|xlsx?|docx?|pptx?|dmg|exe|apk)$/i;

/**
 * The pages still to scan: same-site http(s) URLs, each once (fragment dropped), at most `limit`.
 *
 * @example
 * const frontier = new Frontier('https://example.com/', 10);
 * frontier.add(['https://example.com/about#team']);
 * frontier.next(); // 'https://example.com/'
 */
export class Frontier {
  readonly #seen = new Set<string>();
  readonly #queue: string[] = [];
  readonly #host: string;
  #taken = 0;

  constructor(
    startUrl: string,
    readonly limit: number,
  ) {
    this.#host = hostOf(startUrl);
    this.add([startUrl]);
  }

  /** Queues the URLs that belong to the site and were not queued before. */
  add(urls: Iterable<string>): void {
    for (const url of urls) {
      const page = normalise(url);
      if (!page || this.#seen.has(page) || !sameSite(hostOf(page), this.#host)) continue;
      this.#seen.add(page);
      this.#queue.push(page);
    }
  }

  /** The next page to scan, or `undefined` when the queue is empty or the limit is reached. */
  next(): string | undefined {
    if (this.#taken >= this.limit) return undefined;
    const page = this.#queue.shift();
    if (page) this.#taken++;
    return page;
  }

  /** How many pages the scan will have when nothing more is found (for progress). */
  get planned(): number {
    return Math.min(this.limit, this.#taken + this.#queue.length);
  }
}

function normalise(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (NOT_A_PAGE.test(parsed.pathname)) return undefined;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}
