import { parseArgs } from 'node:util';
import type { PassName, Severity } from '../report/types.js';

/** The level of finding that makes `assent-scan` exit with 1. */
export type FailOn = Severity | 'never';

/** What the command line asked for. */
export interface CliOptions {
  url: string;
  pages?: number;
  concurrency?: number;
  browserPath?: string;
  sitemap: boolean;
  passes?: PassName[];
  timeoutMs?: number;
  settleMs?: number;
  /** Where the HTML report goes; `undefined` with `--no-html`. */
  html: string | undefined;
  /** Where the JSON report goes (`-`: stdout); `undefined` when not asked for. */
  json: string | undefined;
  failOn: FailOn;
  quiet: boolean;
}

/** A command line that cannot work: the message says which option and why. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: assent-scan <url> [options]

Crawls a site in Chromium and scans every page before any decision, after
Reject all, after Accept all and after withdrawal; judges what it finds
against the page's Assent config and writes an HTML and a JSON report.

Options:
  --pages N          most pages to scan (default 10)
  --concurrency N    pages scanned at once (default 2)
  --browser PATH     the Chromium to drive (default: found on the system)
  --html FILE        HTML report (default assent-scan-report.html)
  --no-html          no HTML report
  --json FILE        JSON report (schema v1); "-" writes it to stdout
  --fail-on LEVEL    exit 1 on findings of this level or worse:
                     error (default), warning, notice, never
  --passes LIST      comma-separated passes to run (default all four):
                     before-consent,after-reject,after-accept,after-withdraw
  --no-sitemap       do not read /sitemap.xml
  --timeout MS       longest wait for a page to load (default 30000)
  --settle MS        wait after the network is idle (default 500)
  --quiet            no progress bar, no list of findings
  --help, --version

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or scan error.`;

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/**
 * Parses `assent-scan`'s arguments; `'help'` or `'version'` when those are asked for.
 *
 * @example
 * parseCli(['https://example.com/', '--pages', '20']);
 */
export function parseCli(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `one start URL, not ${positionals.length}` : 'give the start URL, e.g. assent-scan https://example.com/');
  const failOn = (values['fail-on'] ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on: use one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  return {
    url: positionals[0] as string,
    ...number('pages', values.pages),
    ...number('concurrency', values.concurrency),
    ...number('timeoutMs', values.timeout, '--timeout'),
    ...number('settleMs', values.settle, '--settle'),
    ...(values.browser ? { browserPath: values.browser } : {}),
    sitemap: !values['no-sitemap'],
    ...(values.passes ? { passes: values.passes.split(',').map((pass) => pass.trim()) as PassName[] } : {}),
    html: values['no-html'] ? undefined : (values.html ?? 'assent-scan-report.html'),
    json: values.json,
    failOn,
    quiet: !!values.quiet,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      pages: { type: 'string' },
      concurrency: { type: 'string' },
      browser: { type: 'string' },
      html: { type: 'string' },
      'no-html': { type: 'boolean' },
      json: { type: 'string' },
      'fail-on': { type: 'string' },
      'no-sitemap': { type: 'boolean' },
      passes: { type: 'string' },
      timeout: { type: 'string' },
      settle: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}

// Range checks are scanSite()'s; here only "is it a whole number".
function number(key: string, text: string | undefined, flag = `--${key}`): Record<string, number> {
  if (text === undefined) return {};
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag}: use a whole number, not "${text}"`);
  return { [key]: Number(text) };
}
