import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import type { LedgerLogEntry } from './types.js';
import { createLedgerHandler } from './handler.js';
import { carriedBy, toNodeListener } from './node-adapter.js';
import { createLedgerServer } from './node-server.js';
import { openApiChecker, type Exchange } from './openapi/responses.test-helper.js';
import { rawExchange, wireRequest, type RawAnswer } from './raw-http.test-helper.js';

const KEY = 'k_raw_socket_key';
let dir: string;
let ledger: Ledger;
let server: Server;
let port: number;
const logs: LedgerLogEntry[] = [];
let documented: (exchange: Exchange) => void;

const listen = async (listening: Server) => {
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return (listening.address() as { port: number }).port;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-raw-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
  await ledger.record(decisionInput({ consentId: 'consent-0001', subjectId: 'user-42' }), { ip: '203.0.113.0', userAgent: 'UA/1' });
  const handler = createLedgerHandler({ ledger, apiKeys: [KEY], rateLimit: false, log: (entry) => logs.push(entry) });
  server = createLedgerServer(handler, { headersTimeoutMs: 400, requestTimeoutMs: 800 });
  port = await listen(server);
  documented = openApiChecker(await (await handler(new Request('http://ledger.example/v1/openapi.json'))).json());
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

// Every answer these tests get is also checked against the OpenAPI document.
const raw = async (request: string) => {
  const answer = await rawExchange(port, request);
  const [method = '', target = ''] = request.split('\r\n')[0]!.split(' ');
  documented({ method, target, status: answer.status, headers: answer.headers, body: answer.body });
  return answer;
};
const send = (method: string, target: string, headers: Array<[string, string]>, body = '') => raw(wireRequest(method, target, headers, body));
const withKey = (host: string): Array<[string, string]> => [
  ['Host', host],
  ['Authorization', `Bearer ${KEY}`],
];
const errorCode = (answer: RawAnswer) => (JSON.parse(answer.body) as { error: { code: string } }).error.code;

describe('routing sees the request target only', () => {
  it('answers a malformed Host with a JSON 400, never a 500 or another route', async () => {
    const hosts = [
      'a b',
      '[::1',
      'x:99999',
      '<x>',
      '',
      'x/v1/subjects/user-42?',
      'x/v1/subjects/user-42#',
      'user@evil.example',
      'x\\y',
      '999.1.1.1',
      'a.123',
      'x:',
      ':80',
      '[::1]x',
      'a..b',
      '-x-',
    ];
    for (const host of hosts) {
      const answer = await send('GET', '/v1/consents/consent-0001', withKey(host));
      expect(answer.status, JSON.stringify(host)).toBe(400);
      expect(answer.headers['content-type'], JSON.stringify(host)).toContain('application/json');
      expect(answer.body, JSON.stringify(host)).not.toContain('user-42');
    }
    expect(
      (
        await send('GET', '/v1/consents/consent-0001', [
          ['Host', 'a'],
          ['Host', 'b'],
        ])
      ).status,
    ).toBe(400);
    for (const host of ['ledger.example', 'ledger.example:8443', '127.0.0.1:80', '[::1]:8787', '[2001:db8::1]', 'assent_ledger', 'ledger.example.']) {
      expect((await send('GET', '/v1/consents/consent-0001', withKey(host))).status, host).toBe(200);
    }
  });

  it('refuses dot segments, backslashes and characters the URL parser would rewrite, instead of resolving them to another route', async () => {
    const targets = [
      '/v1/consents/../subjects/user-42',
      '/v1/consents/%2e%2e/subjects/user-42',
      '/v1/consents/.%2E/subjects/user-42',
      '/v1/consents/./../subjects/user-42',
      '/v1\\subjects\\user-42',
      '/v1/consents/x\\..\\..\\subjects/user-42',
      '/v1/subjects/user-42/..',
      '/v1/consents/consent-0001#/../../subjects/user-42',
      '/v1/consents/consent-0001%',
      '/v1/consents/"x"',
      '/v1/subjects/user-42?%zz',
      '*',
      'v1/subjects/user-42',
    ];
    for (const target of targets) {
      const answer = await send('GET', target, withKey('ledger.example'));
      expect(answer.status, target).toBe(400);
      expect(answer.body, target).not.toContain('203.0.113');
    }
    const doubled = await send('GET', '//evil.example/v1/subjects/user-42', withKey('ledger.example'));
    expect(doubled.status).toBe(404);
  });

  it('takes the authority of an absolute-form target, and still routes on its path', async () => {
    const answer = await send('GET', 'http://ledger.example/v1/consents/consent-0001', withKey('other.example'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ consentId: 'consent-0001' });
    for (const target of ['http://x?/v1/subjects/user-42', 'http://user@x/v1/subjects/user-42', 'http://x#/v1/subjects/user-42']) {
      expect((await send('GET', target, withKey('ledger.example'))).status, target).toBe(400);
    }
    expect((await send('GET', 'http:///v1/consents/consent-0001', withKey('ledger.example'))).status).toBe(400);
  });

  it('reports what it answers outside the handler to the log, and a 500 from any handler too', async () => {
    logs.length = 0;
    await send('GET', '/v1/consents/consent-0001', withKey('<x>'));
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', status: 400, code: 'invalid_host' }));
    const failures: LedgerLogEntry[] = [];
    // A fault below the handler's own error handling: the adapter must still answer and report it.
    const broken = createLedgerHandler({ ledger, rateLimit: false, log: (entry) => failures.push(entry) });
    carriedBy(broken)!.handle = async () => {
      throw new Error('storage exploded');
    };
    const { createServer } = await import('node:http');
    const plain = createServer(toNodeListener(broken));
    const plainPort = await listen(plain);
    const answer = await rawExchange(plainPort, wireRequest('GET', '/healthz', [['Host', 'x']]));
    plain.close();
    expect(answer.status).toBe(500);
    expect(errorCode(answer)).toBe('internal');
    expect(failures).toEqual([
      expect.objectContaining({ level: 'error', status: 500, code: 'internal', message: expect.stringContaining('storage exploded') }),
    ]);
  });
});

describe('bodies and slow clients', () => {
  const postHeaders = (length: number): Array<[string, string]> => [
    ['Host', 'ledger.example'],
    ['Content-Type', 'application/json'],
    ['Content-Length', String(length)],
  ];

  it('refuses a declared body over the cap with 413 at once, before any of it is sent', async () => {
    for (const length of [20_000, 65_537, 10_000_000_000]) {
      const answer = await send('POST', '/v1/consents', postHeaders(length));
      expect(answer.status, String(length)).toBe(413);
      expect(errorCode(answer)).toBe('body_too_large');
      expect(answer.elapsedMs, String(length)).toBeLessThan(700);
    }
  });

  it('cuts off a body shorter than its Content-Length with a 408 or a close, never a hang', async () => {
    const body = JSON.stringify(decisionInput());
    const answer = await send('POST', '/v1/consents', postHeaders(body.length + 10), body);
    expect(answer.timedOut).toBe(false);
    expect(answer.status === 408 || (answer.status === undefined && answer.closed), JSON.stringify(answer)).toBe(true);
  });

  it('cuts off a client that sends its headers slowly', async () => {
    const answer = await rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: ledger.example\r\nX-Slow: 1\r\n', { timeoutMs: 2_000 });
    expect(answer.timedOut).toBe(false);
    expect(answer.status === 408 || (answer.status === undefined && answer.closed), JSON.stringify(answer)).toBe(true);
  });

  it('answers requests node cannot parse, or HTTP/1.1 without Host, with a JSON 400 and closes', async () => {
    for (const request of [
      'GARBAGE\r\n\r\n',
      'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
      'GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n',
      'GET /healthz HTTP/1.1\r\n\r\n',
    ]) {
      const answer = await raw(request);
      expect(answer.status, JSON.stringify(request)).toBe(400);
      expect(answer.headers['content-type']).toContain('application/json');
    }
    expect((await send('GET', '/healthz', [['Host', 'ledger.example']])).status).toBe(200);
  });
});
