// The script-tag entry (`assent.js`): the only module that acts at load. It reads
// `window.assentConfig` and the script tag's data-* attributes, and exposes `window.assent`.
import { startPage } from '@assent/core/page';
import { loadPageExtras, loadMessages, loadOutbox, loadUi } from './loaders.js';
import { deliverToLedger } from './ledger-sync.js';
import { failClosed } from './fail-closed.js';
import { readScriptConfig, type ScriptTagConfig } from './read-config.js';
import { script } from './base-url.js';
import { startScriptTag, type AssentGlobal } from './start.js';

declare global {
  interface Window {
    /** Configuration read by the script-tag bundle; set it before the script loads. */
    assentConfig?: ScriptTagConfig;
    /**
     * The consent store plus `show()` and `showPreferences()`, set by the script-tag bundle; when it
     * could not start, a stand-in that grants nothing but `necessary` (see `error`).
     */
    assent?: AssentGlobal;
  }
}

try {
  const config = readScriptConfig({ ...script?.dataset }, window.assentConfig);
  const sync = config.syncEndpoint ? deliverToLedger(config.syncEndpoint, loadOutbox) : undefined;
  window.assent = startScriptTag(config, { startPage, loadUi, loadMessages, loadPageExtras, sync });
} catch (error) {
  // A refused config throws before the store and the page glue start, so nothing optional runs:
  // keep it so, and give site code a window.assent that denies everything optional, not none.
  window.assent = failClosed(error);
}
