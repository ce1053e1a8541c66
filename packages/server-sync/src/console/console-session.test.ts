import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { createLedgerHandler, type LedgerHandler } from '../http/handler.js';
import { documented } from '../http/openapi/responses.test-helper.js';
import { CONSOLE_CSP, consoleStaticFiles } from './static-files.js';
import { cookieValue } from './session.js';

// Sign-in, sessions and CSRF over a SQLite ledger file, every JSON answer checked against the
// OpenAPI document. The page itself is tested in Chromium (examples/e2e/console.e2e.test.ts).
const BASE = 'http://ledger.test';
const keys = { officer: 'k_officer_console_01', reader: 'k_read_only_00001', eraser: 'k_erase_console_01' };
let dir: string;
let ledger: Ledger;
let clock: number;
let handler: LedgerHandler;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-console-http-'));
  clock = Date.parse('2026-03-01T10:00:00.000Z');
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')), now: () => clock });
  handler = documented(
    createLedgerHandler({
      ledger,
      apiKeys: [
        { key: keys.officer, scopes: ['read', 'export', 'console'], name: 'dpo' },
        { key: keys.reader, scopes: ['read'] },
        { key: keys.eraser, scopes: ['erase', 'console'] },
      ],
      console: { sessionSeconds: 600 },
      rateLimit: false,
      now: () => clock,
    }),
  );
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const signIn = (key: string, headers: Record<string, string> = {}) =>
  handler(
    new Request(`${BASE}/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ key }) }),
  );

async function session(key = keys.officer) {
  const response = await signIn(key, { origin: BASE });
  expect(response.status).toBe(201);
  const token = cookieValue(response.headers.get('set-cookie')!.split(';')[0]!, 'assent_console')!;
  const body = (await response.json()) as { csrfToken: string; scopes: string[]; expiresAt: string; actor: string };
  const call = (path: string, init: RequestInit & { csrf?: boolean } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', `assent_console=${token}`);
    if (init.csrf) headers.set('x-assent-csrf', body.csrfToken);
    return handler(new Request(`${BASE}${path}`, { ...init, headers }));
  };
  return { token, body, call };
}

describe('console sign-in', () => {
  it('exchanges a console key for an HttpOnly, Secure, SameSite=Strict cookie and a CSRF token', async () => {
    const response = await signIn(keys.officer);
    expect(response.status).toBe(201);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^assent_console=[0-9a-f]{16}\.\d+\.[0-9a-f]{32}\.[0-9a-f]{64}; Path=\/; Max-Age=600; HttpOnly; Secure; SameSite=Strict$/);
    expect(cookie).not.toContain(keys.officer);
    const body = await response.json();
    expect(body).toEqual({
      actor: 'dpo',
      scopes: ['read', 'export', 'console'],
      expiresAt: '2026-03-01T10:10:00.000Z',
      csrfToken: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses a wrong key (401 invalid_key), a key without the console scope (403), another site (403) and malformed bodies (400)', async () => {
    expect((await signIn('k_wrong_key_000001')).status).toBe(401);
    expect(((await (await signIn('k_wrong_key_000001')).json()) as { error: { code: string } }).error.code).toBe('invalid_key');
    const reader = await signIn(keys.reader);
    expect(reader.status).toBe(403);
    expect(((await reader.json()) as { error: { code: string } }).error.code).toBe('insufficient_scope');
    const crossSite = await signIn(keys.officer, { origin: 'https://evil.example' });
    expect([crossSite.status, ((await crossSite.json()) as { error: { code: string } }).error.code]).toEqual([403, 'csrf_failed']);
    for (const body of ['{"key":1}', '[]', '{"key":"k","extra":"x"}', '{}', 'nope']) {
      const response = await handler(new Request(`${BASE}/console/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
      expect(response.status, body).toBe(400);
    }
    const form = await handler(
      new Request(`${BASE}/console/session`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'key=x' }),
    );
    expect(form.status).toBe(415);
  });

  it('behind a TLS proxy, takes the public origin as its own (and only it)', async () => {
    const proxied = createLedgerHandler({ ledger, apiKeys: [keys.officer], publicOrigin: 'https://consent.example.com/', rateLimit: false });
    const from = (origin: string) =>
      proxied(
        new Request(`${BASE}/console/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ key: keys.officer }),
        }),
      );
    expect((await from('https://consent.example.com')).status).toBe(201);
    expect((await from(BASE)).status).toBe(201);
    expect((await from('http://consent.example.com')).status).toBe(403);
    expect((await signIn(keys.officer, { origin: 'https://consent.example.com' })).status).toBe(403);
    expect(() => createLedgerHandler({ ledger, apiKeys: [keys.officer], publicOrigin: 'consent.example.com' })).toThrow(/^publicOrigin: /);
  });

  it('a session stands in for its key: reads with its scopes, not beyond them', async () => {
    await ledger.record(decisionInput({ consentId: 'consent-0001' }), { ip: '203.0.113.0', userAgent: 'UA', origin: BASE });
    const { call, body } = await session();
    expect((await call('/console/session')).status).toBe(200);
    expect(((await (await call('/console/session')).json()) as { csrfToken: string }).csrfToken).toBe(body.csrfToken);
    expect((await call('/v1/statistics?from=2026-03-01&to=2026-03-01')).status).toBe(200);
    expect((await call('/v1/consents/consent-0001/records')).status).toBe(200);
    // The officer key has no erase scope.
    const erase = await call('/v1/erasures', {
      method: 'POST',
      csrf: true,
      headers: { 'content-type': 'application/json' },
      body: '{"consentId":"consent-0001"}',
    });
    expect(erase.status).toBe(403);
    expect(((await erase.json()) as { error: { code: string } }).error.code).toBe('insufficient_scope');
  });

  it('state changes with the cookie need the CSRF token and the own origin', async () => {
    await ledger.record(decisionInput({ consentId: 'consent-0001' }), { ip: '203.0.113.0', userAgent: 'UA', origin: BASE });
    const { call } = await session(keys.eraser);
    const erase = (init: RequestInit & { csrf?: boolean }) =>
      call('/v1/erasures', { method: 'POST', ...init, headers: { 'content-type': 'application/json', ...init.headers }, body: '{"consentId":"consent-0001"}' });
    for (const [attempt, init] of [
      ['no token', {}],
      ['wrong token', { headers: { 'x-assent-csrf': '0'.repeat(64) } }],
      ['other origin', { csrf: true, headers: { origin: 'https://evil.example' } }],
    ] as const) {
      const response = await erase(init);
      expect([response.status, ((await response.json()) as { error: { code: string } }).error.code], attempt).toEqual([403, 'csrf_failed']);
    }
    expect((await ledger.history('consent-0001'))[0]!.erasedAt).toBeNull();
    const done = await erase({ csrf: true, headers: { origin: BASE } });
    expect(done.status).toBe(200);
    expect((await ledger.history('consent-0001'))[0]!.erasedAt).not.toBeNull();
  });

  it('a session ends when it expires, when signed out, when forged, or when its key is removed', async () => {
    const first = await session();
    clock += 600_000;
    expect((await first.call('/console/session')).status).toBe(401);
    expect((await first.call('/v1/statistics?from=2026-03-01&to=2026-03-01')).status).toBe(401);

    const second = await session();
    expect((await second.call('/console/session', { method: 'DELETE' })).status).toBe(403);
    const out = await second.call('/console/session', { method: 'DELETE', csrf: true });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe('assent_console=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict');
    expect((await second.call('/console/session')).status).toBe(401);

    const third = await session();
    const [id, expires, nonce, mac] = third.token.split('.') as [string, string, string, string];
    const forged = [`${id}.${Number(expires) + 3600}.${nonce}.${mac}`, `${id}.${expires}.${nonce}.${'0'.repeat(64)}`, 'garbage'];
    for (const token of forged) {
      const response = await handler(new Request(`${BASE}/console/session`, { headers: { cookie: `assent_console=${token}` } }));
      expect(response.status, token).toBe(401);
    }
    const rekeyed = createLedgerHandler({ ledger, apiKeys: [{ key: 'k_another_officer1', scopes: ['console'] }], rateLimit: false, now: () => clock });
    expect((await rekeyed(new Request(`${BASE}/console/session`, { headers: { cookie: `assent_console=${third.token}` } }))).status).toBe(401);
  });

  it('keeps ids out of URLs: look-up and erasure take them in the body', async () => {
    await ledger.record(decisionInput({ consentId: 'consent-0001', subjectId: 'user-42' }), { ip: '203.0.113.0', userAgent: 'UA', origin: BASE });
    const { call } = await session();
    const lookup = (path: string, body: string) => call(path, { method: 'POST', csrf: true, headers: { 'content-type': 'application/json' }, body });
    const bySubject = await lookup('/v1/lookup/subject', '{"subjectId":"user-42"}');
    expect(bySubject.status).toBe(200);
    const found = (await bySubject.json()) as { consentIds: string[]; records: unknown[]; proofs: object; verifierKey: string | null };
    expect([found.consentIds, found.records.length]).toEqual([['consent-0001'], 1]);
    // This ledger signs no checkpoints: no proofs, no key (the console says so instead of failing them).
    expect([found.proofs, found.verifierKey]).toEqual([{}, null]);
    expect((await lookup('/v1/lookup/consent', '{"consentId":"consent-0001"}')).status).toBe(200);
    expect((await lookup('/v1/lookup/consent', '{"consentId":"consent-none"}')).status).toBe(404);
    expect((await lookup('/v1/lookup/consent', '{"subjectId":"user-42"}')).status).toBe(400);
  });
});

describe('console availability', () => {
  it('is off without a console key unless asked for, and /console redirects to /console/', async () => {
    const without = createLedgerHandler({ ledger, apiKeys: [{ key: keys.reader, scopes: ['read'] }], rateLimit: false });
    expect((await without(new Request(`${BASE}/console/`))).status).toBe(404);
    expect((await without(new Request(`${BASE}/console/session`, { method: 'POST' }))).status).toBe(404);
    const mounted = createLedgerHandler({ ledger, apiKeys: [keys.officer], basePath: '/consent', rateLimit: false });
    const redirect = await mounted(new Request(`${BASE}/consent/console`));
    expect([redirect.status, redirect.headers.get('location')]).toEqual([308, '/consent/console/']);
    const off = createLedgerHandler({ ledger, apiKeys: [keys.officer], console: false, rateLimit: false });
    expect((await off(new Request(`${BASE}/console`))).status).toBe(404);
  });

  it('serves the built files under a strict CSP, revalidated by ETag, and nothing else', async () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>Console</title>');
    writeFileSync(join(app, 'console.js'), 'export {};');
    writeFileSync(join(app, 'notes.txt'), 'not served');
    const files = consoleStaticFiles(app);
    const request = (path: string, headers: Record<string, string> = {}, method = 'GET') => ({
      method,
      url: new URL(`${BASE}${path}`),
      header: (name: string) => headers[name] ?? null,
      text: async () => '',
    });
    const index = files(request('/console/'), '/console/', '')!;
    expect(index.status).toBe(200);
    expect(index.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONSOLE_CSP, 'x-frame-options': 'DENY' });
    expect(CONSOLE_CSP).not.toMatch(/unsafe|\*/);
    expect(files(request('/console/console.js'), '/console/console.js', '')!.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(files(request('/console/', { 'if-none-match': index.headers.etag! }), '/console/', '')!.status).toBe(304);
    for (const path of ['/console/notes.txt', '/console/../package.json', '/console/missing.js']) {
      expect(() => files(request(path), path, ''), path).toThrow(/No such file/);
    }
    expect(() => files(request('/console/', {}, 'POST'), '/console/', '')).toThrow(/Use GET/);
    expect(files(request('/v1/consents'), '/v1/consents', '')).toBeUndefined();
    expect(() => consoleStaticFiles(join(dir, 'missing'))(request('/console/'), '/console/', '')).toThrow(/not built/);
  });
});
