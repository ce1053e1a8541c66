// @assent/tcf/script-tag: the TCF script tag's start-up, for building another script-tag entry on
// it (@assent/gpp's `assent-tcf-gpp.js`) without a second copy. A site never imports this; it
// includes assent-tcf.js. Workspace only: the published package has no such entry (these modules
// read the <script> element at import, so they are no ESM API).
export { startTcfScriptTag } from './start.js';
export type { TcfScriptTagExtension } from './start.js';
export { readTcfScriptConfig } from './config.js';
export type { TcfScriptTagConfig, TcfScriptOptions } from './config.js';
export { failTcfApi } from './fail-closed.js';
