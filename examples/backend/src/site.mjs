// What the demo backend shares with the two sites. The revision must match the sites' config
// (examples/script-tag-site/assent-config.js, examples/spa/src/site.ts, examples/vue/src/site.ts): a cookie of another
// revision counts as no decision, on the server as in the browser.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/** Policy revision the demo runs with; a new one asks every visitor again. */
export const REVISION = '2026-11';

/** The one account of the demo. Its id is the ledger's subject id. */
export const DEMO_USER = { subjectId: 'demo-user-0001', name: 'Dana Demo' };

/** Name of the demo's session cookie (necessary: it keeps you signed in). */
export const SESSION_COOKIE = 'assent_demo_session';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Folders the backend serves files from. */
export const PATHS = {
  scriptTagSite: join(here, '../../script-tag-site'),
  spa: join(here, '../../spa/dist'),
  vue: join(here, '../../vue/dist'),
  // The banner's script-tag build: assent.js, the lazily loaded UI and locales.
  bannerScripts: join(dirname(require.resolve('@assent/banner/package.json')), 'dist/script'),
  // The TCF script tag (assent-tcf.js, the __tcfapi stub, the CMP and the TCF layers), for /news/.
  tcfScripts: join(dirname(require.resolve('@assent/tcf/package.json')), 'dist/script'),
  // The GPP script tags (assent-gpp.js, assent-tcf-gpp.js, the __gpp stub, the GPP CMP and the TCF
  // files assent-tcf-gpp.js fetches), for /us-news/.
  gppScripts: join(dirname(require.resolve('@assent/gpp/package.json')), 'dist/script'),
  // A Global Vendor List (v3) to serve where the IAB's cannot be downloaded (offline, tests): the
  // test fixture of @assent/tcf, whose vendors are the news page's.
  tcfVendorListFixture: join(dirname(require.resolve('@assent/tcf/package.json')), 'src/fixtures/vendor-list.json'),
};

/** Where the ledger lives unless told otherwise. */
export const DEFAULT_DB_FILE = join(here, '../.data/ledger.sqlite');
