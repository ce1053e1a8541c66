// The start-up of a TCF script tag: assent.js's (@assent/banner/script-tag) plus the TCF CMP. It
// checks `assentConfig.tcf`, installs the `__tcfapi` stub if the page did not place it first, starts
// the store with the three Consent Mode signal services, fetches the CMP (`assent-tcf-cmp.js`) at
// once and the TCF layers (`assent-tcf-ui.js`) only when they must be shown. `assent-tcf.js` runs it
// as it is; @assent/gpp's `assent-tcf-gpp.js` runs it with the GPP CMP added to its hooks.
import { startPage, type PageOptions } from '@assent/core/page';
import type { ConsentStore } from '@assent/core';
import {
  deliverToLedger,
  loadMessages,
  loadOutbox,
  loadPageExtras,
  loadUi as loadBannerUi,
  onDomReady,
  startScriptTag,
  type AssentGlobal,
  type OutboxModule,
  type ScriptTagHooks,
  type ScriptTagConfig,
  type UiModule,
} from '@assent/banner/script-tag';
import { TCF_CONSENT_MODE_MAP, withTcfServices } from '../consent-mode/signal-services.js';
import { tcfSignalStore } from '../consent-mode/signal-store.js';
import { installTcfStub } from '../stub/stub.js';
import { readTcfScriptConfig, type TcfScriptTagConfig } from './config.js';
import { loadTcfCmp, loadTcfUi } from './loaders.js';
import type { TcfController } from '../types.js';

declare global {
  interface Window {
    /** Configuration read by the script-tag bundle (here with `tcf`); set it before the script loads. */
    assentConfig?: ScriptTagConfig;
    /** The consent store plus `show()` and `showPreferences()`, as assent.js sets it. */
    assent?: AssentGlobal;
    /** The running TCF CMP of `assent-tcf.js` (resolves once its module has loaded). */
    assentTcf?: Promise<TcfController>;
  }
}

/**
 * Lets another entry add to the TCF script tag's hooks (the GPP CMP of `assent-tcf-gpp.js`): it
 * gets the hooks and the TCF controller as it will load.
 *
 * @example
 * startTcfScriptTag(config, (hooks, tcf) => ({ ...hooks, startPage: (store, options) => hooks.startPage(store, options) }));
 */
export type TcfScriptTagExtension = (hooks: ScriptTagHooks, tcf: Promise<TcfController>) => ScriptTagHooks;

/**
 * Starts the TCF script tag for a read `assentConfig` (with `tcf`). Throws a `ConsentConfigError`
 * naming every bad field before anything starts.
 *
 * @example
 * const { api, tcf } = startTcfScriptTag(readScriptConfig({ ...script?.dataset }, window.assentConfig));
 */
export function startTcfScriptTag(
  scriptConfig: TcfScriptTagConfig,
  extend: TcfScriptTagExtension = (hooks) => hooks,
): { api: AssentGlobal; tcf: Promise<TcfController> } {
  const { tcf: tcfConfig, ...config } = scriptConfig;
  // Checked before anything starts: a refused TCF config fails closed like any other.
  const { options: tcfOptions, texts: tcfTexts } = readTcfScriptConfig(tcfConfig, config.syncEndpoint);
  installTcfStub();
  let controller: Promise<TcfController> | undefined;
  let started: TcfController | undefined;
  // The controller as it will load, for an extension: the store (and with it the CMP) starts later.
  let resolveTcf!: (tcf: Promise<TcfController>) => void;
  const tcf = new Promise<TcfController>((resolve) => (resolveTcf = resolve));
  const startTcfFor = (store: ConsentStore) => (controller ??= loadTcfCmp().then(({ startTcf }) => (started = startTcf(store, tcfOptions))));
  // The page glue starts right after the store, before any tag: the CMP is fetched from there.
  // Its Consent Mode sees the store through tcfSignalStore: Google's ad types need the TC string's
  // purposes too, so a decision made outside the TCF layer (the fallback banner, window.assent)
  // never grants them. Until the CMP has loaded, a stored euconsent-v2 stands for the TC string
  // (the CMP then takes a stale one back from the store); with none, where GDPR applies, nothing.
  const startPageWithTcf = (store: ConsentStore, options: PageOptions = {}) => {
    resolveTcf(startTcfFor(store));
    const gdprApplies = tcfOptions.gdprApplies ?? store.config.regime === 'opt-in';
    // DEFAULT_TC_COOKIE_NAME, written out: its module would bring the IAB library into this entry.
    const cookieName = `${tcfOptions.cookieName ?? 'euconsent-v2'}=`;
    const storedTcString = () => document.cookie.split('; ').some((cookie) => cookie.startsWith(cookieName));
    const signals = { signalGranted: (id: string) => (started ? started.signalGranted(id) : !gdprApplies || storedTcString()) };
    const consentMode = options.consentMode === false ? false : { ...options.consentMode, map: { ...TCF_CONSENT_MODE_MAP, ...options.consentMode?.map } };
    return startPage(tcfSignalStore(store, signals), { ...options, consentMode });
  };
  // Every record carries the TC string in effect when it was queued.
  // (In assent-tcf.js the loader takes the attempt number: see @assent/banner's loaders.)
  const loadOutboxAt = loadOutbox as (attempt: number) => Promise<OutboxModule>;
  const loadOutboxWithTcf = (attempt: number): Promise<OutboxModule> =>
    loadOutboxAt(attempt).then((module) => ({
      ...module,
      startOutbox: (store, options) => module.startOutbox(store, { ...options, evidence: () => ({ tcf: started?.evidence }) }),
    }));
  // Where GDPR does not apply (the opt-out regime), there are no TCF layers: the banner's own UI asks.
  // When the CMP or the vendor list cannot be loaded, the banner's own UI still lets the person
  // decide on the site's categories: no TC string is written, so TCF vendors get no consent, and
  // the next page view with a working vendor list asks the TCF questions (no TC string yet).
  const loadUi = (): Promise<UiModule> =>
    controller!
      .then((tcf) => (tcf.gdprApplies ? Promise.all([tcf.ready, loadTcfUiFor(tcf)]).then(([, ui]) => ui) : loadBannerUi()))
      .catch((error: unknown) => (console.error(error), loadBannerUi()));
  const loadTcfUiFor = (tcf: TcfController): Promise<UiModule> =>
    loadTcfUi().then((ui) => ({
      SHOWN: { get: ui.shownContent } as UiModule['SHOWN'],
      mountConsentUi: (_store, options) =>
        ui.createTcfUi(tcf, {
          locale: options.locale,
          siteTexts: options.texts,
          texts: tcfTexts,
          privacyPolicyUrl: options.privacyPolicyUrl ?? '',
          theme: options.theme,
          purposeTexts: ui.loadPurposeTexts,
        }) as unknown as ReturnType<UiModule['mountConsentUi']>,
    }));

  const hooks = extend(
    {
      startPage: startPageWithTcf,
      loadUi,
      loadMessages,
      loadPageExtras,
      sync: config.syncEndpoint ? deliverToLedger(config.syncEndpoint, loadOutboxWithTcf) : undefined,
    },
    tcf,
  );
  const api: AssentGlobal = startScriptTag(withTcfServices(config) as ScriptTagConfig, hooks);
  // The store may hold a decision the TC string does not cover (a newer policy, a new vendor, older
  // than 13 months): the CMP asks again then.
  onDomReady(() => {
    void controller
      ?.then(async (tcf) => {
        await tcf.ready;
        if (tcf.gdprApplies && tcf.needsDecision && !api.needsDecision) await api.show();
      })
      .catch((error: unknown) => console.error(error));
  });
  return { api, tcf };
}
