// Seeded property-based fuzz of the HTTP API through raw sockets against the real node:http server
// on a real SQLite file. Replay a failure with ASSENT_FUZZ_SEED=<seed printed on failure>.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { createLedgerHandler } from './handler.js';
import { FUZZ_KEYS, hostileRequest, validPost, type HostileRequest } from './hostile-requests.test-helper.js';
import { createLedgerServer } from './node-server.js';
import { openApiChecker, type Exchange } from './openapi/responses.test-helper.js';
import { rawExchange, wireRequest } from './raw-http.test-helper.js';

const RUNS = 340;
// Each run sends 6 hostile requests and 2 valid decisions at once, then checks /healthz.
const HOSTILE_PER_RUN = 6;
const VALID_PER_RUN = 2;
const ANSWER_WITHIN_MS = 2_000;
const seed = Number(process.env.ASSENT_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

let dir: string;
let ledger: Ledger;
let server: Server;
let port: number;
let documented: (exchange: Exchange) => void;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-fuzz-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite'), { synchronous: 'NORMAL' }) });
  const handler = createLedgerHandler({
    ledger,
    apiKeys: [FUZZ_KEYS.full, { key: FUZZ_KEYS.read, scopes: ['read'] }],
    allowedOrigins: ['https://shop.example'],
    // X-Forwarded-For from the fuzzer is believed, so the client-IP parser and the limiter see it.
    trustedProxies: ['127.0.0.1'],
    rateLimit: { max: 1_000_000, windowMs: 60_000 },
  });
  // Short timeouts, so a request that stalls on purpose is answered well within the 2 s allowed.
  server = createLedgerServer(handler, { headersTimeoutMs: 300, requestTimeoutMs: 300 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  documented = openApiChecker(await (await handler(new Request('http://ledger.example/v1/openapi.json'))).json());
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

it(`survives ${RUNS * HOSTILE_PER_RUN} hostile requests: no 5xx, every request answered as documented, acknowledged records readable, chains valid`, async () => {
  const acknowledged = new Map<string, string>();
  let sent = 0;
  let answeredByClose = 0;
  const exchange = async ({ bytes, head }: HostileRequest) => {
    sent++;
    const answer = await rawExchange(port, bytes, { timeoutMs: ANSWER_WITHIN_MS, headOnly: head });
    const request = bytes.subarray(0, 300).toString('latin1');
    expect(answer.timedOut, `no answer within ${ANSWER_WITHIN_MS} ms to ${JSON.stringify(request)}`).toBe(false);
    expect(answer.status ?? 0, `5xx for ${JSON.stringify(request)}: ${answer.body}`).toBeLessThan(500);
    if (answer.status === undefined) answeredByClose++;
    // Every answer, to every hostile request, is one the OpenAPI document describes.
    const [method = '', target = ''] = request.split('\r\n')[0]!.split(' ');
    documented({ method, target, status: answer.status, headers: answer.headers, body: head ? '' : answer.body });
    if ((answer.status === 200 || answer.status === 201) && /^POST \/v1\/consents /.test(request)) {
      const { record } = JSON.parse(answer.body) as { record: { recordId: string; consentId: string } };
      acknowledged.set(record.recordId, record.consentId);
    }
  };
  const batch = fc
    .tuple(
      fc.array(hostileRequest, { minLength: HOSTILE_PER_RUN, maxLength: HOSTILE_PER_RUN }),
      fc.array(validPost, { minLength: VALID_PER_RUN, maxLength: VALID_PER_RUN }),
    )
    .map(([hostile, valid]) => [...hostile, ...valid]);
  try {
    await fc.assert(
      fc.asyncProperty(batch, async (requests) => {
        await Promise.all(requests.map(exchange));
        const health = await rawExchange(port, wireRequest('GET', '/healthz', [['Host', 'ledger.example']]));
        expect(health.status, 'the server still serves /healthz').toBe(200);
      }),
      { seed, numRuns: RUNS, endOnFailure: true },
    );
  } catch (error) {
    console.error(`HTTP fuzz failed with seed ${seed}; replay: ASSENT_FUZZ_SEED=${seed} pnpm exec vitest run ${import.meta.filename}`);
    throw error;
  }

  expect(sent).toBe(RUNS * (HOSTILE_PER_RUN + VALID_PER_RUN));
  expect(RUNS * HOSTILE_PER_RUN).toBeGreaterThanOrEqual(2_000);
  // Far from all: a connection cut before any answer is the exception (an oversize body still
  // being written when the server answers and closes), not a way to pass.
  expect(answeredByClose, 'requests answered only by a closed connection').toBeLessThan(sent / 20);
  expect(acknowledged.size).toBeGreaterThan(RUNS);
  for (const consentId of new Set(acknowledged.values())) {
    const trail = await rawExchange(
      port,
      wireRequest('GET', `/v1/consents/${consentId}/records`, [
        ['Host', 'ledger.example'],
        ['Authorization', `Bearer ${FUZZ_KEYS.read}`],
      ]),
    );
    expect(trail.status).toBe(200);
    const stored = new Set((JSON.parse(trail.body) as { records: Array<{ recordId: string }> }).records.map((record) => record.recordId));
    for (const [recordId, owner] of acknowledged) if (owner === consentId) expect(stored.has(recordId), recordId).toBe(true);
  }
  const report = await ledger.verify();
  expect(report.problems).toEqual([]);
  expect(report.records).toBeGreaterThanOrEqual(acknowledged.size);
}, 120_000);
