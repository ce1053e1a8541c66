// The TCF + GPP script-tag entry (`assent-tcf-gpp.js`): assent-tcf.js's start-up (the TCF CMP and
// its layers) plus the GPP CMP, whose string carries the TC string as its `tcfeuv2` section where
// GDPR applies and the visitor's US section elsewhere. A malformed `tcf` or `gpp` fails closed,
// and `__tcfapi` and `__gpp` both say so.
import { ConsentConfigError } from '@assent/core';
import { failClosed, readScriptConfig, script } from '@assent/banner/script-tag';
import { failTcfApi, readTcfScriptConfig, startTcfScriptTag, type TcfScriptTagConfig } from '@assent/tcf/script-tag';
import { installGppStub } from '../stub/stub.js';
import { readGppScriptConfig, type GppScriptTagConfig } from './config.js';
import { failGppApi } from './fail-closed.js';
import { withGpp } from './hooks.js';

try {
  const { gpp: gppConfig, ...config } = readScriptConfig({ ...script?.dataset }, window.assentConfig) as GppScriptTagConfig & TcfScriptTagConfig;
  // Both checked before anything starts, so that every bad field of either is named at once.
  const issues = [() => readTcfScriptConfig(config.tcf, config.syncEndpoint), () => readGppScriptConfig(gppConfig)].flatMap((check) => {
    try {
      check();
      return [];
    } catch (error) {
      if (error instanceof ConsentConfigError) return error.issues;
      throw error;
    }
  });
  if (issues.length) throw new ConsentConfigError(issues);
  const options = readGppScriptConfig(gppConfig);
  installGppStub();
  let gppStarted: ReturnType<typeof withGpp>['gpp'] | undefined;
  const { api, tcf } = startTcfScriptTag(config, (hooks, tcfController) => {
    const { hooks: withGppHooks, gpp } = withGpp(hooks, {
      options,
      syncEndpoint: config.syncEndpoint,
      tcf: tcfController,
      // For a TCF CMP that fails to load: @assent/tcf's own gdprApplies, as the site set it.
      tcfGdprApplies: config.tcf?.gdprApplies,
    });
    gppStarted = gpp;
    return withGppHooks;
  });
  window.assent = api;
  window.assentTcf = tcf;
  window.assentGpp = gppStarted;
} catch (error) {
  window.assent = failClosed(error);
  failTcfApi();
  failGppApi();
}
