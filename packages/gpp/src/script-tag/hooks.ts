// What the GPP script tags add to assent.js's start-up (and to assent-tcf.js's, in
// assent-tcf-gpp.js): the GPP CMP fetched as soon as the store exists, its string in every
// evidence record, and `cmpDisplayStatus` following the consent UI.
import type { ConsentStore } from '@assent/core';
import { deliverToLedger, loadOutbox, type OutboxModule, type ScriptTagHooks, type UiModule } from '@assent/banner/script-tag';
import type { GppController, GppTcfSource } from '../types.js';
import type { GppScriptOptions } from './config.js';
import { failGppApi, gppStubInPlace } from './fail-closed.js';
import { loadGppCmp } from './loaders.js';

/**
 * The TCF side of `assent-tcf-gpp.js`: the controller as it loads, and its evidence for records.
 *
 * @example
 * const tcf: TcfForGpp = startTcfScriptTag(config).tcf;
 */
export type TcfForGpp = Promise<GppTcfSource & { readonly ready: Promise<void> }>;

/**
 * Adds the GPP CMP to a script tag's hooks. The CMP starts with the store (on every page view:
 * ad tech asks `__gpp` on every page); with `tcf`, once the TCF CMP has loaded too, and its string
 * is refreshed once the TC string has been read. A TCF CMP that fails to load (blocked, offline)
 * never makes GPP say "no law applies": where GDPR applies (`tcfGdprApplies`, the site's
 * `tcf.gdprApplies`, else the store's opt-in regime, as @assent/tcf decides) GPP starts with
 * `tcfeuv2` applicable, no TC string and `signalStatus` "not ready". The evidence outbox waits for the GPP CMP (or its
 * failure to load), so the first record of a page view (a GPC opt-out, made at start-up) carries
 * the GPP string too.
 *
 * @example
 * const { hooks, gpp } = withGpp({ startPage, loadUi, loadMessages, loadPageExtras }, { options: { cmpId: 300 }, syncEndpoint: '/v1/consents' });
 */
export function withGpp(
  hooks: ScriptTagHooks,
  {
    options,
    syncEndpoint,
    tcf,
    tcfGdprApplies,
  }: { options: GppScriptOptions; syncEndpoint?: string | undefined; tcf?: TcfForGpp; tcfGdprApplies?: boolean | undefined },
): { hooks: ScriptTagHooks; gpp: Promise<GppController> } {
  let started: GppController | undefined;
  let uiShown = false;
  let resolveStore!: (store: ConsentStore) => void;
  const storeStarted = new Promise<ConsentStore>((resolve) => (resolveStore = resolve));
  const tcfLoaded = tcf?.catch(() => undefined);
  // A TCF CMP that cannot load: where GDPR applies, there is no TC string in effect (fail closed).
  const tcfOrFallback = (store: ConsentStore): Promise<GppTcfSource | undefined> | undefined =>
    tcf?.catch(() => ({ gdprApplies: tcfGdprApplies ?? store.config.regime === 'opt-in', needsDecision: true, evidence: undefined }));
  const gpp = storeStarted.then((store) =>
    Promise.all([loadGppCmp(), tcfOrFallback(store)]).then(([{ startGpp }, tcfSource]) => {
      const controller = startGpp(store, tcfSource ? { ...options, tcf: tcfSource } : options);
      started = controller;
      if (uiShown) controller.setUiVisible(true);
      const tcfController = tcfSource && 'ready' in tcfSource ? (tcfSource as Awaited<TcfForGpp>) : undefined;
      void tcfController?.ready.then(
        () => controller.refresh(),
        () => {},
      );
      return controller;
    }),
  );
  // A CMP that cannot load or start: __gpp says so (cmpStatus 'error') rather than stay a stub that
  // ad tech waits on for ever.
  gpp.catch((error: unknown) => {
    console.error(error);
    if (gppStubInPlace()) failGppApi();
  });

  // A string that cannot be encoded must not lose the decision's record (the controller reported it).
  const gppEvidence = () => {
    try {
      return started?.evidence;
    } catch {
      return undefined;
    }
  };
  // In the script tags the loader takes the attempt number: see @assent/banner's loaders.
  const loadOutboxAt = loadOutbox as (attempt: number) => Promise<OutboxModule>;
  const loadOutboxWithGpp = (attempt: number): Promise<OutboxModule> =>
    Promise.all([loadOutboxAt(attempt), gpp.catch(() => undefined), tcfLoaded]).then(([module, , tcfController]) => ({
      ...module,
      startOutbox: (store, outboxOptions) =>
        module.startOutbox(store, { ...outboxOptions, evidence: () => ({ tcf: tcfController?.evidence, gpp: gppEvidence() }) }),
    }));

  const showing = (ui: ReturnType<UiModule['mountConsentUi']>) => {
    let opening = 0;
    // At once when the CMP runs (listeners hear it in order with the decision that follows);
    // otherwise the CMP starts with the UI as it is then.
    const visible = (shown: boolean) => {
      uiShown = shown;
      started?.setUiVisible(shown);
    };
    // The UI also closes itself, deciding nothing (the dialog's close button and Escape, the
    // banner's dismiss button): once no layer is open a task after the person's input, it is hidden
    // for GPP too, or ad tech would wait on "not ready" for the rest of the page view. Input events
    // are composed: they reach the document from the shadow roots.
    const check = () =>
      uiShown &&
      !opening &&
      ![...document.querySelectorAll('assent-banner,assent-tcf-banner,assent-preferences,assent-tcf-preferences')].some(
        (layer) => layer.hasAttribute('open') || layer.shadowRoot?.querySelector('dialog[open]'),
      ) &&
      visible(false);
    for (const type of ['click', 'keydown']) document.addEventListener(type, () => setTimeout(check), true);
    // Shown once the layer is open (the dialog loads first): no check may hide it before.
    const opened = (shown: Promise<void>) => (visible(true), opening++, shown.finally(() => opening--));
    return Object.assign(Object.create(ui) as typeof ui, {
      show: () => opened(ui.show()),
      showPreferences: (opener?: HTMLElement) => opened(ui.showPreferences(opener)),
      hide: () => (visible(false), ui.hide()),
    });
  };

  return {
    gpp,
    hooks: {
      ...hooks,
      startPage: (store, pageOptions) => {
        // The CMP hides the UI itself on a decision (before telling listeners the new string); one
        // made before the CMP has loaded closed the UI too.
        resolveStore(store);
        store.subscribe(() => (uiShown = false));
        return hooks.startPage(store, pageOptions);
      },
      loadUi: () => hooks.loadUi().then((module) => ({ ...module, mountConsentUi: (store, uiOptions) => showing(module.mountConsentUi(store, uiOptions)) })),
      sync: syncEndpoint ? deliverToLedger(syncEndpoint, loadOutboxWithGpp) : undefined,
    },
  };
}
