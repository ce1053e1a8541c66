// The reference server of the ledger's HTTP rows, in a process of its own (so its CPU time can be
// read from /proc like the ledger's): a no-op node:http handler. POST reads the body and answers
// 201 {"ok":true}; GET answers 200 with a body the size of a ledger check's answer.
// Started by servers.mjs as `node noop-server.mjs <port>`; says "ready" over IPC once listening.
import { createServer } from 'node:http';

const CHECK_BODY = JSON.stringify({
  consentId: 'bench-chain-00000',
  status: 'valid',
  event: 'given',
  method: 'custom',
  revision: '1',
  categories: { necessary: true, functional: false, analytics: true, advertising: false },
  recordedAt: '2026-01-01T10:00:00.000Z',
  expiresAt: '2026-07-02T10:00:00.000Z',
});

const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(CHECK_BODY) });
    res.end(CHECK_BODY);
    return;
  }
  req.resume();
  req.on('end', () => {
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': 11 });
    res.end('{"ok":true}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.send?.('ready'));
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
