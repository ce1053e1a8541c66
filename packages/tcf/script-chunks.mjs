// The files assent-tcf.js fetches from its own base URL, added to @assent/banner's list (whose
// locales, outbox and core on-demand files the TCF script tag fetches as assent.js does). Sources
// are relative to packages/banner, like the banner's own entries.

/** @type {import('../banner/script-chunks.mjs').ScriptChunk[]} */
export const TCF_SCRIPT_CHUNKS = [
  // The CMP: @iabtechlabtcf/core and cmpapi, the euconsent-v2 cookie, the vendor list. Every page view.
  { file: 'assent-tcf-cmp', source: '../tcf/src/script-tag/cmp-entry.ts', module: 'tcf', loader: 'loadTcfCmp' },
  // The TCF banner and dialog (Lit), with their locale chunks, when they must be shown.
  { file: 'assent-tcf-ui', source: '../tcf/src/script-tag/ui-entry.ts', module: 'tcf', loader: 'loadTcfUi' },
];
