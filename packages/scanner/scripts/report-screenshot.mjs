// Takes the README's screenshot of a real HTML report: scans the faulty fixture site (six known
// faults) with the built scanner, writes the report, opens it in Chromium at 1280 px wide and
// saves the top of it (header, verdict, first findings) as docs/report.png.
//
// Run from packages/scanner after `pnpm run build` (of the scanner and @assent/banner, whose
// script-tag build the fixture serves):
//   node scripts/report-screenshot.mjs
// CHROMIUM_PATH picks the browser (default /usr/bin/chromium). The HTML report is written to a temp
// folder and removed: only the PNG goes into the repository. Takes about a minute (4 pages × 4 passes).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { renderHtmlReport, scanSite } from '../dist/index.js';
import { startFixtureSite } from '../test-support/fixture-site.mjs';

const WIDTH = 1280;
const HEIGHT = 1100;
const MAX_BYTES = 300_000;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = fileURLToPath(new URL('../docs/report.png', import.meta.url));

const site = await startFixtureSite({ variant: 'faulty' });
const scratch = mkdtempSync(join(tmpdir(), 'assent-report-shot-'));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless=new'] });
try {
  const report = await scanSite({ url: site.url, pages: 4, browser });
  const html = join(scratch, 'report.html');
  writeFileSync(html, renderHtmlReport(report));

  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`file://${html}`, { waitUntil: 'load' });
  await page.screenshot({ path: out, type: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  await context.close();

  const { size } = statSync(out);
  console.log(
    `${out}: ${WIDTH}×${HEIGHT}, ${Math.round(size / 1000)} kB (${report.summary.verdict}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices on ${report.summary.pages} pages)`,
  );
  if (size > MAX_BYTES) {
    console.error(`report.png is ${size} bytes, more than ${MAX_BYTES}: clip less of the report`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(scratch, { recursive: true, force: true });
}
