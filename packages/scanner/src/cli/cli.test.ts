import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFixtureSite } from '../../test-support/fixture-site.mjs';
import { SCANNER_VERSION } from '../version.js';
import { parseCli, UsageError } from './args.js';
import { main } from './main.js';

// A stream that keeps what is written, for main()'s output.
const sink = () => {
  const chunks: string[] = [];
  return { stream: { write: (chunk: string) => chunks.push(chunk) > 0, isTTY: false } as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
};

describe('parseCli()', () => {
  it('takes the start URL and the options, with defaults', () => {
    expect(parseCli(['https://example.com/'])).toEqual({
      url: 'https://example.com/',
      sitemap: true,
      html: 'assent-scan-report.html',
      json: undefined,
      failOn: 'error',
      quiet: false,
    });
    expect(
      parseCli([
        'https://example.com/',
        '--pages',
        '20',
        '--concurrency=3',
        '--browser',
        '/opt/chrome',
        '--no-html',
        '--json',
        '-',
        '--fail-on',
        'warning',
        '--no-sitemap',
        '--timeout',
        '5000',
        '--settle',
        '0',
        '--passes',
        'before-consent, after-reject',
        '--quiet',
      ]),
    ).toEqual({
      url: 'https://example.com/',
      pages: 20,
      concurrency: 3,
      browserPath: '/opt/chrome',
      html: undefined,
      json: '-',
      failOn: 'warning',
      sitemap: false,
      timeoutMs: 5000,
      settleMs: 0,
      passes: ['before-consent', 'after-reject'],
      quiet: true,
    });
  });

  it.each([
    [[], /give the start URL/],
    [['a', 'b'], /one start URL, not 2/],
    [['https://example.com/', '--pages', 'ten'], /--pages: use a whole number, not "ten"/],
    [['https://example.com/', '--fail-on', 'sometimes'], /--fail-on: use one of error, warning, notice, never/],
    [['https://example.com/', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });

  it('answers --help and --version', () => {
    expect(parseCli(['--help'])).toBe('help');
    expect(parseCli(['-h'])).toBe('help');
    expect(parseCli(['--version'])).toBe('version');
  });
});

describe('main()', () => {
  it('exits 2 with the usage on a bad command line, 0 on --help and --version', async () => {
    const [out, err] = [sink(), sink()];
    expect(await main(['--pages'], out.stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/^assent-scan: .*\n\nUsage: assent-scan <url>/s);
    expect(await main(['--help'], out.stream, err.stream)).toBe(0);
    expect(await main(['--version'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toContain(`\n${SCANNER_VERSION}\n`);
  });

  it('exits 2 naming the flag when scanSite() refuses an option', async () => {
    const [out, err] = [sink(), sink()];
    expect(await main(['ftp://example.com/'], out.stream, err.stream)).toBe(2);
    expect(await main(['https://example.com/', '--pages', '0'], out.stream, err.stream)).toBe(2);
    expect(await main(['https://example.com/', '--passes', 'after-lunch'], out.stream, err.stream)).toBe(2);
    expect(err.text()).toBe(
      'assent-scan: url: only http and https pages can be scanned, not ftp:\n' +
        'assent-scan: --pages: use a whole number from 1 to 10000, not 0\n' +
        'assent-scan: --passes: use some of before-consent, after-reject, after-accept, after-withdraw; unknown: after-lunch\n',
    );
  });

  it('exits 2 when the browser named does not exist', async () => {
    const [out, err] = [sink(), sink()];
    expect(await main(['https://example.com/', '--browser', '/nonexistent/chromium'], out.stream, err.stream)).toBe(2);
    expect(err.text()).toBe('assent-scan: --browser /nonexistent/chromium: no executable browser there\n');
  });
});

describe('main() scanning', () => {
  it('writes the reports and exits 1 on findings at or above --fail-on, 0 below', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-scan-cli-'));
    const [faulty, clean] = await Promise.all([startFixtureSite({ variant: 'faulty' }), startFixtureSite({ variant: 'clean' })]);
    try {
      const [out, err] = [sink(), sink()];
      const html = join(dir, 'report.html');
      // JSON on stdout: the summary for people goes to stderr then.
      expect(await main([faulty.url, '--pages', '1', '--no-sitemap', '--json', '-', '--html', html], out.stream, err.stream)).toBe(1);
      const report = JSON.parse(out.text());
      expect(report).toMatchObject({ schemaVersion: 1, summary: { verdict: 'fail', pages: 1 } });
      expect(err.text()).toMatch(/^FAIL: \d+ errors, \d+ warnings, \d+ notices on 1 pages \(1 with Assent\)\n {2}error {3}cookie-before-consent · /);
      expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);

      const [quietOut, quietErr] = [sink(), sink()];
      const json = join(dir, 'clean.json');
      const args = [clean.url, '--pages', '1', '--no-sitemap', '--no-html', '--json', json, '--fail-on', 'notice', '--passes', 'before-consent,after-reject'];
      expect(await main(args, quietOut.stream, quietErr.stream)).toBe(0);
      expect(quietOut.text()).toBe(`PASS: 0 errors, 0 warnings, 0 notices on 1 pages (1 with Assent)\nJSON report: ${json}\n`);
      expect(JSON.parse(readFileSync(json, 'utf8')).options.passes).toEqual(['before-consent', 'after-reject']);
    } finally {
      await Promise.all([faulty.close(), clean.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('SCANNER_VERSION', () => {
  it('is the package version', () => {
    expect(SCANNER_VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});
