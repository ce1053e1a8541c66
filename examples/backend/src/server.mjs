// The demo backend: one node:http server for both sites, the ledger API under /v1 on a SQLite
// file, and the routes that decide from consent.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLedger, createLedgerHandler, createVendorListCache, generateLogKey, openSqliteStorage, toNodeListener } from '@assent/server-sync';
import { DEFAULT_DB_FILE, PATHS } from './site.mjs';
import { staticFiles } from './static-files.mjs';
import { accountRoutes } from './account.mjs';
import { shopRoutes } from './shop.mjs';
import { ledgerEraser, privacyRoutes } from './privacy.mjs';
import { sendJson } from './http-helpers.mjs';

/**
 * @typedef {object} DemoServerOptions
 * @property {number} [port] default 8080; 0 picks a free one
 * @property {string} [host] interface to listen on; default `localhost` (this machine only)
 * @property {string} [dbFile] SQLite file of the ledger; default `examples/backend/.data/ledger.sqlite`
 * @property {false | import('@assent/server-sync').RateLimitOptions} [rateLimit] the ledger's per-IP limit (tests turn it off)
 * @property {string} [eraseKey] the site's API key with the `erase` scope; default `$ASSENT_ERASE_KEY`, else a random one per start
 * @property {string} [consoleKey] the privacy officer's key for the console (every scope); default one made on first start, kept in `console.key` beside the database
 * @property {import('@assent/core/region').EdgeCdn} [cdn] the CDN in front of the demo, whose headers give each visitor's region (server-rendered pages hand it to the script tag); default `$ASSENT_DEMO_CDN`, else none
 * @property {string} [vendorListSource] where the ledger downloads the IAB Global Vendor List from (the TCF page /news/); default `$ASSENT_DEMO_GVL_SOURCE`, else the demo's own copy of @assent/tcf's fixture, so the demo works offline
 */

/**
 * @typedef {object} DemoServer
 * @property {string} url e.g. `http://localhost:8080`
 * @property {number} port
 * @property {import('@assent/server-sync').Ledger} ledger
 * @property {string} consoleKey the key that signs in to `/console/`
 * @property {() => Promise<void>} close stops the server and closes the ledger
 */

/**
 * Starts the demo backend.
 * @param {DemoServerOptions} [options]
 * @returns {Promise<DemoServer>}
 * @example
 * const demo = await startDemoServer({ port: 0, dbFile: '/tmp/ledger.sqlite' });
 * console.log(demo.url);
 */
export async function startDemoServer(options = {}) {
  const dbFile = options.dbFile ?? DEFAULT_DB_FILE;
  const host = options.host ?? 'localhost';
  mkdirSync(dirname(dbFile), { recursive: true });
  const ledger = createLedger({ storage: openSqliteStorage(dbFile), log: { signerKey: demoLogKey(join(dirname(dbFile), 'assent-log.key')) } });
  // The site's own key for visitors' erasure requests: only this server knows it.
  const eraseKey = options.eraseKey ?? process.env.ASSENT_ERASE_KEY ?? `k_demo_erase_${randomBytes(16).toString('hex')}`;
  // The privacy officer's key for the console (every scope), kept beside the database like the log key.
  const consoleKey = options.consoleKey ?? demoSecret(join(dirname(dbFile), 'console.key'), () => `k_demo_officer_${randomBytes(16).toString('hex')}`);
  let url = '';
  // The TCF page's vendor list, served by the ledger (GET /v1/tcf/vendor-list.json) and cached on
  // disk beside the database. Its source is the IAB's list when ASSENT_DEMO_GVL_SOURCE says so
  // (https://vendor-list.consensu.org/v3/vendor-list.json), else @assent/tcf's fixture read from
  // disk, so the demo and its tests work offline.
  const vendorListSource = options.vendorListSource ?? process.env.ASSENT_DEMO_GVL_SOURCE;
  const tcfVendorList = createVendorListCache({
    cacheFile: join(dirname(dbFile), 'vendor-list.json'),
    log: (message) => console.warn(`demo ledger: ${message}`),
    ...(vendorListSource
      ? { source: vendorListSource }
      : { source: pathToFileURL(PATHS.tcfVendorListFixture).href, fetch: async () => new Response(readFileSync(PATHS.tcfVendorListFixture)) }),
  });
  tcfVendorList.start();
  // Same origin only: both sites are served from here, so no other origin may write.
  const ledgerApi = toNodeListener(
    createLedgerHandler({
      ledger,
      apiKeys: [
        { key: eraseKey, scopes: ['erase'], name: 'demo site' },
        { key: consoleKey, scopes: ['read', 'export', 'erase', 'console'], name: 'demo officer' },
      ],
      gpcLastUpdate: '2026-11-01',
      tcfVendorList,
      ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    }),
  );
  const routes = [
    // Through the ledger's HTTP API, as a site whose ledger runs elsewhere would (`ledger.eraseConsent` in-process does the same).
    privacyRoutes(ledgerEraser(() => url, eraseKey)),
    shopRoutes(ledger, { cdn: options.cdn ?? /** @type {any} */ (process.env.ASSENT_DEMO_CDN || undefined) }),
    accountRoutes(ledger),
    staticFiles({ root: PATHS.bannerScripts, mount: '/assent/' }),
    staticFiles({ root: PATHS.tcfScripts, mount: '/assent-tcf/' }),
    staticFiles({ root: PATHS.gppScripts, mount: '/assent-gpp/' }),
    staticFiles({ root: PATHS.spa, mount: '/spa/', fallback: 'index.html' }),
    staticFiles({ root: PATHS.vue, mount: '/vue/', fallback: 'index.html' }),
    staticFiles({ root: PATHS.scriptTagSite }),
  ];

  // Slow or stalled clients are cut off (408), as createLedgerServer does for a ledger of its own.
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 30_000 }, async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (pathname.startsWith('/v1/') || pathname.startsWith('/console') || pathname === '/healthz' || pathname === '/.well-known/gpc.json')
        return await ledgerApi(req, res);
      if (pathname === '/spa') return res.writeHead(308, { location: '/spa/' }).end();
      if (pathname === '/vue') return res.writeHead(308, { location: '/vue/' }).end();
      for (const route of routes) if (await route(req, res, pathname)) return;
      sendJson(res, 404, { error: { code: 'not_found', message: 'No such page' } });
    } catch (error) {
      console.error('demo backend:', error);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'Internal error' } });
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  url = `http://${/^(::|0\.0\.0\.0)$/.test(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    ledger,
    consoleKey,
    async close() {
      tcfVendorList.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await ledger.close();
    },
  };
}

/**
 * The demo signs its transparency log with a key kept beside its database, made on first start
 * (as `assent-ledger keygen` does). A real site keeps the key elsewhere and publishes the verifier key.
 * @param {string} file
 * @returns {string} the signer key
 */
function demoLogKey(file) {
  return demoSecret(file, () => generateLogKey('localhost/assent-demo').signerKey);
}

/**
 * A secret kept in a file beside the demo's database, made on first start (owner-only).
 * @param {string} file
 * @param {() => string} make
 * @returns {string}
 */
function demoSecret(file, make) {
  if (!existsSync(file)) writeFileSync(file, `${make()}\n`, { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}
