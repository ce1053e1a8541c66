import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { createLedgerHandler, type LedgerHandler } from './handler.js';
import { toNodeListener } from './node-adapter.js';
import { openApiChecker, type Exchange } from './openapi/responses.test-helper.js';

let server: Server;
let base: string;
let handler: LedgerHandler;
let ledger: Ledger;
let dir: string;
let documented: (exchange: Exchange) => void;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-node-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
  handler = createLedgerHandler({ ledger, apiKeys: ['k_node_key'], rateLimit: false });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  documented = openApiChecker(await (await handler(new Request(`${base}/v1/openapi.json`))).json());
});

// fetch over the socket, with the answer checked against the OpenAPI document.
const fetch = async (url: string, init?: RequestInit) => {
  const response = await globalThis.fetch(url, init);
  documented({
    method: init?.method ?? 'GET',
    target: new URL(url).pathname,
    status: response.status,
    headers: response.headers,
    body: await response.clone().text(),
  });
  return response;
};
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('toNodeListener on a loopback port', () => {
  it('records through node:http with the socket address truncated, and reads back with a key', async () => {
    const input = decisionInput();
    const created = await fetch(`${base}/v1/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'node-test' },
      body: JSON.stringify(input),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const receipt = await created.clone().text();
    expect(created.headers.get('content-length')).toBe(String(Buffer.byteLength(receipt)));
    expect(created.headers.get('transfer-encoding')).toBeNull();
    const trail = await (await fetch(`${base}/v1/consents/consent-0001/records`, { headers: { authorization: 'Bearer k_node_key' } })).json();
    expect(trail.records).toHaveLength(1);
    expect(trail.records[0]).toMatchObject({ recordId: input.recordId, ip: '127.0.0.0', userAgent: 'node-test' });
  });

  it('batches concurrent HTTP writes into a valid chain', async () => {
    const responses = await Promise.all(
      Array.from({ length: 60 }, () =>
        fetch(`${base}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(decisionInput({ consentId: 'consent-burst' })),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(60).fill(201));
    expect((await ledger.history('consent-burst')).map((record) => record.seq)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('refuses a body over the adapter cap with 413 in the error shape', async () => {
    const response = await fetch(`${base}/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(200 * 1024) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('body_too_large');
  });

  it('answers exactly as the Fetch handler does in memory: status, headers and body', async () => {
    const requests: Array<[string, RequestInit]> = [
      ['/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"recordId":' }],
      ['/v1/consents', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' }],
      ['/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...decisionInput(), extra: 1 }) }],
      ['/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0x7d]) }],
      ['/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(20 * 1024) }],
      ['/v1/consents', { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example' } }],
      ['/v1/consents/consent-0001', { method: 'GET' }],
      ['/v1/consents/consent-0001/records', { method: 'GET', headers: { authorization: 'Bearer wrong' } }],
      ['/v1/nothing', { method: 'DELETE' }],
      ['/healthz', { method: 'GET' }],
    ];
    const shape = async (response: Response) => ({
      status: response.status,
      headers: [...response.headers].filter(([name]) => !['date', 'keep-alive', 'connection', 'content-length'].includes(name)),
      body: await response.text(),
    });
    for (const [path, init] of requests) {
      const overSocket = await fetch(base + path, init);
      const inMemory = await handler(new Request(base + path, init), { remoteAddress: '127.0.0.1' });
      expect(await shape(overSocket), `${init.method} ${path}`).toEqual(await shape(inMemory));
    }
  });

  it('takes only a handler made by createLedgerHandler', () => {
    expect(() => toNodeListener(async () => new Response('hi'))).toThrow(TypeError);
  });

  it('joins repeated headers as Fetch does: two Authorization headers are no valid key', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const sent = request(`${base}/v1/consents/consent-0001/records`, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      sent.setHeader('authorization', ['Bearer k_node_key', 'Bearer other']);
      sent.on('error', reject);
      sent.end();
    });
    expect(status).toBe(401);
  });
});
