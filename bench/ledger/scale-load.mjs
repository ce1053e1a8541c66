// The HTTP load of the scale runs, in a process of its own (forked by scale-http.mjs), so the load
// generator never shares an event loop with the ledger it measures. Three loads:
//   - `saturate`: autocannon, 50 keep-alive connections, each sending its next request as soon as
//     the last one is answered (closed loop): the throughput ceiling, of checks or of ingest.
//   - `burst-rate`: autocannon's `overallRate`. autocannon 8.0.0 gives every connection a quota per
//     second which it sends back to back from the start of each second, then pauses: the offered
//     rate is right on average, but it arrives in bursts at saturation speed.
//   - `even-rate`: requests sent on a 1 ms timer, `rate / 1000` per tick whatever the latency
//     (open loop, so a slow answer cannot hold the next request back), over up to 50 keep-alive
//     sockets; latency is taken from the moment a request was due, with performance.now().
// A check asks for a random preloaded consent id; an ingest submission extends a random preloaded
// chain or, every other one, starts a new one (a first visit).
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { chainConsentId, randomBelow, submission } from './synthetic.mjs';

const autocannon = createRequire(import.meta.url)('autocannon');
const CONNECTIONS = 50;

const checkPath = (chains) => `/v1/consents/${chainConsentId(randomBelow(chains))}`;
let posted = 0;
const ingestBody = (chains) => JSON.stringify(submission(posted++ % 2 ? chainConsentId(randomBelow(chains)) : `fresh-${crypto.randomUUID()}`));

/** autocannon against `port`; `rate` set: its overallRate. */
async function cannon({ port, kind, chains, seconds, rate }) {
  const requests =
    kind === 'check'
      ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: checkPath(chains) }) }]
      : [
          {
            method: 'POST',
            path: '/v1/consents',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: ingestBody(chains) }),
          },
        ];
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests,
    // Answers slower than 30 s count as failed (autocannon's default is 10 s).
    timeout: 30,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    perSecond: result.requests.average,
    answered: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    statusCodes: Object.keys(result.statusCodeStats ?? {}).join(' '),
    timeouts: result.timeouts,
  };
}

/** The even open-loop load: `rate` requests per second spread over 1 ms ticks. */
async function even({ port, kind, chains, seconds, rate }) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies = [];
  let failed = 0;
  const send = (due) =>
    new Promise((resolve) => {
      const body = kind === 'check' ? undefined : ingestBody(chains);
      const req = request(
        {
          port,
          host: '127.0.0.1',
          agent,
          method: body ? 'POST' : 'GET',
          path: body ? '/v1/consents' : checkPath(chains),
          headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode >= 300) failed++;
            else latencies.push(performance.now() - due);
            resolve();
          });
        },
      );
      req.on('error', () => (failed++, resolve()));
      req.end(body);
    });
  const inflight = new Set();
  const started = performance.now();
  const until = started + seconds * 1000;
  let sent = 0;
  await new Promise((done) => {
    const timer = setInterval(() => {
      const now = performance.now();
      // Every request due by now, each timed from its due moment (a late timer tick is the
      // generator's delay, but it counts against the ledger, never for it).
      for (let due = started + (sent * 1000) / rate; due <= Math.min(now, until); due = started + (sent * 1000) / rate) {
        sent++;
        const pending = send(due);
        inflight.add(pending);
        void pending.then(() => inflight.delete(pending));
      }
      if (now >= until) clearInterval(timer), void Promise.all(inflight).then(done);
    }, 1);
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { perSecond: latencies.length / seconds, answered: latencies.length, p50: at(0.5), p99: at(0.99), failed };
}

process.on('message', async (job) => {
  try {
    process.send({ result: await (job.load === 'even-rate' ? even(job) : cannon({ ...job, rate: job.load === 'burst-rate' ? job.rate : 0 })) });
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
  }
});
