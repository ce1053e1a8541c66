// The extra bytes with IAB GPP on: what a US page on assent-gpp.js makes a browser fetch (the
// entry with the __gpp stub, the GPP CMP with the IAB's section encoders, and, on a first visit,
// the banner), next to the same page without GPP (assent.js) and next to a peer that ships GPP
// from npm (Usercentrics' browser SDK, whose entry always carries its GPP code). Each file
// compressed on its own, summed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizesOf } from '../../scripts/measure-bundle.mjs';
import { fmt, ratio, sizeTriple } from '../lib/stats.mjs';
import { ASSENT_SCRIPT_DIR, packageDir, packageVersion, withStaticImports } from './artifacts.mjs';

const GPP_SCRIPT_DIR = fileURLToPath(new URL('../../packages/gpp/dist/script/', import.meta.url));

const sum = (parts) =>
  parts.reduce((total, part) => ({ minified: total.minified + part.minified, gzip: total.gzip + part.gzip, brotli: total.brotli + part.brotli }), {
    minified: 0,
    gzip: 0,
    brotli: 0,
  });
const measureFiles = (files) => ({ ...sum(files.map((file) => sizesOf(readFileSync(file)))), files: files.length });

/** The cases and the peer, measured; `undefined` when the GPP build is missing. */
export function measureGppSizes() {
  const gppEntry = join(GPP_SCRIPT_DIR, 'assent-gpp.js');
  if (!existsSync(gppEntry)) return undefined;
  const banner = withStaticImports(join(ASSENT_SCRIPT_DIR, 'assent-ui.js'));
  const cmp = withStaticImports(join(GPP_SCRIPT_DIR, 'assent-gpp-cmp.js'));
  const without = { label: 'Assent — returning visitor without GPP', note: 'assent.js', ...measureFiles([join(ASSENT_SCRIPT_DIR, 'assent.js')]) };
  const withoutFirst = {
    label: 'Assent — first visit without GPP',
    note: 'assent.js + the banner chunk and its static imports',
    ...measureFiles([join(ASSENT_SCRIPT_DIR, 'assent.js'), ...banner]),
  };
  const returning = {
    label: 'Assent GPP — returning visitor (US)',
    note: 'assent-gpp.js + the GPP CMP chunk and its static imports',
    ...measureFiles([gppEntry, ...cmp]),
  };
  const first = {
    label: 'Assent GPP — first visit (US), English',
    note: 'the above + the banner chunk and its static imports',
    ...measureFiles([...new Set([gppEntry, ...cmp, ...withStaticImports(join(GPP_SCRIPT_DIR, 'assent-ui.js'))])]),
  };
  // Usercentrics' browser SDK: its ES entry and what that imports statically (GPP is in its main chunk).
  const ucFiles = withStaticImports(join(packageDir('@usercentrics/cmp-browser-sdk'), 'dist', 'index.js'));
  const peer = {
    label: `Usercentrics browser SDK ${packageVersion('@usercentrics/cmp-browser-sdk')} (GPP in its entry)`,
    note: 'headless: no UI code; its settings come from its own CDN at run time, not counted',
    ...measureFiles(ucFiles),
  };
  return { without, withoutFirst, returning, first, peer };
}

/** Table rows: each case next to the same visit without GPP. */
export function gppSizeRows(measured) {
  if (!measured) return [{ section: 'GPP size: the GPP build is missing (pnpm --filter @assent/gpp run build)' }];
  const { without, withoutFirst, returning, first, peer } = measured;
  const row = (item, reference) => ({
    measure: `${item.label} (${item.files} files; ${item.note})`,
    result: sizeTriple(item),
    reference: reference ? `${reference.label}: ${sizeTriple(reference)}` : 'itself',
    ratio: reference ? `${ratio(item.gzip, reference.gzip)} gzip; ${item.gzip >= reference.gzip ? '+' : ''}${fmt(item.gzip - reference.gzip)} B` : '1.00× gzip',
  });
  return [
    { section: 'IAB GPP — extra bytes on a US page, minified / gzip -9 / brotli q11 (each file compressed on its own, summed)' },
    row(without),
    row(returning, without),
    row(withoutFirst),
    row(first, withoutFirst),
    row(peer, withoutFirst),
  ];
}

/** A sentence for the closing notes. */
export function gppSizeSummary(measured) {
  if (!measured) return 'GPP build missing';
  const { without, withoutFirst, returning, first, peer } = measured;
  return `GPP returning visitor ${fmt(returning.gzip)} B gzip (+${fmt(returning.gzip - without.gzip)} B over assent.js), first visit ${fmt(first.gzip)} B (+${fmt(first.gzip - withoutFirst.gzip)} B); ${peer.label}: ${fmt(peer.gzip)} B`;
}
