// The demo backend without a browser: routing, path safety, server-side decisions, form origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('refuses account forms from another origin and redirects signed-out exports', async () => {
    const crossSite = await fetch(`${demo.url}/account/erase`, { method: 'POST', headers: { origin: 'https://evil.example' }, redirect: 'manual' });
    expect(crossSite.status).toBe(403);
    expect((await get('/account/export')).status).toBe(303);
  });
});
