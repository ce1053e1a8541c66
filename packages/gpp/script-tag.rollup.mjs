// The GPP script tags, built with @assent/banner's script-tag builds (the same start-up logic and
// lazy files) into packages/gpp/dist/script/:
//  - assent-gpp.js        the entry a GPP site includes instead of assent.js
//  - assent-tcf-gpp.js    the entry of a site with TCF (EU visitors) and GPP, instead of assent-tcf.js
//  - assent-gpp-cmp.js    the GPP CMP, fetched on every page view
//  - assent-tcf-cmp.js, assent-tcf-ui.js   @assent/tcf's lazy files, for assent-tcf-gpp.js
//  - assent-gpp-stub.js   the __gpp stub to place first in <head> (built in rollup.config.mjs)
//  - the banner's own lazy files (locale-xx.js, assent-sync.js, assent-idb.js, …)
// Both entries fetch from one folder, so the lazy files are built once, for the union of their lists.
// assent.js and assent-tcf.js are not touched: a site without GPP downloads none of this.
import { scriptBuilds } from '../banner/rollup.config.mjs';
import { SCRIPT_CHUNKS } from '../banner/script-chunks.mjs';
import { TCF_SCRIPT_CHUNKS } from '../tcf/script-chunks.mjs';
import { GPP_SCRIPT_CHUNKS } from './script-chunks.mjs';

export const GPP_SCRIPT_TAG_CHUNKS = [...SCRIPT_CHUNKS, ...TCF_SCRIPT_CHUNKS, ...GPP_SCRIPT_CHUNKS];

const options = { outDir: 'dist/script' };
export const {
  scriptEntry: gppScriptEntry,
  scriptUi: gppScriptUi,
  scriptOwnBuilds: gppScriptOwnBuilds,
} = scriptBuilds(GPP_SCRIPT_TAG_CHUNKS, { ...options, entry: '../gpp/src/script-tag/assent-gpp.ts', name: 'assent-gpp' });
export const { scriptEntry: tcfGppScriptEntry } = scriptBuilds(GPP_SCRIPT_TAG_CHUNKS, {
  ...options,
  entry: '../gpp/src/script-tag/assent-tcf-gpp.ts',
  name: 'assent-tcf-gpp',
});

export default [gppScriptEntry, tcfGppScriptEntry, gppScriptUi, ...gppScriptOwnBuilds];
