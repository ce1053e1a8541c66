// An even open-loop rate, in a process of its own (forked by http-load.mjs): the one load the
// ledger rows need that autocannon 8.0.0 cannot make. Its overallRate gives each connection a quota
// per second that the connection spends back to back at the start of every second (and its
// coordinated-omission correction assumes a 1 ms interval), so "2,000 req/s" arrives as bursts.
// Here request i is due at start + i / rate; a 1 ms timer sends whatever is due over at most
// `connections` keep-alive sockets, and latency runs from the due time, so time spent queued behind
// a busy socket counts (no coordinated omission).
import { Agent, request } from 'node:http';
import { JSON_HEADERS, checkPath, ingestBody } from './http-requests.mjs';
import { answerOneRun } from '../lib/child-run.mjs';

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN);

/**
 * @param {{ url: string, kind: 'ingest' | 'check', chains: number, seconds: number, connections: number, rate: number }} options
 */
async function run({ url, kind, chains, seconds, connections, rate }) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const statusCodes = {};
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const send = (due) =>
    new Promise((resolve) => {
      const body = kind === 'ingest' ? ingestBody(chains) : undefined;
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          agent,
          method: body ? 'POST' : 'GET',
          path: body ? '/v1/consents' : checkPath(chains),
          headers: body ? { ...JSON_HEADERS, 'content-length': Buffer.byteLength(body) } : {},
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const code = res.statusCode ?? 0;
            statusCodes[code] = (statusCodes[code] ?? 0) + 1;
            if (code >= 200 && code < 300) ok++, latencies.push(performance.now() - due);
            else non2xx++;
            resolve(undefined);
          });
        },
      );
      req.on('error', () => (errors++, resolve(undefined)));
      req.end(body);
    });
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const pending = [];
  let sent = 0;
  await new Promise((done) => {
    const timer = setInterval(() => {
      const now = performance.now();
      for (; sent < total && started + (sent * 1000) / rate <= now; sent++) pending.push(send(started + (sent * 1000) / rate));
      if (sent >= total) clearInterval(timer), done(undefined);
    }, 1);
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    ok,
    non2xx,
    statusCodes,
    errors,
    timeouts: 0,
    seconds: elapsed,
    perSecond: ok / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

answerOneRun(run);
