import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { apiKeysFromEnv, type ApiKeyScope } from './api-key.js';
import { createLedgerHandler, type LedgerHandlerOptions } from './handler.js';
import { documented } from './openapi/responses.test-helper.js';

const KEY = 'k_test_0123456789abcdef';
const BASE = 'http://ledger.test';
let dir: string;
let ledger: Ledger;
let logs: unknown[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-http-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
  logs = [];
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

// Every answer the tests get has been checked against the OpenAPI document the handler serves.
const handlerWith = (options: Partial<LedgerHandlerOptions> = {}) =>
  documented(
    createLedgerHandler({ ledger, apiKeys: [KEY], allowedOrigins: ['https://shop.example'], log: (entry) => logs.push(entry), ...options }),
    options.basePath,
  );
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://shop.example', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const stored = async () => (await ledger.verify()).records;

describe('POST /v1/consents', () => {
  it('stores a decision: 201 with the receipt, server time, expiry, truncated IP; a replay is 200 with the same record', async () => {
    const handler = handlerWith();
    const input = decisionInput();
    const response = await handler(post(input, { 'user-agent': 'Test/1' }), { remoteAddress: '203.0.113.57' });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const { record } = await response.json();
    expect(record).toMatchObject({ recordId: input.recordId, consentId: 'consent-0001', seq: 1, event: 'given', origin: 'https://shop.example' });
    expect(record).not.toHaveProperty('ip');
    expect(await ledger.current('consent-0001')).toMatchObject({ ip: '203.0.113.0', userAgent: 'Test/1' });

    const replay = await handler(post(input), { remoteAddress: '203.0.113.57' });
    expect(replay.status).toBe(200);
    expect((await replay.json()).record).toEqual(record);
    expect(await stored()).toBe(1);
  });

  it('accepts text/plain JSON (no CORS preflight for keepalive sends) and answers preflights for allowed origins', async () => {
    const handler = handlerWith();
    expect((await handler(post(decisionInput(), { 'content-type': 'text/plain;charset=UTF-8' }))).status).toBe(201);
    const preflight = await handler(
      new Request(`${BASE}/v1/consents`, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('takes the client IP from X-Forwarded-For only behind a trusted proxy', async () => {
    const behindProxy = handlerWith({ trustedProxies: ['10.0.0.2'] });
    await behindProxy(post(decisionInput({ consentId: 'consent-proxied' }), { 'x-forwarded-for': '198.51.100.77, 10.0.0.2' }), { remoteAddress: '10.0.0.2' });
    await behindProxy(post(decisionInput({ consentId: 'consent-spoofed' }), { 'x-forwarded-for': '198.51.100.77' }), { remoteAddress: '2001:db8:1:2::9' });
    expect((await ledger.current('consent-proxied'))?.ip).toBe('198.51.100.0');
    expect((await ledger.current('consent-spoofed'))?.ip).toBe('2001:db8:1::');
  });

  const bad: Array<[string, () => Request, number, string]> = [
    ['malformed JSON', () => post('{"recordId": '), 400, 'invalid_json'],
    ['a JSON array', () => post([decisionInput()]), 400, 'invalid_record'],
    ['an unknown category', () => post(decisionInput({ categories: { necessary: true, marketing: true } })), 400, 'invalid_record'],
    ['a wrong type', () => post(decisionInput({ gpc: 'false' })), 400, 'invalid_record'],
    ['a numeric revision', () => post(decisionInput({ revision: 2 })), 400, 'invalid_record'],
    ['a huge string', () => post(decisionInput({ locale: 'en-' + 'x'.repeat(5000) })), 400, 'invalid_record'],
    ['an injection string', () => post(decisionInput({ consentId: "x'); DROP TABLE evidence_records;--" })), 400, 'invalid_record'],
    ['a script in the subject id', () => post(decisionInput({ subjectId: '<script>alert(1)</script>' })), 400, 'invalid_record'],
    ['a __proto__ key', () => post('{"__proto__": {"admin": true}, ' + JSON.stringify(decisionInput()).slice(1)), 400, 'invalid_record'],
    ['a __proto__ category', () => post(JSON.stringify(decisionInput()).replace('"categories":{', '"categories":{"__proto__":true,')), 400, 'invalid_record'],
    ['an unknown field', () => post(decisionInput({ isAdmin: true })), 400, 'invalid_record'],
    ['a withdrawn list (the ledger derives it)', () => post(decisionInput({ withdrawn: { categories: [], services: [] } })), 400, 'invalid_record'],
    ['an oversize body', () => post(decisionInput({ textHash: 'a'.repeat(17 * 1024) })), 413, 'body_too_large'],
    [
      'an oversize body without content-length',
      () =>
        new Request(`${BASE}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Blob(['{"a":"' + 'b'.repeat(20_000) + '"}']).stream(),
          duplex: 'half',
        } as RequestInit),
      413,
      'body_too_large',
    ],
    ['a form body', () => post('a=b', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'],
    ['an origin not on the allow-list', () => post(decisionInput(), { origin: 'https://evil.example' }), 403, 'origin_not_allowed'],
  ];
  it.each(bad)('rejects %s with the right 4xx and stores nothing', async (_name, request, status, code) => {
    const response = await handlerWith()(request());
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
    expect(await stored()).toBe(0);
  });

  it('returns 409 when a record id is reused for another consent id', async () => {
    const handler = handlerWith();
    const input = decisionInput();
    await handler(post(input));
    const response = await handler(post({ ...input, consentId: 'consent-9999' }));
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('record_id_conflict');
  });

  it('rate-limits per client IP with 429 and Retry-After', async () => {
    const handler = handlerWith({ rateLimit: { max: 2, windowMs: 60_000 } });
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await handler(post(decisionInput()), { remoteAddress: '198.51.100.1' })).status);
    const other = await handler(post(decisionInput()), { remoteAddress: '198.51.100.2' });
    expect(statuses).toEqual([201, 201, 429]);
    expect(other.status).toBe(201);
    const limited = await handler(post(decisionInput()), { remoteAddress: '198.51.100.1' });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await limited.json()).error.code).toBe('rate_limited');
  });

  it('answers 503 with the error shape when storage fails, and never stores half a record', async () => {
    const handler = handlerWith();
    await ledger.storage.close();
    const response = await handler(post(decisionInput()));
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe('storage_unavailable');
    expect((await handler(new Request(`${BASE}/healthz`))).status).toBe(503);
  });
});

describe('reads', () => {
  const seed = async (handler: ReturnType<typeof handlerWith>) => {
    await handler(post(decisionInput({ subjectId: 'user-42' }), { 'user-agent': 'Test/1' }), { remoteAddress: '203.0.113.9' });
    await handler(post(decisionInput({ method: 'withdraw', categories: { necessary: true } })), { remoteAddress: '203.0.113.9' });
  };
  const get = (path: string, key?: string, method = 'GET') => new Request(BASE + path, { method, headers: key ? { authorization: `Bearer ${key}` } : {} });

  it('GET /v1/consents/{id} returns the decision in effect without identifying fields; 404 when none', async () => {
    const handler = handlerWith();
    await seed(handler);
    const response = await handler(get('/v1/consents/consent-0001'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ consentId: 'consent-0001', status: 'valid', event: 'withdrawn', seq: 2, categories: { necessary: true } });
    expect(JSON.stringify(body)).not.toMatch(/203\.0\.113|user-42|Test\/1/);
    expect((await handler(get('/v1/consents/consent-none'))).status).toBe(404);
    expect((await handler(get('/v1/consents/bad%20id'))).status).toBe(400);
  });

  it('a Reject all after a grant: the receipt, the decision in effect and the trail show what was withdrawn', async () => {
    const handler = handlerWith();
    await handler(post(decisionInput({ method: 'accept-all', services: { matomo: true } })));
    const rejected = decisionInput({ method: 'reject-all', categories: { necessary: true, analytics: false }, services: { matomo: false } });
    const receipt = await handler(post(rejected));
    expect(receipt.status).toBe(201);
    const withdrawn = { categories: ['analytics'], services: ['matomo'] };
    expect((await receipt.json()).record).toMatchObject({ seq: 2, event: 'withdrawn', method: 'reject-all', withdrawn });
    expect(await (await handler(get('/v1/consents/consent-0001'))).json()).toMatchObject({ event: 'withdrawn', method: 'reject-all', withdrawn });
    const trail = await (await handler(get('/v1/consents/consent-0001/records', KEY))).json();
    expect(trail.records.map((record: { event: string; withdrawn: unknown }) => [record.event, record.withdrawn])).toEqual([
      ['given', { categories: [], services: [] }],
      ['withdrawn', withdrawn],
    ]);
  });

  it('evidence and subject endpoints need a valid API key; keys never reach the logs', async () => {
    const handler = handlerWith();
    await seed(handler);
    for (const path of ['/v1/consents/consent-0001/records', '/v1/subjects/user-42']) {
      for (const key of [undefined, 'wrong-key', KEY + 'x', KEY.slice(0, -1)]) {
        const response = await handler(get(path, key));
        expect(response.status).toBe(401);
        expect((await response.json()).error.code).toBe('unauthorized');
      }
    }
    expect((await handler(get('/v1/subjects/user-42', 'x', 'DELETE'))).status).toBe(401);
    expect((await ledger.exportSubject('user-42')).records).toHaveLength(2);
    expect(JSON.stringify(logs)).not.toContain('wrong-key');
    expect(JSON.stringify(logs)).not.toContain('user-42');
    expect(logs.length).toBeGreaterThan(0);
  });

  it('serves the evidence trail, the subject export and the erasure with a key', async () => {
    const handler = handlerWith();
    await seed(handler);
    const trail = await (await handler(get('/v1/consents/consent-0001/records', KEY))).json();
    expect(trail.records.map((record: { event: string; ip: string }) => [record.event, record.ip])).toEqual([
      ['given', '203.0.113.0'],
      ['withdrawn', '203.0.113.0'],
    ]);
    const exported = await handler(get('/v1/subjects/user-42', KEY));
    expect((await exported.json()).records).toHaveLength(2);
    const erased = await handler(get('/v1/subjects/user-42', KEY, 'DELETE'));
    expect(await erased.json()).toEqual({
      subjectId: 'user-42',
      consentIds: ['consent-0001'],
      records: 2,
      fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'],
    });
    expect((await handler(get('/v1/subjects/user-42', KEY))).status).toBe(404);
    expect((await handler(get('/v1/subjects/user-42', KEY, 'DELETE'))).status).toBe(404);
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('gives each key only its scopes: a read-only key cannot export or erase (403, nothing erased)', async () => {
    const keys = { read: 'k_read_only_0001', export: 'k_export_only_01', erase: 'k_erase_only_001' };
    const handler = handlerWith({ apiKeys: Object.entries(keys).map(([scope, key]) => ({ key, scopes: [scope as ApiKeyScope] })) });
    await seed(handler);
    const statuses = async (key: string) => [
      (await handler(get('/v1/consents/consent-0001/records', key))).status,
      (await handler(get('/v1/subjects/user-42', key))).status,
    ];
    expect(await statuses(keys.read)).toEqual([200, 403]);
    expect(await statuses(keys.export)).toEqual([403, 200]);
    expect(await statuses(keys.erase)).toEqual([403, 403]);
    for (const key of [keys.read, keys.export]) {
      const refused = await handler(get('/v1/subjects/user-42', key, 'DELETE'));
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe('insufficient_scope');
      expect(refused.headers.get('www-authenticate')).toContain('scope="erase"');
    }
    expect((await ledger.exportSubject('user-42')).records[0]).toMatchObject({ subjectId: 'user-42', ip: '203.0.113.0' });
    expect((await handler(get('/v1/subjects/user-42', keys.erase, 'DELETE'))).status).toBe(200);
    expect((await ledger.exportSubject('user-42')).records).toHaveLength(0);
  });

  it('reads keys and scopes from ASSENT_API_KEYS; an unknown scope is an error that names the entry, not the key', () => {
    expect(apiKeysFromEnv('KEYS', { KEYS: ' k_all_1 , k_officer_2:read+export,,k_dpo_3:erase,k_console_4:console ' })).toEqual([
      { key: 'k_all_1', scopes: ['read', 'export', 'erase', 'console'] },
      { key: 'k_officer_2', scopes: ['read', 'export'] },
      { key: 'k_dpo_3', scopes: ['erase'] },
      { key: 'k_console_4', scopes: ['console'] },
    ]);
    expect(() => apiKeysFromEnv('KEYS', { KEYS: 'k_ok_1:read,k_secret_2:delete' })).toThrow(/KEYS entry 2: unknown scope "delete"/);
    expect(() => apiKeysFromEnv('KEYS', { KEYS: 'k_ok_1:read,k_secret_2:delete' })).not.toThrow(/k_secret_2/);
    expect(() => createLedgerHandler({ ledger, apiKeys: [{ key: 'k_x_1', scopes: ['admin' as ApiKeyScope] }] })).toThrow(/unknown scope "admin"/);
  });

  it('serves /healthz, /.well-known/gpc.json, 404 and 405 in the error shape, under a base path too', async () => {
    const handler = handlerWith({ basePath: '/consent', gpcLastUpdate: '2026-11-01' });
    expect(await (await handler(get('/consent/healthz'))).json()).toEqual({ status: 'ok', storage: 'sqlite' });
    const gpc = await handler(get('/consent/.well-known/gpc.json'));
    expect(gpc.headers.get('content-type')).toContain('application/json');
    expect(await gpc.json()).toEqual({ gpc: true, lastUpdate: '2026-11-01' });
    const missing = await handler(get('/v1/consents/consent-0001'));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toEqual({ code: 'not_found', message: expect.any(String) });
    const wrongMethod = await handler(get('/consent/v1/consents', undefined, 'PUT'));
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });
});
