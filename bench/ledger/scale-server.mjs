// One ledger served over HTTP in a process of its own, as `assent-ledger serve` runs it (the
// handler, the Node adapter, the ledger's default storage settings; the per-IP rate limit off, since
// all load comes from 127.0.0.1). Forked by scale-http.mjs with { kind, location }: it opens the
// store, listens on a free loopback port, reports { port, openSeconds } and closes on 'stop'.
import { createServer } from 'node:http';
import { createLedger, createLedgerHandler, openPostgresStorage, openSqliteStorage, toNodeListener } from '@assent/server-sync';

process.once('message', async ({ kind, location }) => {
  const opening = performance.now();
  const storage = kind === 'sqlite' ? openSqliteStorage(location) : await openPostgresStorage(location);
  const ledger = createLedger({ storage });
  const openSeconds = (performance.now() - opening) / 1000;
  const server = createServer(toNodeListener(createLedgerHandler({ ledger, rateLimit: false })));
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send({ port: server.address().port, openSeconds });
  process.once('message', async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await ledger.close();
    process.exit(0);
  });
});
