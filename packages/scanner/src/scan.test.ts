// The scanner against the fixture site in real Chromium: three loopback sites (first party,
// analytics vendor, ads vendor), a faulty variant with known faults and a clean twin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../test-support/fixture-site.mjs';
import { type Finding, type PageResult, type ScanReport, ScanOptionsError, scanSite } from './index.js';
import { launchBrowser } from './browser/launch.js';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
let browser: Browser;
const sites: FixtureSite[] = [];
const reports: Record<'faulty' | 'clean', ScanReport> = {} as never;

const pathOf = (url: string) => new URL(url).pathname;
const key = (finding: Finding) => `${pathOf(finding.page)} ${finding.pass} ${finding.kind} ${finding.subject.name}`;
const pageAt = (report: ScanReport, path: string) => report.pages.find((page) => pathOf(page.url) === path) as PageResult;

beforeAll(async () => {
  browser = await launchBrowser();
  const [faulty, clean] = await Promise.all([startFixtureSite({ variant: 'faulty' }), startFixtureSite({ variant: 'clean' })]);
  sites.push(faulty, clean);
  // One browser, both scans at once, one page each at a time: two cores stay busy.
  [reports.faulty, reports.clean] = await Promise.all([
    scanSite({ url: faulty.url, browser, concurrency: 1 }),
    scanSite({ url: clean.url, browser, concurrency: 1 }),
  ]);
}, 240_000);

afterAll(async () => {
  await Promise.all(sites.map((site) => site.close()));
  await browser?.close();
});

describe('scanSite() on the faulty fixture', () => {
  it('reports every fault with its page and pass, and nothing else', () => {
    const expected = (sites[0] as FixtureSite).expected.map(({ path, pass, kind, subject }) => `${path} ${pass} ${kind} ${subject}`);
    expect(reports.faulty.findings.map(key).sort()).toEqual([...expected].sort());
    expect(reports.faulty.summary).toMatchObject({ verdict: 'fail', pages: 4, assentPages: 4 });
  });

  it('crawls links and the sitemap, never another site', () => {
    expect(reports.faulty.pages.map((page) => pathOf(page.url)).sort()).toEqual(['/', '/only-in-sitemap.html', '/shop.html', '/video.html']);
    for (const page of reports.faulty.pages)
      expect(page.passes.map((pass) => pass.pass)).toEqual(['before-consent', 'after-reject', 'after-accept', 'after-withdraw']);
  });

  it('reads HttpOnly cookies and who set them', () => {
    const before = pageAt(reports.faulty, '/').passes[0];
    const headerCookie = before?.cookies.find((cookie) => cookie.name === 'ads_visitor');
    expect(headerCookie).toMatchObject({ httpOnly: true, setBy: 'header', thirdParty: false, path: '/' });
    expect(headerCookie?.setByUrl).toBe(new URL('/', (sites[0] as FixtureSite).url).href);
    // Set by the page's own inline script.
    expect(before?.cookies.find((cookie) => cookie.name === '_ga')).toMatchObject({
      httpOnly: false,
      setBy: 'script',
      setByUrl: (sites[0] as FixtureSite).url,
    });
  });

  it('gives each finding its evidence, service, message and fix', () => {
    const request = reports.faulty.findings.find((finding) => finding.kind === 'third-party-request-before-consent');
    expect(request).toMatchObject({
      severity: 'error',
      subject: { type: 'request', name: '127.0.0.2' },
      service: { id: 'site-analytics', category: 'analytics', source: 'config' },
      evidence: { host: '127.0.0.2', resourceType: 'document' },
    });
    expect(request?.fix).toContain('data-consent="analytics"');
    const storage = reports.faulty.findings.find((finding) => finding.kind === 'storage-before-consent');
    expect(storage).toMatchObject({
      subject: { type: 'localStorage', name: 'ads_uid' },
      evidence: { area: 'localStorage', name: 'ads_uid' },
      service: { id: 'ads' },
    });
    const undeclared = reports.faulty.findings.find((finding) => finding.kind === 'undeclared-cookie');
    expect(undeclared?.service).toEqual({ id: 'hotjar', name: 'Hotjar', category: 'analytics', source: 'catalogue' });
    for (const finding of reports.faulty.findings) {
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.fix.length).toBeGreaterThan(20);
    }
  });

  it('sees the gated scripts run only once granted, and the tracker frame', () => {
    const video = pageAt(reports.faulty, '/video.html');
    const ran = (pass: number) => video.passes[pass]?.gated.filter((gated) => gated.ran).map((gated) => gated.service);
    expect(ran(0)).toEqual([]);
    expect(ran(2)?.sort()).toEqual(['ads', 'site-analytics', 'video']);
    expect(video.passes[0]?.frames).toEqual([expect.objectContaining({ host: '127.0.0.2', thirdParty: true })]);
  });

  it('proposes the catalogue entry for the undeclared cookie', () => {
    expect(reports.faulty.proposedServices).toEqual([
      expect.objectContaining({ id: 'hotjar', category: 'analytics', source: 'catalogue', seen: ['_hjSessionUser_1234'] }),
    ]);
  });

  it('keeps a screenshot of the first page before consent', () => {
    expect(reports.faulty.screenshot).toMatchObject({ page: (sites[0] as FixtureSite).url, pass: 'before-consent', mediaType: 'image/png' });
    expect(
      Buffer.from(reports.faulty.screenshot?.base64 ?? '', 'base64')
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});

describe('scanSite() on the clean twin', () => {
  it('finds nothing', () => {
    expect(reports.clean.findings).toEqual([]);
    expect(reports.clean.summary).toMatchObject({ verdict: 'pass', pages: 4, assentPages: 4, errors: 0, warnings: 0, notices: 0 });
  });

  it('still saw everything the site sets once granted', () => {
    const accepted = pageAt(reports.clean, '/').passes[2];
    expect(accepted?.cookies.map((cookie) => cookie.name).sort()).toEqual(['_ga', '_ga_FIXTURE', 'ads_visitor', 'assent', 'sid']);
    expect(accepted?.storage).toContainEqual(expect.objectContaining({ area: 'localStorage', name: 'ads_seen' }));
    expect(accepted?.requests.map((request) => request.host).sort()).toEqual(['127.0.0.2', '127.0.0.3']);
    // Query strings (identifiers) are not kept.
    for (const request of accepted?.requests ?? []) expect(request.url).not.toContain('?');
  });
});

describe('scanSite() on a site without Assent', () => {
  it('runs the first pass only and says so', async () => {
    const site = await startFixtureSite({ variant: 'no-assent' });
    try {
      const report = await scanSite({ url: site.url, browser, pages: 2, sitemap: false });
      expect(report.pages).toHaveLength(2);
      for (const page of report.pages) {
        expect(page.assent).toBeUndefined();
        expect(page.passes.map((pass) => pass.pass)).toEqual(['before-consent']);
      }
      expect(report.findings.filter((finding) => finding.kind === 'no-assent').map((finding) => pathOf(finding.page))).toEqual(['/', '/video.html']);
      // The session cookie is declared nowhere: the owner has to say what it is.
      expect(report.findings.filter((finding) => finding.kind === 'undeclared-cookie').map((finding) => finding.subject.name)).toEqual(['sid', 'sid']);
      expect(report.summary).toMatchObject({ verdict: 'pass', assentPages: 0, errors: 0 });
    } finally {
      await site.close();
    }
  }, 120_000);
});

describe('scanSite() options', () => {
  it.each([
    [{ url: 'not a url' }, /^url: "not a url" is not a URL/],
    [{ url: 'ftp://example.com/' }, /^url: only http and https/],
    [{ url: 'https://example.com/', pages: 0 }, /^pages: use a whole number from 1/],
    [{ url: 'https://example.com/', concurrency: 1.5 }, /^concurrency: /],
    [{ url: 'https://example.com/', settleMs: -1 }, /^settleMs: /],
  ])('refuses %j with an error naming the option', async (options, message) => {
    await expect(scanSite({ browser, ...options })).rejects.toThrow(ScanOptionsError);
    await expect(scanSite({ browser, ...options })).rejects.toThrow(message);
  });

  it('reports a page that does not load, and goes on', async () => {
    const report = await scanSite({ url: 'http://127.0.0.1:9/', browser, sitemap: false, timeoutMs: 5_000 });
    // Not also "no Assent": nothing is known about a page that did not load.
    expect(report.findings.map((finding) => finding.kind)).toEqual(['page-error']);
    expect(report.findings[0]?.message).toMatch(/^could not load the page/);
  }, 60_000);
});
