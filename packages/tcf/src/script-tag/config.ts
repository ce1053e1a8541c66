import { ConsentConfigError } from '@assent/core';
import type { ScriptTagConfig } from '@assent/banner/script-tag';
import { validateTcfOptions } from '../controller/validate.js';
import type { TcfOptions } from '../types.js';
import type { TcfMessageOverrides } from '../ui/messages/types.js';

/**
 * `window.assentConfig` of the TCF script tag: assent.js's config plus `tcf`.
 *
 * @example
 * window.assentConfig = { syncEndpoint: 'https://consent.shop.example/v1/consents', privacyPolicyUrl: '/privacy', tcf: { cmpId: 300, vendors: [755, 793] } };
 */
export interface TcfScriptTagConfig extends ScriptTagConfig {
  tcf?: TcfScriptOptions;
}

/**
 * The TCF options of the script tag: `vendorListUrl` may be left out when `syncEndpoint` names the
 * ledger (it serves the list beside it), and `texts` replaces any TCF text per locale.
 *
 * @example
 * const tcf: TcfScriptOptions = { cmpId: 300, vendors: [755, 793], googleAtpIds: [89] };
 */
export interface TcfScriptOptions extends Omit<TcfOptions, 'vendorListUrl'> {
  vendorListUrl?: string;
  texts?: Partial<Record<string, TcfMessageOverrides>>;
}

/**
 * The checked TCF options of a script-tag config, throwing a `ConsentConfigError` naming the field.
 * The vendor list defaults to the ledger's `/v1/tcf/vendor-list.json` beside `syncEndpoint`, asked
 * for the site's vendors only (`?vendors=…`), so a browser downloads just those.
 *
 * @example
 * readTcfScriptConfig({ cmpId: 300, vendors: [755] }, 'https://consent.shop.example/v1/consents').options.vendorListUrl;
 * // 'https://consent.shop.example/v1/tcf/vendor-list.json?vendors=755'
 */
export function readTcfScriptConfig(
  tcf: TcfScriptOptions | undefined,
  syncEndpoint: string | undefined,
): { options: TcfOptions; texts: TcfScriptOptions['texts'] } {
  if (typeof tcf !== 'object' || !tcf || Array.isArray(tcf))
    throw new ConsentConfigError([{ field: 'tcf', message: 'assent-tcf.js needs assentConfig.tcf: { cmpId, vendors }' }]);
  const { texts, ...options } = tcf;
  let { vendorListUrl } = options;
  if (vendorListUrl === undefined && syncEndpoint && Array.isArray(options.vendors)) {
    const url = new URL('tcf/vendor-list.json', new URL(syncEndpoint, document.baseURI));
    url.searchParams.set('vendors', [...options.vendors].sort((a, b) => a - b).join(','));
    vendorListUrl = url.href;
  }
  // Checked whole, so that every problem is named at once (a missing vendorListUrl among them:
  // set it to the ledger's /v1/tcf/vendor-list.json, or set syncEndpoint).
  const checked = { ...options, vendorListUrl } as TcfOptions;
  validateTcfOptions(checked);
  return { options: checked, texts };
}
