// The ledger figures of @assent/server-sync's own benchmark (packages/server-sync/bench/
// ledger.bench.mjs), run as it is and read from the JSON it writes, plus one reference it lacks:
// a no-op GET handler under the same open-loop 2,000 req/s load as its check-latency runs.
import { fork, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEDGER_BENCH = fileURLToPath(new URL('../../packages/server-sync/bench/ledger.bench.mjs', import.meta.url));

/**
 * Runs the ledger bench (it needs @assent/server-sync built) and returns the figures it writes as
 * JSON (`BENCH_JSON`): times in ms, rates per second. Its printed table goes to the progress log.
 * @param {{ seconds: number, onProgress?: (text: string) => void }} options
 * @returns {Promise<Record<string, any>>}
 */
export async function runLedgerBench({ seconds, onProgress = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-bench-figures-'));
  const file = join(dir, 'ledger.json');
  try {
    const child = spawn(process.execPath, [LEDGER_BENCH], {
      env: { ...process.env, BENCH_SECONDS: String(seconds), BENCH_JSON: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) onProgress(`ledger bench: ${line.trim()}`);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`ledger bench exited with ${code}`);
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
