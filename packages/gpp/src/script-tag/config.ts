import { ConsentConfigError } from '@assent/core';
import type { ScriptTagConfig } from '@assent/banner/script-tag';
import { validateGppOptions } from '../controller/validate.js';
import type { GppOptions } from '../types.js';

/**
 * `window.assentConfig` of the GPP script tags: assent.js's config plus `gpp` (and, for
 * `assent-tcf-gpp.js`, `tcf` too).
 *
 * @example
 * window.assentConfig = { region: 'US-CA', syncEndpoint: '/v1/consents', gpp: { cmpId: 300, mspa: { coveredTransaction: true } } };
 */
export interface GppScriptTagConfig extends ScriptTagConfig {
  gpp?: GppScriptOptions;
}

/**
 * The GPP options of the script tag: those of `startGpp` but `tcf`, which `assent-tcf-gpp.js`
 * connects itself.
 *
 * @example
 * const gpp: GppScriptOptions = { cmpId: 300, notices: { sharing: true } };
 */
export type GppScriptOptions = Omit<GppOptions, 'tcf'>;

/**
 * The checked GPP options of a script-tag config, throwing a `ConsentConfigError` naming each bad
 * field (`gpp.cmpId` …) before anything starts.
 *
 * @example
 * readGppScriptConfig({ cmpId: 300 }); // { cmpId: 300 }
 */
export function readGppScriptConfig(gpp: GppScriptOptions | undefined): GppScriptOptions {
  if (typeof gpp !== 'object' || !gpp || Array.isArray(gpp))
    throw new ConsentConfigError([
      { field: 'gpp', message: 'the GPP script tag needs assentConfig.gpp: { cmpId } (1 is the unregistered id for development)' },
    ]);
  if ('tcf' in gpp)
    throw new ConsentConfigError([{ field: 'gpp.tcf', message: 'remove it: assent-tcf-gpp.js connects the TCF CMP itself (set assentConfig.tcf)' }]);
  validateGppOptions(gpp);
  return gpp;
}
