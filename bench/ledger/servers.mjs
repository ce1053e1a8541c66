// Starts and stops the servers of the ledger's HTTP rows, each in a process of its own, so its CPU
// time can be read from /proc (bench/lib/process-cpu.mjs) and the orchestrating bench never shares
// its event loop. Every server listens on 127.0.0.1 only.
import { fork, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/server-sync/bin/assent-ledger.mjs', import.meta.url));

/** @typedef {{ pid: number, url: string, served: string, stop: () => Promise<void> }} RunningServer */

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** SIGTERM, then SIGKILL if the process has not exited within 10 s. */
function stopper(child) {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => (clearTimeout(kill), resolve(undefined)));
      child.kill('SIGTERM');
    });
}

/** Resolves when a forked server says "ready"; rejects when it exits first. */
function ready(child, what) {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => message === 'ready' && resolve(undefined));
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code} before listening`)));
  });
}

/**
 * The no-op node:http reference (POST and GET).
 * @returns {Promise<RunningServer>}
 */
export async function startNoopServer() {
  const port = await freePort();
  const child = fork(fileURLToPath(new URL('./noop-server.mjs', import.meta.url)), [String(port)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await ready(child, 'the no-op server');
  return { pid: /** @type {number} */ (child.pid), url: `http://127.0.0.1:${port}`, served: 'no-op node:http handler', stop: stopper(child) };
}

let cliWorkers;
/** Whether the built `assent-ledger` has `serve --workers` (read once from its usage text). */
export function cliHasWorkers() {
  cliWorkers ??= /--workers\b/.test(spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '');
  return cliWorkers;
}

async function healthy(url, child, what) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before listening`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer /healthz within 60 s`);
}

/**
 * A ledger server on `db` (a SQLite file or a postgres:// URL). With `cli`, `assent-ledger serve
 * --workers N` when the built CLI has that flag; otherwise (and without `cli`) bench/ledger's
 * ledger-server.mjs, the same handler and server, as a node:cluster primary when `workers` > 1.
 * `served` says which one ran. The database must be migrated already (open it once first) when
 * several workers start on it at once.
 * @param {{ db: string, workers?: number, cli?: boolean, transparencyLog?: boolean, signerKey?: string, execArgv?: string[] }} options
 *   execArgv: node flags of the server process (e.g. --cpu-prof), bench wrapper only
 * @returns {Promise<RunningServer>}
 */
export async function startLedgerServer({ db, workers = 1, cli = false, transparencyLog = true, signerKey, execArgv = [] }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  if (cli && !execArgv.length && cliHasWorkers()) {
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', String(port), '--rate-limit', '0', '--workers', String(workers)], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...(signerKey && { ASSENT_LOG_KEY: signerKey }) },
    });
    await healthy(url, child, 'assent-ledger serve');
    return { pid: /** @type {number} */ (child.pid), url, served: `assent-ledger serve --workers ${workers}`, stop: stopper(child) };
  }
  const child = fork(fileURLToPath(new URL('./ledger-server.mjs', import.meta.url)), [JSON.stringify({ db, port, workers, transparencyLog, signerKey })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv,
  });
  await ready(child, 'the ledger server');
  const served =
    workers > 1
      ? `${workers} node:cluster workers (bench wrapper: the CLI has no --workers yet)`
      : cli
        ? '1 process (bench wrapper: the CLI has no --workers yet)'
        : '1 process';
  return { pid: /** @type {number} */ (child.pid), url, served, stop: stopper(child) };
}
