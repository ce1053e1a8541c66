import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLedger } from '../ledger/create-ledger.js';
import { apiKeysFromEnv, type ApiKey } from '../http/api-key.js';
import { createLedgerHandler } from '../http/handler.js';
import { createLedgerServer } from '../http/node-server.js';
import { openStorage } from '../storage/open-storage.js';
import type { LedgerStorage } from '../storage/types.js';

/** Where the CLI writes; injectable for tests. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Progress of a long run (verify), for a terminal; omitted when output is not a TTY. */
  progress?: (done: { records: number; consents: number }) => void;
}

const USAGE = `Usage: assent-ledger <command> [options]

Commands:
  serve                 run the HTTP API (POST /v1/consents, GET /v1/consents/{id}, …)
  verify                check every hash chain; exit code 1 if anything was tampered with
  export <id>           print the records of a consent id, or else of a subject id, as JSON
  purge                 delete evidence past retention after it stopped applying

Options:
  --db <path|url>       SQLite file (default ./assent-ledger.sqlite, or $ASSENT_LEDGER_DB)
                        or postgres://user@host/db
  --port <n>            serve: port (default 8787; 0 picks a free one)
  --host <addr>         serve: address (default 127.0.0.1)
  --origin <origin>     serve: browser origin allowed to write (repeatable)
  --trust-proxy <ip>    serve: proxy whose X-Forwarded-For is believed (repeatable)
  --base-path <path>    serve: prefix the API is mounted under
  --rate-limit <n>      serve: requests per minute and client IP (default 120; 0 turns it off)
  --categories <list>   comma-separated category ids (default necessary,functional,analytics,advertising)
  --retention-days <n>  purge: days evidence is kept after it stopped applying (default 1826)

API keys come from $ASSENT_API_KEYS: comma-separated entries KEY (every scope) or
KEY:scope+scope, with the scopes read (evidence trail), export (a subject's data) and
erase (a subject's identifying data), e.g. ASSENT_API_KEYS="k_officer_…:read+export".`;

/**
 * Runs the `assent-ledger` command line; resolves with the exit code (`serve` resolves once the
 * server has stopped on SIGINT/SIGTERM).
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: string[], output: CliOutput = terminalOutput()): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, id] = positionals;
  if (values.help || !command || !['serve', 'verify', 'export', 'purge'].includes(command)) {
    (values.help ? output.out : output.err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'export' && !id) {
    output.err('export needs a consent id or subject id');
    return 2;
  }
  const retentionDays = values['retention-days'] === undefined ? undefined : Number(values['retention-days']);
  if (retentionDays !== undefined && !(retentionDays >= 0)) {
    output.err('--retention-days must be a number ≥ 0');
    return 2;
  }
  const postgres = /^postgres(ql)?:\/\//i.test(values.db);
  const where = postgres ? redactPassword(values.db) : values.db;
  // Only serve may start a new ledger: an export or verify of a mistyped path must not report
  // "nothing found" from an empty database it just created.
  if (command !== 'serve' && !postgres && !existsSync(values.db)) {
    output.err(`assent-ledger ${command}: no ledger database at ${where} (nothing was created). Give --db PATH|URL or set ASSENT_LEDGER_DB.`);
    return 2;
  }
  let storage: LedgerStorage;
  try {
    storage = await openStorage(values.db);
  } catch (error) {
    output.err(`assent-ledger ${command}: cannot open the ledger database at ${where}: ${(error as Error).message}`);
    return 2;
  }
  const ledger = createLedger({ storage, categories: values.categories?.split(',').map((category) => category.trim()), retentionDays });
  if (command === 'serve') return serve(ledger, values, output);
  try {
    if (command === 'verify') {
      const report = await ledger.verify({ onProgress: output.progress });
      output.out(JSON.stringify(report, null, 2));
      return report.ok ? 0 : 1;
    }
    if (command === 'purge') {
      output.out(JSON.stringify(await ledger.purge()));
      return 0;
    }
    const history = await ledger.history(id!);
    const body = history.length ? { consentId: id, records: history } : await ledger.exportSubject(id!);
    if (!body.records.length) {
      output.err(`assent-ledger export: no records for consent id or subject id "${id}" in ${where}`);
      return 1;
    }
    output.out(JSON.stringify(body, null, 2));
    return 0;
  } finally {
    await ledger.close();
  }
}

type ServeValues = { port: string; host: string; origin: string[]; 'trust-proxy': string[]; 'base-path': string; 'rate-limit': string; db: string };

async function serve(ledger: ReturnType<typeof createLedger>, values: ServeValues, output: CliOutput): Promise<number> {
  const perMinute = Number(values['rate-limit']);
  let apiKeys: ApiKey[];
  try {
    apiKeys = apiKeysFromEnv();
  } catch (error) {
    output.err((error as Error).message);
    await ledger.close();
    return 2;
  }
  const handler = createLedgerHandler({
    ledger,
    apiKeys,
    allowedOrigins: values.origin,
    trustedProxies: values['trust-proxy'],
    basePath: values['base-path'],
    rateLimit: perMinute > 0 ? { max: perMinute, windowMs: 60_000 } : false,
    log: (entry) => entry.level === 'error' && output.err(`[assent-ledger] ${entry.status} ${entry.code} ${entry.route}: ${entry.message}`),
  });
  const server = createLedgerServer(handler);
  return new Promise((resolve) => {
    const stop = () => {
      server.close(() => void ledger.close().then(() => resolve(0)));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.listen(Number(values.port), values.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : values.port;
      const where = /^postgres/i.test(values.db) ? 'postgres' : `sqlite ${values.db}`;
      output.out(`assent-ledger listening on http://${values.host}:${port} (${where})`);
    });
  });
}

const redactPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');

// stdout for results, stderr for messages; on a terminal, a progress line that rewrites itself
// at most every 250 ms.
function terminalOutput(): CliOutput {
  let shown = 0;
  return {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    progress: process.stderr.isTTY
      ? ({ records, consents }) => {
          if (performance.now() - shown < 250) return;
          shown = performance.now();
          process.stderr.write(`\rverified ${records.toLocaleString('en-US')} records in ${consents.toLocaleString('en-US')} chains…`);
        }
      : undefined,
  };
}

// Throws on an unknown option or a missing value.
function parseCliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: process.env.ASSENT_LEDGER_DB ?? './assent-ledger.sqlite' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true, default: [] },
      'trust-proxy': { type: 'string', multiple: true, default: [] },
      'base-path': { type: 'string', default: '' },
      'rate-limit': { type: 'string', default: '120' },
      categories: { type: 'string' },
      'retention-days': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
