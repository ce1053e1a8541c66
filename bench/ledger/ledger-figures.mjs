// The ledger figures of @assent/server-sync's own benchmark (packages/server-sync/bench/
// ledger.bench.mjs), run as it is and read from its printed table, plus one reference it lacks:
// a no-op GET handler under the same open-loop 2,000 req/s load as its check-latency runs.
import { fork, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const LEDGER_BENCH = fileURLToPath(new URL('../../packages/server-sync/bench/ledger.bench.mjs', import.meta.url));

/**
 * Splits the ledger bench's table (`label␣␣value␣␣note`, label padded to one width) into rows.
 * @param {string} output its stdout
 * @returns {Map<string, { value: string, note: string }>}
 */
export function parseLedgerTable(output) {
  const rows = new Map();
  for (const line of output.split('\n')) {
    const match = /^(\S.*?\S)\s{2,}(\S(?:.*?\S)?)(?: {2}(.*))?$/.exec(line.trimEnd());
    if (match) rows.set(match[1], { value: match[2], note: match[3] ?? '' });
  }
  return rows;
}

/** The first number in a text (`1,989 rec/s` → 1989); NaN when there is none. */
export const numberIn = (text = '', after = '') => {
  const start = after ? text.indexOf(after) : 0;
  if (start < 0) return NaN;
  const match = /-?\d[\d,]*(?:\.\d+)?/.exec(text.slice(start + after.length));
  return match ? Number(match[0].replaceAll(',', '')) : NaN;
};

/**
 * Runs the ledger bench (it needs @assent/server-sync built) and returns its rows.
 * @param {{ seconds: number, onProgress?: (text: string) => void }} options
 */
export async function runLedgerBench({ seconds, onProgress = () => {} }) {
  const child = spawn(process.execPath, [LEDGER_BENCH], { env: { ...process.env, BENCH_SECONDS: String(seconds) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    for (const line of String(chunk).split('\n')) if (line.trim()) onProgress(`ledger bench: ${line.trim()}`);
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`ledger bench exited with ${code}`);
  return parseLedgerTable(output);
}

/**
 * p50/p99 of a no-op GET handler at a fixed offered rate, measured by the ledger bench's own load
 * generator (its `--client` mode, in a child process), so the load is exactly that of its check runs.
 * @param {{ seconds: number, rate?: number }} options
 */
export async function measureNoopGet({ seconds, rate = 2000 }) {
  const body = JSON.stringify({ consentId: 'bench-consent-00000', status: 'valid', categories: { necessary: true, analytics: true } });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = fork(LEDGER_BENCH, ['--client'], { env: { ...process.env, BENCH_SECONDS: String(seconds) }, stdio: 'inherit' });
  try {
    return await new Promise((resolve, reject) => {
      client.once('message', resolve);
      client.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
      client.send({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port, kind: 'get', rate });
    });
  } finally {
    client.kill();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
