// Load runs for the ledger's HTTP rows, each in a fresh child process: autocannon (pinned 8.0.0 in
// bench/) for every closed-loop run and for the preload, and the paced generator for the one load
// autocannon cannot make, an even open-loop rate. Both answer the same figures.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHAINS } from './http-requests.mjs';

/** The autocannon release the rows name; read from the installed package, so a bump shows in the rows. */
export const AUTOCANNON = `autocannon ${(await import('autocannon/package.json', { with: { type: 'json' } })).default.version}`;

/** The number of keep-alive connections of every HTTP run. */
export const CONNECTIONS = 50;

/**
 * @typedef {{ ok: number, non2xx: number, statusCodes: Record<string, number>, errors: number, timeouts: number, seconds: number, perSecond: number, p50: number, p99: number }} LoadResult
 *   ok: 2xx answers (the only ones counted as done); perSecond: ok ÷ seconds; p50/p99 in ms over the 2xx
 */

/**
 * @param {string} script
 * @param {object} options
 * @returns {Promise<LoadResult>}
 */
async function inChild(script, options) {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const answer = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before answering`)));
      child.send(options);
    });
    if (answer.error) throw new Error(`${script}: ${answer.error}`);
    return answer.result;
  } finally {
    child.kill();
  }
}

/**
 * One autocannon run: closed loop over `connections` (or `amount` requests, then stop).
 * @param {{ url: string, kind: 'ingest' | 'check' | 'preload', chains?: number, seconds?: number, amount?: number, connections?: number, rate?: number }} options
 *   chains: how many chains were (or are to be) preloaded (default CHAINS)
 * @example
 * const { perSecond, p99 } = await autocannonRun({ url: 'http://127.0.0.1:8787', kind: 'check', seconds: 5 });
 */
export const autocannonRun = (options) => inChild('./autocannon-client.mjs', { connections: CONNECTIONS, chains: CHAINS, ...options });

/**
 * One run at an even offered rate (request i due at i ÷ rate seconds; latency from the due time).
 * @param {{ url: string, kind: 'ingest' | 'check', seconds: number, rate: number, chains?: number, connections?: number }} options
 * @example
 * const { p50, p99 } = await pacedRun({ url, kind: 'check', seconds: 5, rate: 2000 });
 */
export const pacedRun = (options) => inChild('./paced-client.mjs', { connections: CONNECTIONS, chains: CHAINS, ...options });
