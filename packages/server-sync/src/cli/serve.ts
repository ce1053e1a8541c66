import type { ServerResponse } from 'node:http';
import type { ApiKey } from '../http/api-key.js';
import { apiKeysFromEnv } from '../http/api-key.js';
import { createLedgerHandler } from '../http/handler.js';
import { createLedgerServer } from '../http/node-server.js';
import type { Ledger } from '../ledger/create-ledger.js';
import { scheduleRetention } from '../ledger/retention-schedule.js';
import { createVendorListCache, type VendorListCache } from '../tcf/vendor-list-cache.js';
import type { CliOutput } from './output.js';
import type { WorkerRole } from './workers.js';

// How long requests in flight at SIGINT/SIGTERM may take to finish before they are cut off.
const STOP_GRACE_MS = 10_000;

/** The options of `serve` the command line gives. */
export type ServeValues = {
  port: string;
  host: string;
  origin: string[];
  'trust-proxy': string[];
  'base-path': string;
  'rate-limit': string;
  db: string;
  console?: boolean;
  'public-origin'?: string | undefined;
  tcf?: boolean;
  'tcf-vendor-list'?: string | undefined;
  'tcf-refresh-hours'?: string | undefined;
  'tcf-cache'?: string | undefined;
};

/** Where the vendor list is kept when `--tcf-cache` is not given: beside a SQLite file, else in the working directory. */
const defaultVendorListFile = (db: string) => (/^postgres/i.test(db) ? 'assent-vendor-list.json' : `${db}.vendor-list.json`);

/**
 * The Global Vendor List cache `--tcf` / `--tcf-vendor-list` ask for, `undefined` when TCF serving
 * is off; throws a message for the command line when a flag is malformed.
 */
function vendorListCacheOf(values: ServeValues, output: CliOutput): VendorListCache | undefined {
  const source = values['tcf-vendor-list'];
  if (!values.tcf && source === undefined) return undefined;
  if (source !== undefined && !/^https?:\/\//i.test(source)) throw new Error(`--tcf-vendor-list: not an http(s) URL: ${source}`);
  const hours = values['tcf-refresh-hours'] === undefined ? 24 : Number(values['tcf-refresh-hours']);
  if (!(hours > 0)) throw new Error(`--tcf-refresh-hours: not a positive number: ${values['tcf-refresh-hours']}`);
  return createVendorListCache({
    cacheFile: values['tcf-cache'] ?? defaultVendorListFile(values.db),
    ...(source !== undefined && { source }),
    refreshHours: hours,
    log: (line) => output.err(`[assent-ledger] ${line}`),
  });
}

/**
 * `assent-ledger serve`: the HTTP API on node:http until SIGINT/SIGTERM, with the retention
 * schedule when asked for; resolves with the exit code once stopped. On a signal it takes no new
 * connections, lets the requests in flight finish (up to 10 s) and closes the storage. As a worker
 * of `serve --workers` (`role`), only the first worker purges and prints the addresses; the
 * supervisor prints the listening line.
 *
 * @example
 * process.exitCode = await serve(ledger, values, output, 1826);
 */
export async function serve(ledger: Ledger, values: ServeValues, output: CliOutput, retentionDays?: number, role?: WorkerRole): Promise<number> {
  const perMinute = Number(values['rate-limit']);
  let apiKeys: ApiKey[];
  try {
    apiKeys = apiKeysFromEnv();
  } catch (error) {
    output.err((error as Error).message);
    await ledger.close();
    return 2;
  }
  if (values.console && !apiKeys.some((key) => key.scopes.includes('console'))) {
    output.err('--console: no API key has the console scope; add one to ASSENT_API_KEYS, e.g. "k_officer_…:read+export+erase+console"');
    await ledger.close();
    return 2;
  }
  let publicOrigin: string | undefined;
  try {
    publicOrigin = values['public-origin'] === undefined ? undefined : new URL(values['public-origin']).origin;
    if (publicOrigin === 'null') throw new Error('not an http(s) origin');
  } catch {
    output.err(`--public-origin: not an origin like https://consent.example.com: ${values['public-origin']}`);
    await ledger.close();
    return 2;
  }
  let tcfVendorList: VendorListCache | undefined;
  try {
    tcfVendorList = vendorListCacheOf(values, output);
  } catch (error) {
    output.err((error as Error).message);
    await ledger.close();
    return 2;
  }
  // Only when asked: purging deletes evidence, so an upgrade must not start doing it unannounced.
  // One purge per service, not one per worker: the others would find nothing left but audit it.
  const retention =
    retentionDays === undefined || (role && role.slot > 0)
      ? undefined
      : scheduleRetention({ ledger, retentionDays, log: (line, report) => (report ? output.out : output.err)(`[assent-ledger] ${line}`) });
  const handler = createLedgerHandler({
    ledger,
    apiKeys,
    ...(publicOrigin && { publicOrigin }),
    ...(tcfVendorList && { tcfVendorList }),
    // Every worker reports the retention in force; only the one that runs it knows the next run.
    ...(retentionDays !== undefined && { retention: { days: retentionDays, nextRunAt: () => retention?.nextRunAt() } }),
    allowedOrigins: values.origin,
    trustedProxies: values['trust-proxy'],
    basePath: values['base-path'],
    rateLimit: perMinute > 0 ? { max: perMinute, windowMs: 60_000 } : false,
    log: (entry) => entry.level === 'error' && output.err(`[assent-ledger] ${entry.status} ${entry.code} ${entry.route}: ${entry.message}`),
  });
  const server = createLedgerServer(handler);
  tcfVendorList?.start();
  // Responses not yet sent when the server stops say `Connection: close`, so a keep-alive
  // connection ends with its request instead of idling until its timeout.
  const unanswered = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_request, response: ServerResponse) => {
    if (stopping) return response.setHeader('connection', 'close');
    unanswered.add(response);
    response.once('close', () => unanswered.delete(response));
  });
  return new Promise((resolve) => {
    const stop = () => {
      // Once: a worker hears SIGINT from the terminal and SIGTERM from its supervisor.
      if (stopping) return;
      stopping = true;
      retention?.stop();
      tcfVendorList?.stop();
      for (const response of unanswered) if (!response.headersSent) response.setHeader('connection', 'close');
      const cutOff = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
      // A purge in progress finishes before the storage closes.
      server.close(() => {
        clearTimeout(cutOff);
        void Promise.resolve(retention?.idle()).then(() => ledger.close().then(() => resolve(0)));
      });
      server.closeIdleConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.listen(Number(values.port), values.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : values.port;
      const where = /^postgres/i.test(values.db) ? 'postgres' : `sqlite ${values.db}`;
      if (role && role.slot > 0) return;
      if (!role) output.out(`assent-ledger listening on http://${values.host}:${port} (${where})`);
      if (apiKeys.some((key) => key.scopes.includes('console')))
        output.out(`privacy officer's console: http://${values.host}:${port}${values['base-path']}/console/`);
      if (tcfVendorList) output.out(`IAB TCF vendor list: http://${values.host}:${port}${values['base-path']}/v1/tcf/vendor-list.json`);
      if (!ledger.log.verifierKey) output.err(`[assent-ledger] no log signer key: records are logged, but no checkpoint is signed (run assent-ledger keygen)`);
    });
  });
}
