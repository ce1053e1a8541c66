// What a downloaded vendor list must be before it replaces the ledger's copy: at least what the
// browser requires (packages/tcf/src/vendor-list/load.ts), never an older version, never more than
// 32 MB however it is sent. A local HTTP server plays the IAB's source.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureVendorList } from './tc-string.test-helper.js';
import { createVendorListCache, type VendorListCache } from './vendor-list-cache.js';

const MB = 1024 * 1024;
let dir: string;
let source: Server;
let sourceUrl: string;
let respond: (response: ServerResponse) => void;
const caches: VendorListCache[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-gvl-checks-'));
  respond = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fixtureVendorList()));
  source = createServer((_request, response) => respond(response));
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
  const address = source.address();
  sourceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v3/vendor-list.json`;
});
afterEach(async () => {
  for (const cache of caches.splice(0)) cache.stop();
  source.closeAllConnections();
  await new Promise((resolve) => source.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const cacheFile = () => join(dir, 'ledger.sqlite.vendor-list.json');
function newCache() {
  const lines: string[] = [];
  const cache = createVendorListCache({ cacheFile: cacheFile(), source: sourceUrl, log: (line) => lines.push(line) });
  caches.push(cache);
  return { cache, lines };
}
const serve = (list: unknown) => {
  respond = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
};
const heldVersion = () => JSON.parse(readFileSync(cacheFile(), 'utf8')).vendorListVersion;

describe('a downloaded vendor list', () => {
  it('is refused unless it has everything the browser requires: tcfPolicyVersion and the five section objects', async () => {
    const { cache, lines } = newCache();
    expect(await cache.refresh()).toBe(true);
    const good = fixtureVendorList();
    const etag = cache.served()!.etag;
    const refused = [
      { ...good, vendorListVersion: 102, tcfPolicyVersion: undefined },
      { ...good, vendorListVersion: 102, tcfPolicyVersion: 0 },
      { ...good, vendorListVersion: 102, tcfPolicyVersion: 4.5 },
      { ...good, vendorListVersion: 102, tcfPolicyVersion: '5' },
      { ...good, vendorListVersion: 102, specialPurposes: undefined },
      { ...good, vendorListVersion: 102, features: [] },
      { ...good, vendorListVersion: 102, specialFeatures: undefined },
      { ...good, vendorListVersion: 102, specialFeatures: null },
      { ...good, vendorListVersion: 102, purposes: [] },
    ];
    for (const list of refused) {
      serve(list);
      expect(await cache.refresh(), JSON.stringify(list).slice(-60)).toBe(false);
      expect(cache.served()!.etag).toBe(etag);
      expect(heldVersion()).toBe(101);
    }
    expect(lines).toEqual([
      expect.stringMatching(/not a GVL v3: tcfPolicyVersion is missing or not a positive integer\); serving the copy .* \(version 101\)/),
    ]);
    // Empty sections are objects: the browser takes them, so does the ledger.
    serve({ ...good, vendorListVersion: 102, specialFeatures: {}, features: {} });
    expect(await cache.refresh()).toBe(true);
    expect(heldVersion()).toBe(102);
  });

  it('never replaces the copy held with a lower vendorListVersion, and says so once', async () => {
    const { cache, lines } = newCache();
    serve({ ...fixtureVendorList(), vendorListVersion: 120 });
    expect(await cache.refresh()).toBe(true);
    serve({ ...fixtureVendorList(), vendorListVersion: 119 });
    expect(await cache.refresh()).toBe(false);
    expect(await cache.refresh()).toBe(false);
    expect(cache.served()!.vendorListVersion).toBe(120);
    expect(heldVersion()).toBe(120);
    expect(lines).toEqual([expect.stringMatching(/vendorListVersion 119 is older than the copy held\); serving the copy .* \(version 120\)/)]);
    // The same version again is not older.
    serve({ ...fixtureVendorList(), vendorListVersion: 120 });
    expect(await cache.refresh()).toBe(true);
  });

  it('keeps the lower-version rule across a restart: the copy on disk counts', async () => {
    serve({ ...fixtureVendorList(), vendorListVersion: 130 });
    const first = newCache().cache;
    expect(await first.refresh()).toBe(true);
    first.stop();
    serve({ ...fixtureVendorList(), vendorListVersion: 101 });
    const { cache } = newCache();
    expect(await cache.refresh()).toBe(false);
    expect(cache.served()!.vendorListVersion).toBe(130);
  });

  it('is abandoned as soon as it passes 32 MB when sent without a content-length, keeping the copy held', async () => {
    const { cache, lines } = newCache();
    expect(await cache.refresh()).toBe(true);
    let sent = 0;
    // Chunked and endless in effect (at most 512 MB): only the reader stopping ends it early.
    respond = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(MB, 0x20);
      const pump = () => {
        while (sent < 512 * MB && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    };
    expect(await cache.refresh()).toBe(false);
    expect(sent).toBeGreaterThan(32 * MB);
    expect(sent).toBeLessThan(96 * MB);
    expect(cache.served()!.vendorListVersion).toBe(101);
    expect(lines).toEqual([expect.stringMatching(/failed \(too large\)/)]);
  }, 20_000);
});
