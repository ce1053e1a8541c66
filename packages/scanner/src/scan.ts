import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser/launch.js';
import { Frontier } from './crawl/frontier.js';
import { readSitemap } from './crawl/sitemap.js';
import { ASSENT_START_ERROR, judge } from './judge/judge.js';
import { proposeServices } from './judge/propose.js';
import { type PassTiming, runPass } from './passes/run-pass.js';
import { PASS_NAMES, type PageResult, type PassName, REPORT_SCHEMA_VERSION, type ScanReport, type Screenshot } from './report/types.js';
import { summarise } from './summary.js';
import { SCANNER_VERSION } from './version.js';

/**
 * What `scanSite()` accepts. Only `url` is required.
 *
 * @example
 * const options: ScanOptions = { url: 'https://example.com/', pages: 20, concurrency: 2 };
 */
export interface ScanOptions {
  /** The start page (http or https). */
  url: string;
  /** Most pages to scan (start page, same-site links, sitemap). Default 10. */
  pages?: number;
  /** Pages scanned at once, each in its own browser contexts. Default 2. */
  concurrency?: number;
  /**
   * The passes to run on pages with Assent, in the order of `PASS_NAMES`; `before-consent` always
   * runs (it finds the links and the config). Default: all four.
   */
  passes?: readonly PassName[];
  /** Read `/sitemap.xml` for more pages. Default `true`. */
  sitemap?: boolean;
  /** Path of the Chromium to drive; found on the system by default. */
  browserPath?: string;
  /** A browser already started (it is left open); else the scan starts and closes its own. */
  browser?: Browser;
  /** Longest wait for a page to load, in ms. Default 30,000. */
  timeoutMs?: number;
  /** Wait after the network is idle, for timers that set cookies late, in ms. Default 500. */
  settleMs?: number;
  /** Called after every pass. */
  onProgress?: (progress: ScanProgress) => void;
}

/**
 * Where a scan is, for a progress bar.
 *
 * @example
 * const onProgress = ({ passesDone, passesPlanned }: ScanProgress) => console.log(`${passesDone}/${passesPlanned}`);
 */
export interface ScanProgress {
  passesDone: number;
  /** Grows as the crawl finds pages (4 per page with Assent, 1 without). */
  passesPlanned: number;
  pagesDone: number;
  url: string;
  pass: PassName;
}

/**
 * Thrown for options that cannot work; the message names the option and the fix.
 *
 * @example
 * try { await scanSite({ url: 'ftp://x' }); } catch (error) { if (error instanceof ScanOptionsError) console.error(error.message); }
 */
export class ScanOptionsError extends Error {
  override name = 'ScanOptionsError';
}

/**
 * Crawls a site in real Chromium and scans each page in four passes (before any decision, after
 * Reject all, after Accept all, after withdrawal — the last three through `window.assent`), then
 * judges what it saw against each page's Assent config and the service catalogue.
 *
 * @example
 * const report = await scanSite({ url: 'https://example.com/', pages: 20 });
 * if (report.summary.verdict === 'fail') console.log(report.findings[0]?.message);
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const { url, pages, concurrency, timing, passes: chosen } = validate(options);
  const startedAt = new Date();
  const browser = options.browser ?? (await launchBrowser(options.browserPath));
  try {
    const frontier = new Frontier(url, pages);
    if (options.sitemap !== false) frontier.add(await readSitemap(url, timing.timeoutMs));
    const results: Array<PageResult & { order: number }> = [];
    let screenshot: Screenshot | undefined;
    const progress = { passesDone: 0, pagesDone: 0, assentPages: 0, order: 0 };
    const report = (url: string, pass: PassName) => {
      progress.passesDone++;
      const planned = progress.assentPages * chosen.length + (progress.order - progress.pagesDone) + (frontier.planned - progress.order) * chosen.length;
      options.onProgress?.({
        passesDone: progress.passesDone,
        passesPlanned: Math.max(planned, progress.passesDone),
        pagesDone: progress.pagesDone,
        url,
        pass,
      });
    };

    const scanPage = async (pageUrl: string, order: number) => {
      const first = await runPass(browser, pageUrl, 'before-consent', timing, { screenshot: order === 0 });
      frontier.add(first.links);
      screenshot ??= first.screenshot;
      const { assent, error } = first.assentOnPage;
      if (error) first.result.errors.push(`${ASSENT_START_ERROR}${error}`);
      if (assent) progress.assentPages++;
      report(pageUrl, 'before-consent');
      const passes = [first.result];
      if (assent) {
        for (const pass of chosen.slice(1)) {
          passes.push((await runPass(browser, pageUrl, pass, timing)).result);
          report(pageUrl, pass);
        }
      }
      progress.pagesDone++;
      results.push({ url: pageUrl, ...(assent ? { assent } : {}), passes, order });
    };

    // Workers take pages as the crawl finds them; one that finds the queue empty waits while
    // others may still add links.
    let inFlight = 0;
    let wake: () => void = () => {};
    const worker = async () => {
      for (;;) {
        const next = frontier.next();
        if (next) {
          inFlight++;
          await scanPage(next, progress.order++).finally(() => {
            inFlight--;
            wake();
          });
        } else if (inFlight > 0) {
          await new Promise<void>((resolve) => (wake = resolve));
        } else {
          wake();
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));

    const pageResults = results.sort((a, b) => a.order - b.order).map(({ order: _, ...page }) => page);
    const findings = judge(pageResults);
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: '@assent/scanner', version: SCANNER_VERSION },
      startUrl: url,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      browser: { name: 'chromium', version: browser.version() },
      options: { pages, concurrency, passes: chosen },
      summary: summarise(pageResults, findings),
      findings,
      pages: pageResults,
      proposedServices: proposeServices(pageResults, startedAt.getTime()),
      ...(screenshot ? { screenshot } : {}),
    };
  } finally {
    if (!options.browser) await browser.close().catch(() => {});
  }
}

function validate(options: ScanOptions): { url: string; pages: number; concurrency: number; timing: PassTiming; passes: PassName[] } {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new ScanOptionsError(`url: "${options.url}" is not a URL; give the start page, e.g. https://example.com/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ScanOptionsError(`url: only http and https pages can be scanned, not ${url.protocol}`);
  const integer = (name: keyof ScanOptions, fallback: number, min: number, max: number): number => {
    const value = options[name] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw new ScanOptionsError(`${name}: use a whole number from ${min} to ${max}, not ${String(value)}`);
    return value;
  };
  url.hash = '';
  const unknown = (options.passes ?? []).filter((pass) => !PASS_NAMES.includes(pass));
  if (!Array.isArray(options.passes ?? []) || unknown.length)
    throw new ScanOptionsError(`passes: use some of ${PASS_NAMES.join(', ')}; unknown: ${unknown.join(', ')}`);
  return {
    passes: PASS_NAMES.filter((pass) => pass === 'before-consent' || (options.passes ?? PASS_NAMES).includes(pass)),
    url: url.href,
    pages: integer('pages', 10, 1, 10_000),
    concurrency: integer('concurrency', 2, 1, 16),
    timing: { timeoutMs: integer('timeoutMs', 30_000, 1_000, 600_000), settleMs: integer('settleMs', 500, 0, 60_000) },
  };
}
