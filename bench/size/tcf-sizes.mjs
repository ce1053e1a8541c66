// The first visit's extra bytes with IAB TCF on: what the news page (assent-tcf.js) makes a browser
// fetch before the TCF layer shows, next to the same first visit without TCF (assent.js) and next to
// a peer that ships TCF from npm (Usercentrics' browser SDK). Each file compressed on its own, summed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowVendorList, parseVendorList } from '@assent/server-sync';
import { sizesOf } from '../../scripts/measure-bundle.mjs';
import { fmt, ratio, sizeTriple } from '../lib/stats.mjs';
import { ASSENT_SCRIPT_DIR, packageDir, packageVersion, withStaticImports } from './artifacts.mjs';

const TCF_SCRIPT_DIR = fileURLToPath(new URL('../../packages/tcf/dist/script/', import.meta.url));
const FIXTURE_GVL = fileURLToPath(new URL('../../packages/tcf/src/fixtures/vendor-list.json', import.meta.url));
// The demo news page's vendors (examples/script-tag-site/news/assent-config.js).
const NEWS_VENDORS = [1, 2, 10, 21, 28, 32, 52, 76, 91, 755, 793, 1126];

const sum = (parts) =>
  parts.reduce((total, part) => ({ minified: total.minified + part.minified, gzip: total.gzip + part.gzip, brotli: total.brotli + part.brotli }), {
    minified: 0,
    gzip: 0,
    brotli: 0,
  });
const measureFiles = (files) => sum(files.map((file) => sizesOf(readFileSync(file))));

/** The three cases and the peer, measured; `undefined` when the TCF build is missing. */
export function measureTcfSizes() {
  const tcfEntry = join(TCF_SCRIPT_DIR, 'assent-tcf.js');
  if (!existsSync(tcfEntry)) return undefined;
  const assentFirstVisit = [join(ASSENT_SCRIPT_DIR, 'assent.js'), ...withStaticImports(join(ASSENT_SCRIPT_DIR, 'assent-ui.js'))];
  const cmp = withStaticImports(join(TCF_SCRIPT_DIR, 'assent-tcf-cmp.js'));
  const layers = withStaticImports(join(TCF_SCRIPT_DIR, 'assent-tcf-ui.js'));
  const tcfFiles = [...new Set([tcfEntry, ...cmp, ...layers])];
  // The vendor list as the ledger serves it for the page's vendors (the JSON response, compressed like a file).
  const vendorList = sizesOf(Buffer.from(JSON.stringify(narrowVendorList(parseVendorList(readFileSync(FIXTURE_GVL, 'utf8')), NEWS_VENDORS))));
  const without = {
    label: 'Assent — first visit without TCF',
    note: 'assent.js + the banner chunk and its static imports',
    ...measureFiles(assentFirstVisit),
    files: assentFirstVisit.length,
  };
  const returning = {
    label: 'Assent TCF — returning visitor',
    note: 'assent-tcf.js + the CMP chunk + the vendor list (12 vendors)',
    ...sum([measureFiles([tcfEntry, ...cmp]), vendorList]),
    files: 1 + cmp.length + 1,
  };
  const first = {
    label: 'Assent TCF — first visit, English',
    note: 'the above + the TCF layer chunk and its static imports',
    ...sum([measureFiles(tcfFiles), vendorList]),
    files: tcfFiles.length + 1,
  };
  // Usercentrics' browser SDK: its ES entry, what that imports statically, and its TCF chunks (data and UI model).
  const ucDir = join(packageDir('@usercentrics/cmp-browser-sdk'), 'dist');
  const ucTcfChunks = readdirSync(ucDir)
    .filter((file) => /^Tcf(Data|UI)-.*\.js$/.test(file))
    .map((file) => join(ucDir, file));
  const ucFiles = [...new Set([...withStaticImports(join(ucDir, 'index.js')), ...ucTcfChunks.flatMap((file) => withStaticImports(file))])];
  const peer = {
    label: `Usercentrics browser SDK ${packageVersion('@usercentrics/cmp-browser-sdk')} with TCF`,
    note: 'headless: no UI code; its settings and vendor list come from its own CDN at run time, not counted',
    ...measureFiles(ucFiles),
    files: ucFiles.length,
  };
  return { without, returning, first, peer, vendorList };
}

/** Table rows: each case next to the first visit without TCF. */
export function tcfSizeRows(measured) {
  if (!measured) return [{ section: 'TCF size: the TCF build is missing (pnpm --filter @assent/tcf run build)' }];
  const { without, returning, first, peer } = measured;
  const reference = `${without.label}: ${sizeTriple(without)}`;
  const row = (item) => ({
    measure: `${item.label} (${item.files} files; ${item.note})`,
    result: sizeTriple(item),
    reference: item === without ? 'itself' : reference,
    ratio: `${ratio(item.gzip, without.gzip)} gzip; ${item === without ? '' : `${item.gzip >= without.gzip ? '+' : ''}${fmt(item.gzip - without.gzip)} B`}`,
  });
  return [
    { section: 'IAB TCF — first visit extra bytes, minified / gzip -9 / brotli q11 (each file compressed on its own, summed)' },
    ...[without, returning, first, peer].map(row),
  ];
}

/** A sentence for the closing notes. */
export function tcfSizeSummary(measured) {
  if (!measured) return 'TCF build missing';
  const { without, first, peer } = measured;
  return `TCF first visit ${fmt(first.gzip)} B gzip, ${fmt(first.gzip - without.gzip)} B more than without TCF (${fmt(without.gzip)} B); ${peer.label}: ${fmt(peer.gzip)} B`;
}
