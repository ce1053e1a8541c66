// The GPP script-tag entry (`assent-gpp.js`): assent.js's start-up plus the GPP CMP. It reads
// `window.assentConfig.gpp`, installs the `__gpp` stub if the page did not place it first, and
// fetches the CMP (`assent-gpp-cmp.js`) as soon as the store exists. A malformed config fails
// closed, and `__gpp` says so.
import { startPage } from '@assent/core/page';
import {
  failClosed,
  loadMessages,
  loadPageExtras,
  loadUi,
  readScriptConfig,
  script,
  startScriptTag,
  type AssentGlobal,
  type ScriptTagConfig,
} from '@assent/banner/script-tag';
import { installGppStub } from '../stub/stub.js';
import { readGppScriptConfig, type GppScriptTagConfig } from './config.js';
import { failGppApi } from './fail-closed.js';
import { withGpp } from './hooks.js';
import type { GppController } from '../types.js';

declare global {
  interface Window {
    /** Configuration read by the script-tag bundle (here with `gpp`); set it before the script loads. */
    assentConfig?: ScriptTagConfig;
    /** The consent store plus `show()` and `showPreferences()`, as assent.js sets it. */
    assent?: AssentGlobal;
    /** The running GPP CMP of `assent-gpp.js` / `assent-tcf-gpp.js` (resolves once its module has loaded). */
    assentGpp?: Promise<GppController>;
  }
}

try {
  const { gpp: gppConfig, ...config } = readScriptConfig({ ...script?.dataset }, window.assentConfig) as GppScriptTagConfig;
  const options = readGppScriptConfig(gppConfig);
  installGppStub();
  // withGpp adds the evidence outbox (with the GPP string) when syncEndpoint is set.
  const { hooks, gpp } = withGpp({ startPage, loadUi, loadMessages, loadPageExtras }, { options, syncEndpoint: config.syncEndpoint });
  window.assent = startScriptTag(config, hooks);
  window.assentGpp = gpp;
} catch (error) {
  window.assent = failClosed(error);
  failGppApi();
}
