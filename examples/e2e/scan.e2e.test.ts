// The cookie scanner (@assent/scanner, the built package) against the demo: the script-tag site
// and the SPA, every page it links to, in all four passes. The demo keeps every promise of its
// notice, so the scan finds nothing; and it must have seen what the demo really sets, or "nothing"
// would prove nothing.
import { scanSite, type ScanReport } from '@assent/scanner';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from './support/demo.js';

let harness: Harness;
let report: ScanReport;
beforeAll(async () => {
  harness = await startHarness();
  report = await scanSite({ url: harness.url, browser: harness.browser, pages: 30 });
}, 300_000);
afterAll(() => harness?.close());

const pathOf = (url: string) => new URL(url).pathname;

test('the demo scans clean: no finding of any level on any page', () => {
  // Listed with their messages, so a failure says what was found.
  expect(report.findings.map((finding) => [finding.kind, finding.page, finding.pass, finding.subject.name, finding.message])).toEqual([]);
  expect(report.summary).toMatchObject({ verdict: 'pass', errors: 0, warnings: 0, notices: 0 });
});

test('the crawl reached the script-tag pages and the SPA, all with Assent, in four passes', () => {
  const paths = report.pages.map((page) => pathOf(page.url));
  expect(paths).toEqual(expect.arrayContaining(['/', '/video.html', '/shop', '/decision.html', '/privacy.html', '/spa/']));
  expect(report.summary.assentPages).toBe(report.pages.length);
  for (const page of report.pages) expect(page.passes.map((pass) => pass.pass)).toEqual(['before-consent', 'after-reject', 'after-accept', 'after-withdraw']);
});

test('the scan saw what the demo sets once granted, and only Assent’s own cookie otherwise', () => {
  const home = report.pages.find((page) => pathOf(page.url) === '/');
  const cookies = (pass: number) => home?.passes[pass]?.cookies.map((cookie) => cookie.name).sort();
  expect(cookies(0)).toEqual([]);
  expect(cookies(1)).toEqual(['assent']);
  expect(cookies(2)).toEqual(expect.arrayContaining(['_fake_ads_id', '_ga', 'assent']));
  expect(cookies(3)).toEqual(['assent']);
  const video = report.pages.find((page) => pathOf(page.url) === '/video.html');
  expect(video?.passes[2]?.cookies.map((cookie) => cookie.name)).toContain('demo_video_volume');
});
