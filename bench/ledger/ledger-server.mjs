// A ledger server for the bench, in a process of its own: the handler and node:http server
// `assent-ledger serve` uses (createLedgerHandler + createLedgerServer, rate limit off), with the
// storage options the CLI has no flag for (`transparencyLog: false`, for the log's on/off rows).
// With `workers` > 1 it is a node:cluster primary forking that many workers, each with its own
// ledger on the same PostgreSQL database, sharing the port (the primary hands out connections
// round-robin) — the stand-in for `assent-ledger serve --workers N` on a CLI without that flag.
// Started by servers.mjs as `node ledger-server.mjs '<json options>'`; says "ready" over IPC.
import cluster from 'node:cluster';
import { createLedger, createLedgerHandler, createLedgerServer, openPostgresStorage, openSqliteStorage } from '@assent/server-sync';

/** @type {{ db: string, port: number, workers?: number, transparencyLog?: boolean, signerKey?: string }} */
const options = JSON.parse(process.argv[2] ?? '{}');
const workers = options.workers ?? 1;

async function serve() {
  const storageOptions = { transparencyLog: options.transparencyLog ?? true };
  const storage = /^postgres/i.test(options.db) ? await openPostgresStorage(options.db, storageOptions) : openSqliteStorage(options.db, storageOptions);
  const ledger = createLedger({ storage, ...(options.signerKey && { log: { signerKey: options.signerKey } }) });
  const server = createLedgerServer(createLedgerHandler({ ledger, rateLimit: false }));
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(options.port, '127.0.0.1', () => resolve(undefined)));
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void ledger.close().then(() => process.exit(0)));
  };
  process.once('SIGTERM', stop);
  // A cluster worker is told to stop by its primary disconnecting.
  if (cluster.isWorker) cluster.worker?.once('disconnect', stop);
}

if (workers > 1 && cluster.isPrimary) {
  let listening = 0;
  for (let index = 0; index < workers; index++) cluster.fork();
  cluster.on('listening', () => ++listening === workers && process.send?.('ready'));
  cluster.on('exit', (_worker, code, signal) => code && console.error(`[ledger-server] a worker exited with ${code ?? signal}`));
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    let alive = workers;
    cluster.on('exit', () => --alive === 0 && process.exit(0));
  });
} else {
  await serve();
  if (!cluster.isWorker) process.send?.('ready');
}
