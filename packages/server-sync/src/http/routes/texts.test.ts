import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { openSqliteStorage } from '../../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../../storage/stores.test-helper.js';
import { hashShownContent } from '../../texts/shown-content.js';
import { TEXTS_BODY_LIMIT } from '../../texts/snapshot.js';
import { createLedgerHandler } from '../handler.js';
import { documented } from '../openapi/responses.test-helper.js';

const KEY = 'k_test_0123456789abcdef';
const BASE = 'http://ledger.test';
const SHOWN = { locale: 'en', texts: ['We use cookies', 'Accept all', 'Reject all'], choices: { necessary: true, analytics: false } };
const TEXT_HASH = hashShownContent(SHOWN);
const UPLOAD = { textHash: TEXT_HASH, ...SHOWN };
let dir: string;
let ledger: Ledger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-texts-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

// Every answer is checked against the OpenAPI document the handler serves.
const handler = () => documented(createLedgerHandler({ ledger, apiKeys: [KEY], allowedOrigins: ['https://shop.example'] }));
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}/v1/texts`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}${path}`, { headers });

describe('POST /v1/texts', () => {
  it('stores a snapshot (201, text/plain without preflight, CORS), answers 200 with the stored one the next time', async () => {
    const first = await handler()(post(UPLOAD));
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(first.headers.get('location')).toBe(`/v1/texts/${TEXT_HASH}`);
    const { snapshot } = await first.json();
    expect(snapshot).toEqual({ ...UPLOAD, createdAt: expect.any(String) });
    const again = await handler()(post(UPLOAD, { 'content-type': 'application/json' }));
    expect(again.status).toBe(200);
    expect((await again.json()).snapshot).toEqual(snapshot);
  });

  const bad: Array<[string, () => Request, number, string]> = [
    ['texts that hash to another textHash', () => post({ ...UPLOAD, texts: ['We use cookies', 'Accept all'] }), 400, 'text_hash_mismatch'],
    ['other choices than were hashed', () => post({ ...UPLOAD, choices: { necessary: true, analytics: true } }), 400, 'text_hash_mismatch'],
    ['malformed JSON', () => post('{"textHash": '), 400, 'invalid_json'],
    ['a missing field', () => post({ textHash: TEXT_HASH, locale: 'en', texts: [] }), 400, 'invalid_texts'],
    ['an unknown field', () => post({ ...UPLOAD, recordId: 'r-12345678' }), 400, 'invalid_texts'],
    ['a __proto__ choice', () => post(JSON.stringify(UPLOAD).replace('"choices":{', '"choices":{"__proto__":true,')), 400, 'invalid_texts'],
    ['a body over 64 KB', () => post({ ...UPLOAD, texts: Array.from({ length: 9 }, () => 'x'.repeat(7999)) }), 413, 'body_too_large'],
    ['a form body', () => post('a=b', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'],
    ['an origin not on the allow-list', () => post(UPLOAD, { origin: 'https://evil.example' }), 403, 'origin_not_allowed'],
  ];
  it.each(bad)('refuses %s with a 4xx JSON error and stores nothing', async (_name, request, status, code) => {
    const response = await handler()(request());
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
    expect(await ledger.storage.texts.many([TEXT_HASH])).toEqual([]);
  });

  it('takes bodies up to 64 KB', async () => {
    const shown = { ...SHOWN, texts: Array.from({ length: 7 }, (_, index) => `${index}`.repeat(7900)) };
    const body = JSON.stringify({ textHash: hashShownContent(shown), ...shown });
    expect(body.length).toBeGreaterThan(16 * 1024);
    expect(body.length).toBeLessThanOrEqual(TEXTS_BODY_LIMIT);
    expect((await handler()(post(body))).status).toBe(201);
  });
});

describe('GET /v1/texts/{textHash}', () => {
  it('answers the stored snapshot (public, immutable), 404 for an unknown hash, 400 for a malformed one', async () => {
    await handler()(post(UPLOAD));
    const found = await handler()(get(`/v1/texts/${TEXT_HASH}`));
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toContain('immutable');
    expect(await found.json()).toEqual({ ...UPLOAD, createdAt: expect.any(String) });
    expect((await handler()(get(`/v1/texts/${'0'.repeat(64)}`))).status).toBe(404);
    const malformed = await handler()(get('/v1/texts/sha256:abc'));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('invalid_id');
  });
});

describe('exports with texts', () => {
  it('the evidence trail and a subject export carry the snapshots of the hashes their records use', async () => {
    await handler()(post(UPLOAD));
    const notice = { url: 'https://shop.example/privacy', version: '2026-11' };
    const recorded = await handler()(
      new Request(`${BASE}/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://shop.example' },
        body: JSON.stringify(decisionInput({ subjectId: 'user-42', textHash: TEXT_HASH, notice })),
      }),
    );
    expect(recorded.status).toBe(201);
    expect((await recorded.json()).record.notice).toEqual(notice);
    const auth = { authorization: `Bearer ${KEY}` };
    const trail = await (await handler()(get('/v1/consents/consent-0001/records', auth))).json();
    expect(trail.records[0].notice).toEqual(notice);
    expect(trail.texts).toEqual({ [TEXT_HASH]: { ...UPLOAD, createdAt: expect.any(String) } });
    const exported = await (await handler()(get('/v1/subjects/user-42', auth))).json();
    expect(Object.keys(exported.texts)).toEqual([TEXT_HASH]);
  });
});
