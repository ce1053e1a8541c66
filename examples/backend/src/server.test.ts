// The demo backend without a browser: routing, path safety, server-side decisions, form origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeConsentCookie } from '@assent/core/cookie';
import { startDemoServer } from './server.mjs';

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-backend-'));
  demo = await startDemoServer({ port: 0, host: '127.0.0.1', dbFile: join(dir, 'ledger.sqlite'), rateLimit: false });
});
afterAll(async () => {
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends the path exactly as written (fetch would resolve dot segments before sending). */
const rawStatus = (path: string) =>
  new Promise<number>((resolve, reject) =>
    request(`${demo.url}/`, { path }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
      .on('error', reject)
      .end(),
  );

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${demo.url}${path}`, { headers, redirect: 'manual' });

describe('demo backend', () => {
  it('serves the static site and the ledger API', async () => {
    expect((await get('/')).headers.get('content-type')).toMatch(/text\/html/);
    expect(await (await get('/healthz')).json()).toEqual({ status: 'ok', storage: 'sqlite' });
    expect(await (await get('/.well-known/gpc.json')).json()).toMatchObject({ gpc: true });
  });

  it('never serves files outside its folders', async () => {
    expect(await rawStatus('/index.html')).toBe(200);
    for (const path of [
      '/../package.json',
      '/../backend/package.json',
      '/%2e%2e/backend/package.json',
      '/assent/../../package.json',
      '/spa/..%2f..%2fbackend%2fpackage.json',
      '/%00',
    ]) {
      expect(await rawStatus(path), path).toBe(404);
    }
  });

  it('decides without consent: generic recommendations, no ad; Sec-GPC is named as the reason', async () => {
    expect(await (await get('/api/recommendations')).json()).toMatchObject({ personalised: false });
    expect(await (await get('/api/ad-slot')).json()).toMatchObject({ shown: false, gpc: false });
    const gpc = await (await get('/api/ad-slot', { 'sec-gpc': '1' })).json();
    expect(gpc).toMatchObject({ shown: false, gpc: true });
    expect(gpc.reason).toMatch(/Global Privacy Control/);
    expect((await get('/api/ad-slot')).headers.get('vary')).toMatch(/Cookie/);
  });

  it("erases the record of this browser's consent id on request, without an account, through the ledger API", async () => {
    const consentId = crypto.randomUUID();
    const decision = {
      id: consentId,
      revision: '1',
      categories: { necessary: true, analytics: true },
      services: {},
      givenAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      expiresAt: '2027-05-01T10:00:00.000Z',
      method: 'custom',
      locale: 'en',
      region: 'DE',
      regime: 'opt-in',
      gpc: false,
      textHash: '',
    } as const;
    const cookie = `assent=${encodeConsentCookie(decision, [])}`;
    const { id: _, givenAt: __, ...fields } = decision;
    await demo.ledger.record(
      { ...fields, recordId: 'r-erase-me-0001', consentId, textHash: 'sha256:abc', sdkVersion: '0.1.0' },
      { ip: '203.0.113.0', userAgent: 'UA/1' },
    );
    const erase = (headers: Record<string, string>) => fetch(`${demo.url}/privacy/erase-my-consent-record`, { method: 'POST', headers });

    const answer = await erase({ cookie, origin: demo.url });
    const report = await answer.json();
    expect(answer.status, JSON.stringify(report)).toBe(200);
    expect(report).toMatchObject({ consentId, records: 1, fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'] });
    expect(report.kept).toMatch(/decision itself/);
    expect(await demo.ledger.current(consentId)).toMatchObject({ ip: '', userAgent: '', categories: { analytics: true } });
    expect(await (await erase({ cookie })).json()).toMatchObject({ records: 0, erasedAt: report.erasedAt });

    expect((await erase({})).status).toBe(404); // no cookie
    expect((await erase({ cookie: `assent=${encodeConsentCookie({ ...decision, id: crypto.randomUUID() }, [])}` })).status).toBe(404);
    expect((await erase({ cookie, origin: 'https://evil.example' })).status).toBe(403);
    // The key stays on the server: the ledger's own route refuses the browser.
    expect((await fetch(`${demo.url}/v1/consents/${consentId}`, { method: 'DELETE' })).status).toBe(401);
    expect((await demo.ledger.verify()).ok).toBe(true);
  });

  it('refuses account forms from another origin and redirects signed-out exports', async () => {
    const crossSite = await fetch(`${demo.url}/account/erase`, { method: 'POST', headers: { origin: 'https://evil.example' }, redirect: 'manual' });
    expect(crossSite.status).toBe(403);
    expect((await get('/account/export')).status).toBe(303);
  });
});
