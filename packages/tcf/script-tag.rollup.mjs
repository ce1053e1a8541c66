// The TCF script tag, built with @assent/banner's script-tag builds (the same start-up logic and
// lazy files) into packages/tcf/dist/script/:
//  - assent-tcf.js        the entry a TCF site includes instead of assent.js
//  - assent-tcf-cmp.js    the CMP, fetched on every page view
//  - assent-tcf-ui.js     the TCF banner and dialog (and their chunks), when shown
//  - assent-tcf-stub.js   the __tcfapi stub to place first in <head> (built in rollup.config.mjs)
//  - the banner's own lazy files (locale-xx.js, assent-sync.js, assent-idb.js, …)
// No single-file build: with the IAB's purpose texts of every language inlined it would weigh
// hundreds of kilobytes, where a page needs one language.
// assent.js is not touched: a site without TCF downloads none of this.
import { scriptBuilds } from '../banner/rollup.config.mjs';
import { SCRIPT_CHUNKS } from '../banner/script-chunks.mjs';
import { TCF_SCRIPT_CHUNKS } from './script-chunks.mjs';

export const TCF_SCRIPT_TAG_CHUNKS = [...SCRIPT_CHUNKS, ...TCF_SCRIPT_CHUNKS];

export const {
  scriptEntry: tcfScriptEntry,
  scriptUi: tcfScriptUi,
  scriptOwnBuilds: tcfScriptOwnBuilds,
} = scriptBuilds(TCF_SCRIPT_TAG_CHUNKS, { entry: '../tcf/src/script-tag/assent-tcf.ts', name: 'assent-tcf', outDir: 'dist/script' });

export default [tcfScriptEntry, tcfScriptUi, ...tcfScriptOwnBuilds];
