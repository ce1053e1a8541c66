import { writeFileSync } from 'node:fs';
import { BrowserNotFoundError } from '../browser/find-chromium.js';
import { renderHtmlReport } from '../report/html.js';
import type { ScanReport, Severity } from '../report/types.js';
import { ScanOptionsError, scanSite } from '../scan.js';
import { SCANNER_VERSION } from '../version.js';
import { type FailOn, parseCli, USAGE, UsageError } from './args.js';
import { progressBar } from './progress.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const LISTED = 20;
const FLAGS: Record<string, string> = {
  url: 'url',
  pages: '--pages',
  concurrency: '--concurrency',
  passes: '--passes',
  timeoutMs: '--timeout',
  settleMs: '--settle',
};

/**
 * Runs `assent-scan` with the given arguments; resolves to the exit code.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<number> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`assent-scan: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') return (out.write(`${USAGE}\n`), 0);
  if (options === 'version') return (out.write(`${SCANNER_VERSION}\n`), 0);

  // With the JSON on stdout, everything for people goes to stderr.
  const say = options.json === '-' ? err : out;
  const bar = options.quiet ? undefined : progressBar(err);
  let report: ScanReport;
  try {
    report = await scanSite({ ...options, ...(bar ? { onProgress: bar.update } : {}) });
  } catch (error) {
    bar?.done();
    if (error instanceof ScanOptionsError || error instanceof BrowserNotFoundError) {
      // scanSite() names its option; the user typed the flag.
      err.write(`assent-scan: ${error.message.replace(/^(\w+):/, (_, option: string) => `${FLAGS[option] ?? option}:`)}\n`);
      return 2;
    }
    err.write(`assent-scan: the scan failed: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
  bar?.done();

  if (options.html) writeFileSync(options.html, renderHtmlReport(report));
  if (options.json === '-') out.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);

  const { summary } = report;
  say.write(
    `${summary.verdict === 'pass' ? 'PASS' : 'FAIL'}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices on ${summary.pages} pages (${summary.assentPages} with Assent)\n`,
  );
  if (!options.quiet) {
    for (const finding of report.findings.slice(0, LISTED))
      say.write(`  ${finding.severity.padEnd(7)} ${finding.kind} · ${finding.subject.name} · ${finding.page} · ${finding.pass}\n`);
    if (report.findings.length > LISTED) say.write(`  … and ${report.findings.length - LISTED} more in the report\n`);
  }
  if (options.html) say.write(`HTML report: ${options.html}\n`);
  if (options.json && options.json !== '-') say.write(`JSON report: ${options.json}\n`);
  return failed(report, options.failOn) ? 1 : 0;
}

function failed(report: ScanReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return report.findings.some((finding) => RANK[finding.severity] <= RANK[failOn]);
}
