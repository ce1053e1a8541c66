import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from './html.js';
import { KIND_TITLES, PASS_LABELS, SEVERITIES } from './labels.js';
import { HOSTILE_COOKIE, HOSTILE_ERROR, HOSTILE_KEY, HOSTILE_URL, SAMPLE_PNG_BASE64, sampleReport } from './sample-report.test-helper.js';
import { FINDING_KINDS, type Finding } from './types.js';

// Independent of the renderer's own helper, so a bug there cannot hide here.
const escaped = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const unescaped = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const failing = renderHtmlReport(sampleReport());
const passing = renderHtmlReport(sampleReport({ passing: true, screenshot: false }));

/** The finding cards, in document order. */
const articles = (html: string): string[] => [...html.matchAll(/<article class="finding[^"]*">([\s\S]*?)<\/article>/g)].map((m) => m[1]!);

describe('renderHtmlReport', () => {
  it('the sample holds every kind of finding, on several pages', () => {
    const report = sampleReport();
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
    expect(report.pages.length).toBeGreaterThan(1);
  });

  it('is one HTML document with a header naming the start URL, time, browser, pages and tool', () => {
    expect(failing.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(failing.trimEnd().endsWith('</html>')).toBe(true);
    const header = failing.slice(failing.indexOf('<header>'), failing.indexOf('</header>'));
    expect(header).toContain('<h1>Assent scan report</h1>');
    expect(header).toContain('https://shop.example/');
    expect(header).toContain('2025-06-02 09:14:05 UTC');
    expect(header).toContain('Chromium 156.0.8078.108');
    expect(header).toContain('3 (Assent ran on 2)');
    expect(header).toContain('@assent/scanner 0.1.0');
  });

  it('puts the verdict first, then findings grouped errors, warnings, notices, then the per-page tables', () => {
    const at = (marker: string) => {
      const index = failing.indexOf(marker);
      expect(index, marker).toBeGreaterThan(-1);
      return index;
    };
    const order = [
      'id="verdict"',
      'id="findings"',
      'id="findings-error"',
      'id="findings-warning"',
      'id="findings-notice"',
      'id="banner"',
      'id="proposed"',
      'id="pages"',
      '<details class="page"',
    ].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const lastFinding = failing.lastIndexOf('<article class="finding');
    expect(lastFinding).toBeLessThan(at('<details class="page"'));
    expect(failing.indexOf('<table>')).toBeGreaterThan(lastFinding);
  });

  it('shows every finding with its kind title, page, pass, subject, message and fix, in severity order', () => {
    const report = sampleReport();
    const expected: Finding[] = SEVERITIES.flatMap((severity) => report.findings.filter((f) => f.severity === severity));
    const cards = articles(failing);
    expect(cards).toHaveLength(expected.length);
    expected.forEach((finding, index) => {
      const card = cards[index]!;
      expect(card).toContain(escaped(KIND_TITLES[finding.kind]));
      expect(card).toContain(escaped(finding.page));
      expect(card).toContain(`<dt>Pass</dt><dd>${PASS_LABELS[finding.pass]}</dd>`);
      expect(card).toContain(escaped(finding.subject.name));
      expect(card).toContain(escaped(finding.message).replace(/`([^`]+)`/g, '<code>$1</code>'));
      expect(card).toContain(escaped(finding.fix).replace(/`([^`]+)`/g, '<code>$1</code>'));
      expect(card).toContain(finding.severity === 'error' ? 'Error' : finding.severity === 'warning' ? 'Warning' : 'Notice');
      if (finding.service) {
        expect(card).toContain(escaped(finding.service.name));
        expect(card).toContain(finding.service.source === 'config' ? 'declared in the page’s config' : 'recognised from the catalogue');
      }
    });
  });

  it('shows each page’s regime and what was granted at the end of a pass', () => {
    const html = renderHtmlReport(sampleReport());
    expect(html).toContain('<dt>Regime</dt><dd><code>opt-in</code></dd>');
    expect(html).toContain('; granted then: <code>necessary</code></p>');
  });

  it('shows the evidence of cookies, storage and requests', () => {
    const cards = articles(failing);
    const cookie = cards.find((card) => card.includes('Cookie set before any decision') && card.includes('googletagmanager'))!;
    expect(cookie).toContain('<dt>Domain</dt><dd><code>.shop.example</code></dd>');
    expect(cookie).toMatch(/<dt>Expires<\/dt><dd>2026-05-28 20:26:40 UTC \(in \d+ days\)<\/dd>/);
    expect(cookie).toContain('not HttpOnly, Secure, SameSite=Lax');
    expect(cookie).toContain('script <code>https://www.googletagmanager.com/gtag/js</code>');
    expect(cookie).toContain('first-party');
    const session = cards.find((card) => card.includes('Cookie not declared in the config'))!;
    expect(session).toContain('<dt>Expires</dt><dd>session</dd>');
    expect(session).toContain('<code>Set-Cookie</code> header of');
    const storage = cards.find((card) => card.includes('Storage used before any decision'))!;
    expect(storage).toContain('<dt>Area</dt><dd>localStorage</dd>');
    expect(storage).toContain('<dt>Origin</dt><dd><code>https://shop.example</code></dd>');
    const request = cards.find((card) => card.includes('Third-party request after Reject all'))!;
    expect(request).toContain(`<dt>URL</dt><dd><code>${escaped(HOSTILE_URL)}</code></dd>`);
    expect(request).toContain('<dt>Resource type</dt><dd>image</dd>');
    expect(request).toContain('<dt>Frame</dt><dd><code>https://shop.example/</code></dd>');
  });

  it('escapes everything that comes from the scanned site', () => {
    for (const html of [failing, passing]) {
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/<[^>]*\sonerror\s*=/i);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<b>');
      expect(html).not.toContain(HOSTILE_URL);
      expect(html).not.toContain(HOSTILE_KEY);
      expect(html).toContain(escaped(HOSTILE_COOKIE));
      expect(html).toContain(escaped(HOSTILE_KEY));
    }
    expect(failing).toContain(escaped(HOSTILE_URL));
    expect(failing).toContain(escaped(HOSTILE_ERROR));
  });

  it('escapes site data in attributes and shows invisible or direction-changing characters', () => {
    const report = sampleReport();
    report.startUrl = 'https://evil.example/"><script>x()</script>';
    report.tool.version = '1" onload="x()';
    report.pages[0]!.passes[0]!.cookies[0]!.name = 'abc\u202Egnp.exe\u0000';
    const html = renderHtmlReport(report);
    expect(html).not.toContain('<script>x()');
    expect(html).not.toContain('" onload="');
    expect(html).toContain('<title>Assent scan report: https://evil.example/&quot;&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
    expect(html).toContain('abc⟨U+202E⟩gnp.exe⟨U+0000⟩');
    expect(html).not.toContain('\u202E');
  });

  it('shows the banner screenshot as a data URL when given, and no image when not or when its data is not base64', () => {
    expect(failing).toContain(`<img src="data:image/png;base64,${SAMPLE_PNG_BASE64}" alt="`);
    expect(failing).toMatch(/<figcaption>Before any decision: the banner on <code>https:\/\/shop\.example\/<\/code>\.<\/figcaption>/);
    expect(passing).not.toContain('<img');
    expect(passing).toContain('No screenshot was taken.');
    const report = sampleReport();
    report.screenshot!.base64 = 'AAAA" onerror="alert(1)';
    const bad = renderHtmlReport(report);
    expect(bad).not.toContain('<img');
    expect(bad).toContain('is left out: its data is not valid base64');
  });

  it('reads fail or pass at a glance, in words and with an icon', () => {
    expect(failing).toContain('class="verdict fail"');
    expect(failing).toContain('<h2 id="verdict-title">Fail: 7 errors, 3 warnings, 3 notices</h2>');
    expect(failing).toContain('7 errors on 2 pages of 3');
    expect(passing).toContain('class="verdict pass"');
    expect(passing).toContain('<h2 id="verdict-title">Pass: 0 errors, 3 warnings, 3 notices</h2>');
    expect(passing).toContain('3 warnings need a decision');
    expect(passing).not.toContain('Fail:');
    expect(passing).toContain('<li class="zero">');
    const verdict = (html: string) => html.slice(html.indexOf('id="verdict"'), html.indexOf('id="findings"'));
    expect(verdict(failing)).toContain('<svg class="icon"');
    expect(verdict(passing)).toContain('<svg class="icon"');
  });

  it('is self-contained: no script, no external resource, its own strict CSP allowing only its style sheet', () => {
    for (const html of [failing, passing]) {
      expect(html).not.toMatch(/<script\b/i);
      expect(html).not.toMatch(/<link\b/i);
      expect(html).not.toMatch(/@import|url\(/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
      for (const [tag] of html.matchAll(/<(?:link|script|img|iframe|a)\b[^>]*>/gi)) expect(tag).not.toMatch(/\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^#[a-z0-9-]+$/);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
      expect(style).toBeDefined();
      const hash = createHash('sha256').update(style!, 'utf8').digest('base64');
      expect(unescaped(csp!)).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
    }
  });

  it('gives the proposed services as JSON ready to paste, without source and seen, and shows what was seen', () => {
    const report = sampleReport();
    const block = /<pre id="proposed-config"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(failing)?.[1];
    expect(block).toBeDefined();
    expect(block).not.toContain('<');
    const parsed = JSON.parse(unescaped(block!)) as unknown;
    expect(parsed).toEqual(report.proposedServices.map(({ source: _source, seen: _seen, ...service }) => service));
    expect(unescaped(block!)).toContain('\n  {\n    "id": "hotjar",');
    const proposed = failing.slice(failing.indexOf('id="proposed"'), failing.indexOf('<pre id="proposed-config"'));
    expect(proposed).toContain('<code>_hjid</code>');
    expect(proposed).toContain('known service, from the catalogue');
    expect(proposed).toContain('made from what was seen');
  });

  it('writes invisible characters in the JSON block as \\u escapes, which parse to the same value', () => {
    const report = sampleReport();
    report.proposedServices[0]!.name = 'Hot\u202Ejar';
    const block = /<pre id="proposed-config"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(renderHtmlReport(report))![1]!;
    expect(block).toContain('Hot\\u202ejar');
    expect((JSON.parse(unescaped(block)) as Array<{ name: string }>)[0]!.name).toBe('Hot\u202Ejar');
  });

  it('has a collapsible block per page with accessible tables for each pass', () => {
    const report = sampleReport();
    const pages = [...failing.matchAll(/<details class="page" id="page-(\d+)"[^>]*>([\s\S]*?)<\/details>/g)];
    expect(pages.map((m) => m[1])).toEqual(['1', '2', '3']);
    report.pages.forEach((page, index) => {
      const block = pages[index]![2]!;
      expect(block).toContain(`<summary><h3>Page ${index + 1}: <code>${escaped(page.url)}</code></h3>`);
      for (const pass of page.passes) expect(block).toContain(`<h4>${PASS_LABELS[pass.pass]}</h4>`);
    });
    const home = pages[0]![2]!;
    expect(home).toContain('<caption>Services declared in the page’s config (3)</caption>');
    expect(home).toContain('<caption>Cookies, before any decision (2)</caption>');
    expect(home).toContain('<caption>Cookies, after Reject all (3)</caption>');
    expect(home).toContain('<caption>Third-party requests, after Accept all (3)</caption>');
    expect(home).toContain('<caption>Frames, after Accept all (1)</caption>');
    expect(home).toContain('<caption>Gated scripts and iframes, after withdrawal (2)</caption>');
    expect(home).toContain('<caption>Storage keys, before any decision (1)</caption>');
    expect(home).toContain('did not run');
    expect(home).toContain('<td>ran</td>');
    const tables = [...failing.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(table).toMatch(/^\s*<caption>/);
      expect(table).toContain('<th scope="col">');
      expect(table).not.toMatch(/<th>/);
    }
  });

  it('notes a page without Assent, where only the first pass ran, and lists pass errors', () => {
    const blog = /<details class="page" id="page-2"[^>]*>([\s\S]*?)<\/details>/.exec(failing)![1]!;
    expect(blog).toContain('<span class="badge notice">');
    expect(blog).toContain('This page runs no Assent: only the first pass (before any decision) ran.');
    expect(blog).toContain('Assent was not found on the page');
    const checkout = /<details class="page" id="page-3"[^>]*>([\s\S]*?)<\/details>/.exec(failing)![1]!;
    expect(checkout).toContain(`<li>${escaped(HOSTILE_ERROR)}</li>`);
    expect(checkout).toContain('The page’s config declares no services.');
    expect(checkout).toContain('<p class="none">No cookies, storage keys, third-party requests, frames or gated scripts or iframes after Reject all.</p>');
    expect(checkout).toContain('<p class="none">No cookies, third-party requests, frames or gated scripts or iframes after Accept all.</p>');
  });

  it('opens the pages of a short report and keeps those of a long one closed', () => {
    expect(failing).toContain('<details class="page" id="page-1" open>');
    const report = sampleReport();
    report.pages = Array.from({ length: 50 }, (_, index) => ({ ...report.pages[index % 3]!, url: `https://shop.example/p/${index}` }));
    const long = renderHtmlReport(report);
    expect(long.match(/<details class="page"/g)).toHaveLength(50);
    expect(long).not.toMatch(/<details class="page"[^>]* open>/);
    expect(long).toContain('<caption>Scanned pages (50)</caption>');
  });

  it('formats times in UTC whatever the time zone, and is the same on every call', () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(renderHtmlReport(sampleReport())).toBe(failing);
    } finally {
      process.env.TZ = previous;
    }
  });

  it('renders an empty report', () => {
    const report = sampleReport({ passing: true, screenshot: false });
    report.findings = [];
    report.pages = [];
    report.proposedServices = [];
    report.summary = { verdict: 'pass', pages: 0, assentPages: 0, errors: 0, warnings: 0, notices: 0, byKind: {} };
    const html = renderHtmlReport(report);
    expect(html).toContain('Pass: 0 errors, 0 warnings, 0 notices');
    expect(html).toContain('No errors.');
    expect(html).toContain('No page was scanned.');
    expect(html).toContain('Nothing to add');
  });
});

describe('messages and fixes', () => {
  it('show `code` spans as code, and stay escaped inside them', () => {
    const report = sampleReport();
    const first = report.findings[0] as Finding;
    report.findings[0] = { ...first, fix: 'Mark it `type="text/plain" data-consent="<x>"`, then reload.' };
    expect(renderHtmlReport(report)).toContain('Mark it <code>type=&quot;text/plain&quot; data-consent=&quot;&lt;x&gt;&quot;</code>, then reload.');
  });
});
