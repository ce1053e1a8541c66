import type { ApiKey } from '../http/api-key.js';
import { apiKeysFromEnv } from '../http/api-key.js';
import { createLedgerHandler } from '../http/handler.js';
import { createLedgerServer } from '../http/node-server.js';
import type { Ledger } from '../ledger/create-ledger.js';
import { scheduleRetention } from '../ledger/retention-schedule.js';
import type { CliOutput } from './output.js';

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
};

/**
 * `assent-ledger serve`: the HTTP API on node:http until SIGINT/SIGTERM, with the retention
 * schedule when asked for; resolves with the exit code once stopped.
 *
 * @example
 * process.exitCode = await serve(ledger, values, output, 1826);
 */
export async function serve(ledger: Ledger, values: ServeValues, output: CliOutput, retentionDays?: number): Promise<number> {
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
  // Only when asked: purging deletes evidence, so an upgrade must not start doing it unannounced.
  const retention =
    retentionDays === undefined
      ? undefined
      : scheduleRetention({ ledger, retentionDays, log: (line, report) => (report ? output.out : output.err)(`[assent-ledger] ${line}`) });
  const handler = createLedgerHandler({
    ledger,
    apiKeys,
    ...(publicOrigin && { publicOrigin }),
    ...(retention && retentionDays !== undefined && { retention: { days: retentionDays, nextRunAt: () => retention.nextRunAt() } }),
    allowedOrigins: values.origin,
    trustedProxies: values['trust-proxy'],
    basePath: values['base-path'],
    rateLimit: perMinute > 0 ? { max: perMinute, windowMs: 60_000 } : false,
    log: (entry) => entry.level === 'error' && output.err(`[assent-ledger] ${entry.status} ${entry.code} ${entry.route}: ${entry.message}`),
  });
  const server = createLedgerServer(handler);
  return new Promise((resolve) => {
    const stop = () => {
      retention?.stop();
      // A purge in progress finishes before the storage closes.
      server.close(() => void Promise.resolve(retention?.idle()).then(() => ledger.close().then(() => resolve(0))));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.listen(Number(values.port), values.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : values.port;
      const where = /^postgres/i.test(values.db) ? 'postgres' : `sqlite ${values.db}`;
      output.out(`assent-ledger listening on http://${values.host}:${port} (${where})`);
      if (apiKeys.some((key) => key.scopes.includes('console')))
        output.out(`privacy officer's console: http://${values.host}:${port}${values['base-path']}/console/`);
      if (!ledger.log.verifierKey) output.err(`[assent-ledger] no log signer key: records are logged, but no checkpoint is signed (run assent-ledger keygen)`);
    });
  });
}
