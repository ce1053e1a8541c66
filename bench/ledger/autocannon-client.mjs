// One autocannon run in a process of its own (forked by http-load.mjs), so the load generator never
// shares an event loop with a server or the orchestrating bench. Receives the run's options as one
// IPC message and answers with its figures. Latencies are taken from autocannon's `response` event
// (float ms, 2xx only): its own histogram records whole milliseconds, too coarse for a no-op.
import autocannon from 'autocannon';
import { JSON_HEADERS, checkPath, chainId, decisionBody, ingestBody } from './http-requests.mjs';
import { answerOneRun } from '../lib/child-run.mjs';

/**
 * The request sequence of a kind: `ingest` and `check` as http-requests.mjs describes; `preload`
 * writes one record for each of the `chains` preloaded chains, in order (run it with `amount: chains`).
 * @param {'ingest' | 'check' | 'preload'} kind
 * @param {number} chains
 */
function requestsOf(kind, chains) {
  if (kind === 'check') return [{ method: 'GET', setupRequest: (request) => ({ ...request, path: checkPath(chains) }) }];
  let next = 0;
  const body = kind === 'preload' ? () => decisionBody(chainId(next++ % chains)) : () => ingestBody(chains);
  return [{ method: 'POST', path: '/v1/consents', headers: JSON_HEADERS, setupRequest: (request) => ({ ...request, body: body() }) }];
}

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN);

/**
 * @param {{ url: string, kind: 'ingest' | 'check' | 'preload', chains: number, seconds?: number, amount?: number, connections: number, rate?: number }} options
 */
async function run({ url, kind, chains, seconds, amount, connections, rate }) {
  const latencies = [];
  const instance = autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    ...(rate && { overallRate: rate, ignoreCoordinatedOmission: true }),
    requests: requestsOf(kind, chains),
    excludeErrorStats: true,
    timeout: 30,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const ok = result['2xx'];
  return {
    ok,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])),
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    perSecond: ok / result.duration,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

answerOneRun(run);
