// The script-tag entry (`assent.js`): the only module that acts at load. It reads
// `window.assentConfig` and the script tag's data-* attributes, and exposes `window.assent`.
import { startPage } from '@assent/core/page';
import { loadPageExtras, loadMessages, loadOutbox, loadUi } from './load-ui.js';
import { deliverToLedger } from './ledger-sync.js';
import { readScriptConfig, type ScriptTagConfig } from './read-config.js';
import { startScriptTag, type AssentGlobal } from './start.js';

declare global {
  interface Window {
    /** Configuration read by the script-tag bundle; set it before the script loads. */
    assentConfig?: ScriptTagConfig;
    /** The consent store plus `show()` and `showPreferences()`, set by the script-tag bundle. */
    assent?: AssentGlobal;
  }
}

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : undefined;
const config = readScriptConfig({ ...script?.dataset }, window.assentConfig);
const sync = config.syncEndpoint ? deliverToLedger(config.syncEndpoint, loadOutbox) : undefined;
window.assent = startScriptTag(config, { startPage, loadUi, loadMessages, loadPageExtras, sync });
