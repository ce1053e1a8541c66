// The ledger's Global Vendor List: a local HTTP server plays the IAB's source (the synthetic
// fixture list), so nothing here reaches the internet.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerHandler } from '../http/handler.js';
import { documented } from '../http/openapi/responses.test-helper.js';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { fixtureVendorList } from './tc-string.test-helper.js';
import { createVendorListCache, type VendorListCache, type VendorListCacheOptions } from './vendor-list-cache.js';
import { VENDOR_LIST_CACHE_CONTROL } from './routes.js';

const BASE = 'http://ledger.test';
const ORIGIN = 'https://shop.example';
let dir: string;
let ledger: Ledger;
let source: Server;
let sourceUrl: string;
let answer: { status: number; body: string };
let downloads: number;
const caches: VendorListCache[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-gvl-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
  answer = { status: 200, body: JSON.stringify(fixtureVendorList()) };
  downloads = 0;
  source = createServer((_request, response) => {
    downloads++;
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
  const address = source.address();
  sourceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v3/vendor-list.json`;
});
afterEach(async () => {
  for (const cache of caches.splice(0)) cache.stop();
  await new Promise((resolve) => source.close(resolve));
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const cacheFile = () => join(dir, 'ledger.sqlite.vendor-list.json');
function newCache(options: Partial<VendorListCacheOptions> = {}) {
  const lines: string[] = [];
  const cache = createVendorListCache({ cacheFile: cacheFile(), source: sourceUrl, log: (line) => lines.push(line), ...options });
  caches.push(cache);
  return { cache, lines };
}
const handlerFor = (cache: VendorListCache) => documented(createLedgerHandler({ ledger, tcfVendorList: cache, allowedOrigins: [ORIGIN], rateLimit: false }));
const get = (handler: ReturnType<typeof handlerFor>, query = '', headers: Record<string, string> = {}) =>
  handler(new Request(`${BASE}/v1/tcf/vendor-list.json${query}`, { headers }));
const withVersion = (vendorListVersion: number) => JSON.stringify({ ...fixtureVendorList(), vendorListVersion });
const stopSource = () => new Promise((resolve) => source.close(resolve));

describe('GET /v1/tcf/vendor-list.json', () => {
  it('serves the list the ledger downloaded, with a strong ETag, Cache-Control, JSON type and CORS; keeps it on disk', async () => {
    const { cache } = newCache();
    expect(await cache.refresh()).toBe(true);
    const response = await get(handlerFor(cache), '', { origin: ORIGIN });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(VENDOR_LIST_CACHE_CONTROL);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual(fixtureVendorList());
    const { createHash } = await import('node:crypto');
    expect(etag).toBe(`"${createHash('sha256').update(body).digest('base64url')}"`);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8'))).toEqual(fixtureVendorList());
  });

  it('answers If-None-Match with 304 and no body while the copy is the same; 200 for another tag', async () => {
    const { cache } = newCache();
    await cache.refresh();
    const handler = handlerFor(cache);
    const etag = (await get(handler)).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await get(handler, '', { 'if-none-match': ifNoneMatch, origin: ORIGIN });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('etag')).toBe(etag);
      expect(response.headers.get('cache-control')).toBe(VENDOR_LIST_CACHE_CONTROL);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    }
    expect((await get(handler, '', { 'if-none-match': '"stale-copy"' })).status).toBe(200);
  });

  it('picks up a new version on refresh: new body, new ETag, the old tag no longer 304', async () => {
    const { cache } = newCache();
    await cache.refresh();
    const handler = handlerFor(cache);
    const before = (await get(handler)).headers.get('etag')!;
    answer.body = withVersion(102);
    expect(await cache.refresh()).toBe(true);
    const after = await get(handler, '', { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    expect((await after.json()).vendorListVersion).toBe(102);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).vendorListVersion).toBe(102);
  });

  it('keeps serving the last good copy when the source is down, and logs it once', async () => {
    const { cache, lines } = newCache();
    await cache.refresh();
    const handler = handlerFor(cache);
    const etag = (await get(handler)).headers.get('etag');
    answer.status = 500;
    expect(await cache.refresh()).toBe(false);
    await stopSource();
    expect(await cache.refresh()).toBe(false);
    expect(await cache.refresh()).toBe(false);
    const response = await get(handler);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    expect((await response.json()).vendorListVersion).toBe(101);
    expect(lines).toEqual([expect.stringMatching(/download from .* failed \(HTTP 500\); serving the copy of .* \(version 101\)/)]);
  });

  it('never replaces a good copy with garbage: not JSON, another GVL version, or a list without its version, vendors or purposes', async () => {
    const { cache, lines } = newCache();
    await cache.refresh();
    const handler = handlerFor(cache);
    const etag = (await get(handler)).headers.get('etag');
    const good = fixtureVendorList();
    const garbage = [
      '<html>Service unavailable</html>',
      '',
      '[]',
      JSON.stringify({ ...good, gvlSpecificationVersion: 2, vendorListVersion: 300 }),
      JSON.stringify({ ...good, vendorListVersion: undefined }),
      JSON.stringify({ ...good, vendorListVersion: '102' }),
      JSON.stringify({ ...good, vendors: undefined, vendorListVersion: 102 }),
      JSON.stringify({ ...good, purposes: {}, vendorListVersion: 102 }),
      JSON.stringify({ ...good, vendors: { 8: 'nope' }, vendorListVersion: 102 }),
    ];
    for (const body of garbage) {
      answer.body = body;
      expect(await cache.refresh(), body.slice(0, 40)).toBe(false);
      expect((await get(handler)).headers.get('etag')).toBe(etag);
      expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).vendorListVersion).toBe(101);
    }
    expect(lines).toEqual([expect.stringMatching(/not a GVL v3: not JSON/)]);
    answer.body = withVersion(102);
    expect(await cache.refresh()).toBe(true);
    expect(lines[1]).toMatch(/downloaded version 102 .* again/);
  });

  it('after a restart with the source down, serves the copy kept on disk', async () => {
    const first = newCache().cache;
    await first.refresh();
    const etag = (await get(handlerFor(first))).headers.get('etag');
    first.stop();
    await stopSource();
    const { cache, lines } = newCache();
    cache.start();
    const response = await get(handlerFor(cache));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    expect(await cache.refresh()).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/failed .*; serving the copy of/)]);
  });

  it('answers 503 (JSON error) while there is no copy at all and the source is down', async () => {
    await stopSource();
    const { cache, lines } = newCache();
    expect(await cache.refresh()).toBe(false);
    const response = await get(handlerFor(cache), '', { origin: ORIGIN });
    expect(response.status).toBe(503);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await response.json()).toEqual({ error: { code: 'vendor_list_unavailable', message: expect.any(String) } });
    expect(lines).toEqual([expect.stringMatching(/no copy to serve yet \(503\)/)]);
    expect(existsSync(cacheFile())).toBe(false);
  });

  it('ignores a garbled cache file and downloads instead', async () => {
    writeFileSync(cacheFile(), '{"gvlSpecificationVersion":3');
    const { cache, lines } = newCache();
    expect(cache.served()).toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/ignoring the cached copy .* \(not JSON\)/)]);
    expect(await cache.refresh()).toBe(true);
    expect(cache.served()?.vendorListVersion).toBe(101);
  });

  it('narrows the list to ?vendors=, keeping purposes, stacks and the rest, with an ETag per variant', async () => {
    const { cache } = newCache();
    await cache.refresh();
    const handler = handlerFor(cache);
    const whole = await get(handler);
    const narrowed = await get(handler, '?vendors=755,8,99999');
    expect(narrowed.status).toBe(200);
    const list = await narrowed.json();
    const { vendors, ...rest } = fixtureVendorList();
    expect(Object.keys(list.vendors)).toEqual(['8', '755']);
    expect(list.vendors['755']).toEqual(vendors['755']);
    expect({ ...list, vendors: undefined }).toEqual({ ...rest, vendors: undefined });
    const etag = narrowed.headers.get('etag')!;
    expect(etag).not.toBe(whole.headers.get('etag'));
    // The same selection in another order is the same variant.
    expect((await get(handler, '?vendors=8,755,8,99999')).headers.get('etag')).toBe(etag);
    expect((await get(handler, '?vendors=8,755,99999', { 'if-none-match': etag })).status).toBe(304);
    expect((await get(handler, '?vendors=8', { 'if-none-match': etag })).status).toBe(200);
  });

  it('answers 400 naming the parameter for a malformed, repeated or unknown query parameter', async () => {
    const { cache } = newCache();
    await cache.refresh();
    const handler = handlerFor(cache);
    for (const query of [
      '?vendors=',
      '?vendors=a',
      '?vendors=0',
      '?vendors=1,,2',
      '?vendors=1,',
      '?vendors=-1',
      '?vendors=1.5',
      '?vendors=1&vendors=2',
      `?vendors=${Array.from({ length: 2001 }, (_, i) => i + 1).join(',')}`,
    ]) {
      const response = await get(handler, query);
      expect(response.status, query.slice(0, 30)).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid_query', details: [{ path: 'vendors' }] } });
    }
    const unknown = await get(handler, '?vendor=8');
    expect(await unknown.json()).toMatchObject({ error: { code: 'invalid_query', details: [{ path: 'vendor' }] } });
  });

  it('refreshes on its schedule, and does not exist without a cache', async () => {
    const { cache } = newCache({ refreshHours: 0.2 / 3600 });
    cache.start();
    await expect.poll(() => cache.served()?.vendorListVersion).toBe(101);
    answer.body = withVersion(103);
    await expect.poll(() => cache.served()?.vendorListVersion, { timeout: 3000 }).toBe(103);
    expect(downloads).toBeGreaterThanOrEqual(2);
    cache.stop();
    const plain = documented(createLedgerHandler({ ledger, rateLimit: false }));
    expect((await plain(new Request(`${BASE}/v1/tcf/vendor-list.json`))).status).toBe(404);
  });
});
