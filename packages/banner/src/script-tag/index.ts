// @assent/banner/script-tag: the pieces `assent.js` is made of, for building another script-tag
// entry on them (@assent/tcf's `assent-tcf.js`) without a second copy of the start-up logic.
// A site never imports this; it includes assent.js. Workspace only: the published package has no
// such entry (these modules read the <script> element at import, so they are no ESM API).
export { startScriptTag, onDomReady } from './start.js';
export type { AssentGlobal, ScriptTagHooks } from './start.js';
export { readScriptConfig } from './read-config.js';
export type { ScriptTagConfig } from './read-config.js';
export { failClosed } from './fail-closed.js';
export { deliverToLedger } from './ledger-sync.js';
export type { OutboxModule } from './ledger-sync.js';
export { loadMessages, loadOutbox, loadPageExtras, loadUi } from './loaders.js';
export type { UiModule } from './loaders.js';
export { script } from './base-url.js';
