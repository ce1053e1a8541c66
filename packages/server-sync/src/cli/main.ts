import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLedger } from '../ledger/create-ledger.js';
import { MissingDriverError } from '../storage/drivers.js';
import { openStorage } from '../storage/open-storage.js';
import type { LedgerStorage } from '../storage/types.js';
import { DEFAULT_LOG_KEY_FILE, keygen, printCheckpoint, signerKeyFrom, witnessOptions } from './log-commands.js';
import { terminalOutput, writeExport, type CliOutput } from './output.js';
import { serve } from './serve.js';
import { leaveSupervisor, parseWorkers, superviseWorkers, workerRole } from './workers.js';

export type { CliOutput, CliProgress } from './output.js';

/** The ledger every subcommand uses when --db is not given. */
export const DEFAULT_DB = './assent-ledger.sqlite';
// Who the audit log names for what the command line erases, verifies and purges.
const CLI_ACTOR = 'cli';
const defaultDb = () => process.env.ASSENT_LEDGER_DB || DEFAULT_DB;

const usage = () => `Usage: assent-ledger <command> [options]

Commands:
  serve                 run the HTTP API (POST /v1/consents, GET /v1/consents/{id}, …;
                        described at GET /v1/openapi.json)
  verify                check every hash chain and the transparency log against its signed
                        checkpoints; exit code 1 if anything was tampered with
                        (--checkpoint FILE: also against a checkpoint kept elsewhere)
  checkpoint            sign a checkpoint of the log as it is now and print it (to publish
                        or archive: verify --checkpoint proves nothing changed since)
  keygen                make the log's Ed25519 signing key: the signer key goes to --out
                        (default ${DEFAULT_LOG_KEY_FILE}), the verifier key to stdout
  export <id>           print the records of a consent id, or else of a subject id, as JSON
  erase <consent-id>    clear the identifying data (subject id, IP, user agent, salt) of a
                        consent id's records and print what was erased as JSON; exit code 1 if
                        nothing is held. The decisions and their hashes stay.
  erase --subject <id>  the same for every consent id of a known person (subject id)
  purge                 delete evidence past retention after it stopped applying
                        (--dry-run: print what would be deleted, delete nothing)

Options:
  --db <path|url>       the ledger of every command: a SQLite file or postgres://user@host/db
                        (default $ASSENT_LEDGER_DB, else ${DEFAULT_DB}; now: ${redactPassword(defaultDb())})
  --replica <url>       serve: a streaming read replica of the --db PostgreSQL (postgres://…) that
                        answers checks; the primary answers while the replica lags or is down
  --port <n>            serve: port (default 8787; 0 picks a free one)
  --host <addr>         serve: address (default 127.0.0.1)
  --origin <origin>     serve: browser origin allowed to write (repeatable)
  --trust-proxy <ip>    serve: proxy whose X-Forwarded-For is believed (repeatable)
  --base-path <path>    serve: prefix the API is mounted under
  --rate-limit <n>      serve: requests per minute and client IP (default 120; 0 turns it off)
  --workers <n|auto>    serve: processes sharing the port (default 1; auto: one per CPU), each with
                        its own connection pool; PostgreSQL only. A worker that dies is restarted
  --console             serve: the privacy officer's console at /console/ (on anyway when a key
                        has the console scope; with --console, serve refuses to start without one)
  --public-origin <url> serve: the origin browsers use, behind a TLS proxy (https://consent.example.com)
  --tcf                 serve: serve the IAB TCF Global Vendor List at GET /v1/tcf/vendor-list.json,
                        downloaded from the IAB, kept on disk, refreshed on a schedule, served stale
                        when the source is down (on anyway with --tcf-vendor-list)
  --tcf-vendor-list <url>  serve: where the ledger downloads the vendor list from
                        (default https://vendor-list.consensu.org/v3/vendor-list.json)
  --tcf-refresh-hours <n>  serve: hours between downloads (default 24; the IAB publishes weekly)
  --tcf-cache <file>    serve: where the last good copy is kept (default <db>.vendor-list.json beside
                        a SQLite file; ./assent-vendor-list.json with PostgreSQL)
  --categories <list>   comma-separated category ids (default necessary,functional,analytics,advertising)
  --log-key <file>      the log's signer key (default $ASSENT_LOG_KEY_FILE, else ${DEFAULT_LOG_KEY_FILE}
                        if it exists; or the key itself in $ASSENT_LOG_KEY). Without one, serve
                        logs every record but signs no checkpoint
  --verifier-key <key>  verify: the key that checks checkpoints (default: that of the signer key)
  --checkpoint <file>   verify: a signed checkpoint kept elsewhere (repeatable)
  --name <name>         keygen: the log's name, the first line of each checkpoint, e.g.
                        consent.example.com/log (default <hostname>/assent-ledger)
  --out <file>          keygen: where the signer key goes
  --retention-days <n>  purge: days evidence is kept after it stopped applying (default 1826);
                        serve: purge with it at start and then daily (without it, serve never purges)

API keys come from $ASSENT_API_KEYS: comma-separated entries KEY (every scope) or
KEY:scope+scope, with the scopes read (evidence trail), export (a subject's data),
erase (the identifying data of a subject or consent id) and console (the console: statistics, integrity, erasure log),
e.g. ASSENT_API_KEYS="k_officer_…:read+export+console".`;

/**
 * Runs the `assent-ledger` command line; resolves with the exit code (`serve` resolves once the
 * server has stopped on SIGINT/SIGTERM).
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: string[], output: CliOutput = terminalOutput()): Promise<number> {
  try {
    return await runCommand(argv, output);
  } finally {
    // A worker of serve --workers that is done, failed or not, ends: the supervisor's channel would keep it alive.
    leaveSupervisor();
  }
}

async function runCommand(argv: string[], output: CliOutput): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, id] = positionals;
  if (values.help || !command || !['serve', 'verify', 'export', 'purge', 'erase', 'checkpoint', 'keygen'].includes(command)) {
    (values.help ? output.out : output.err)(usage());
    return values.help ? 0 : 2;
  }
  if (command === 'keygen') return keygen(values, output.out, output.err);
  if (command === 'export' && !id) {
    output.err('export needs a consent id or subject id');
    return 2;
  }
  if (command === 'erase' && !id === (values.subject === undefined)) {
    output.err('erase needs a consent id, or --subject <id> (one of them)');
    return 2;
  }
  const retentionDays = values['retention-days'] === undefined ? undefined : Number(values['retention-days']);
  if (retentionDays !== undefined && !(retentionDays >= 0)) {
    output.err('--retention-days must be a number ≥ 0');
    return 2;
  }
  const postgres = /^postgres(ql)?:\/\//i.test(values.db);
  const where = postgres ? redactPassword(values.db) : values.db;
  if (values.replica !== undefined && !(postgres && /^postgres(ql)?:\/\//i.test(values.replica))) {
    output.err(
      `assent-ledger ${command}: ${postgres ? '--replica must be a postgres:// URL' : '--replica needs PostgreSQL (--db postgres://…): a SQLite ledger is one file, with no replica'}`,
    );
    return 2;
  }
  let workers = 1;
  if (values.workers !== undefined) {
    try {
      if (command !== 'serve') throw new Error(`--workers is an option of serve, not of ${command}`);
      workers = parseWorkers(values.workers);
      // Even "1" or "auto" on one CPU: the same command must not work on one machine and not another.
      if (!postgres) throw new Error('--workers needs PostgreSQL (--db postgres://…): SQLite has one writer process');
    } catch (error) {
      output.err(`assent-ledger ${command}: ${(error as Error).message}`);
      return 2;
    }
  }
  // The supervisor holds no pool: each worker (this same command line, forked) opens its own.
  if (workers > 1 && cluster.isPrimary) return superviseWorkers(workers, output, { host: values.host, db: 'postgres' });
  // Only serve may start a new ledger: an export or verify of a mistyped path must not report
  // "nothing found" from an empty database it just created.
  if (command !== 'serve' && !postgres && !existsSync(values.db)) {
    output.err(`assent-ledger ${command}: no ledger database at ${where} (nothing was created). Give --db PATH|URL or set ASSENT_LEDGER_DB.`);
    return 2;
  }
  let storage: LedgerStorage;
  try {
    storage = await openStorage(values.db, { replica: values.replica, onError: (error) => output.err(`[assent-ledger] ${error.message}`) });
  } catch (error) {
    // A driver that is not installed: one line that says what to install.
    if (error instanceof MissingDriverError) output.err(`assent-ledger ${command}: ${error.message}`);
    else output.err(`assent-ledger ${command}: cannot open the ledger database at ${where}: ${(error as Error).message}`);
    return 2;
  }
  let signerKey: string | undefined;
  try {
    signerKey = signerKeyFrom(values);
  } catch (error) {
    output.err(`assent-ledger ${command}: ${(error as Error).message}`);
    await storage.close();
    return 2;
  }
  const ledger = createLedger({
    storage,
    categories: values.categories?.split(',').map((category) => category.trim()),
    retentionDays,
    log: { signerKey },
    onError: (error) => output.err(`[assent-ledger] ${(error as Error).message}`),
  });
  if (command === 'serve') return serve(ledger, values, output, retentionDays, workerRole(workers));
  try {
    if (command === 'verify') {
      const progress = output.progress;
      let witnesses: ReturnType<typeof witnessOptions>;
      try {
        witnesses = witnessOptions(values, ledger);
      } catch (error) {
        output.err(`assent-ledger verify: ${(error as Error).message}`);
        return 2;
      }
      const report = await ledger.verify({ ...witnesses, actor: CLI_ACTOR, onProgress: progress && ((done) => progress({ task: 'verify', ...done })) });
      progress?.({ task: 'verify', records: report.records, consents: report.consents, finished: true });
      output.out(JSON.stringify(report, null, 2));
      return report.ok ? 0 : 1;
    }
    if (command === 'checkpoint') return await printCheckpoint(ledger, output.out, output.err);
    if (command === 'purge') {
      output.out(JSON.stringify(await ledger.purge({ dryRun: values['dry-run'], actor: CLI_ACTOR })));
      return 0;
    }
    if (command === 'erase') {
      const report =
        values.subject === undefined ? await ledger.eraseConsent(id!, { actor: CLI_ACTOR }) : await ledger.eraseSubject(values.subject, { actor: CLI_ACTOR });
      // A repeat by consent id clears 0 records but still finds them (erasedAt set): not an error.
      if ('subjectId' in report ? !report.records : report.erasedAt === null) {
        output.err(`assent-ledger erase: nothing held under ${'subjectId' in report ? 'subject' : 'consent'} id "${values.subject ?? id}" in ${where}`);
        return 1;
      }
      output.out(JSON.stringify(report, null, 2));
      return 0;
    }
    // Reading a large trail takes a while before the first record can be written: say so.
    output.progress?.({ task: 'export', records: 0 });
    const history = await ledger.history(id!);
    const body = history.length ? { consentId: id, records: history, texts: await ledger.textsOf(history) } : await ledger.exportSubject(id!);
    if (!body.records.length) {
      output.err(`assent-ledger export: no records for consent id or subject id "${id}" in ${where}`);
      return 1;
    }
    writeExport(body, output);
    return 0;
  } finally {
    await ledger.close();
  }
}

const redactPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');

// Throws on an unknown option or a missing value.
function parseCliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: defaultDb() },
      replica: { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true, default: [] },
      'trust-proxy': { type: 'string', multiple: true, default: [] },
      'base-path': { type: 'string', default: '' },
      'rate-limit': { type: 'string', default: '120' },
      workers: { type: 'string' },
      console: { type: 'boolean', default: false },
      'public-origin': { type: 'string' },
      tcf: { type: 'boolean', default: false },
      'tcf-vendor-list': { type: 'string' },
      'tcf-refresh-hours': { type: 'string' },
      'tcf-cache': { type: 'string' },
      categories: { type: 'string' },
      'retention-days': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      subject: { type: 'string' },
      'log-key': { type: 'string' },
      'verifier-key': { type: 'string' },
      checkpoint: { type: 'string', multiple: true },
      name: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
