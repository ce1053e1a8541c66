// The files the GPP script tags fetch from their own base URL, added to @assent/banner's list
// (and, for assent-tcf-gpp.js, @assent/tcf's). Sources are relative to packages/banner, like the
// banner's own entries.

/** @type {import('../banner/script-chunks.mjs').ScriptChunk[]} */
export const GPP_SCRIPT_CHUNKS = [
  // The CMP: @iabgpp/cmpapi (CmpApi and the section encoders), every page view.
  { file: 'assent-gpp-cmp', source: '../gpp/src/script-tag/cmp-entry.ts', module: 'gpp', loader: 'loadGppCmp' },
];
