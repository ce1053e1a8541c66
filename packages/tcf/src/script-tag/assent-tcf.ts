// The TCF script-tag entry (`assent-tcf.js`): assent.js's start-up plus the TCF CMP (start.ts).
// It reads `window.assentConfig.tcf`; a malformed config fails closed, and `__tcfapi` says so.
import { failClosed, readScriptConfig, script } from '@assent/banner/script-tag';
import { failTcfApi } from './fail-closed.js';
import { startTcfScriptTag } from './start.js';
import type { TcfScriptTagConfig } from './config.js';

try {
  const { api, tcf } = startTcfScriptTag(readScriptConfig({ ...script?.dataset }, window.assentConfig) as TcfScriptTagConfig);
  window.assent = api;
  window.assentTcf = tcf;
} catch (error) {
  window.assent = failClosed(error);
  failTcfApi();
}
