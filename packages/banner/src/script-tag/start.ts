import { assertSafeUrls, createConsent, type ConsentStore } from '@assent/core';
import { EMBED_SELECTOR, type PageController, type PageOptions } from '@assent/core/page';
import type { Messages } from '../locales/types.js';
import type { ConsentUi } from '../ui/create-ui.js';
import type { ScriptTagConfig } from './read-config.js';
import type { UiModule } from './loaders.js';
import type { ShownContent } from '../text-hash/index.js';

/**
 * `window.assent`: the store (every member, through its prototype) plus the UI entry points.
 *
 * @example
 * window.assent.granted('analytics');
 * window.assent.showPreferences();
 */
export interface AssentGlobal extends ConsentStore {
  /** Shows the first layer (loading the UI if needed). */
  show(): Promise<void>;
  /** Opens the preferences dialog (loading it if needed); focus returns to `opener`. */
  showPreferences(opener?: HTMLElement): Promise<void>;
  /** The page glue started with the store. */
  readonly page: PageController;
  /** Stops the page glue, the `data-assent-open` listener and the store. */
  destroy(): void;
  /**
   * Set only when the script tag could not start (e.g. a malformed `window.assentConfig`): the
   * error, also logged and fired as `assent:error`. Nothing but `necessary` is granted then.
   */
  readonly error?: unknown;
}

/**
 * How the entry fetches code and where the evidence outbox plugs in.
 *
 * @example
 * startScriptTag(config, { startPage, loadUi, loadMessages, loadPageExtras, sync: (store) => startOutbox(store) });
 */
export interface ScriptTagHooks {
  /** The page glue (`startPage` of `@assent/core/page`), started synchronously after the store. */
  startPage(store: ConsentStore, options?: PageOptions): PageController;
  loadUi(): Promise<UiModule>;
  loadMessages(locale: string): Promise<Messages>;
  /** Embed texts in the page's language and the floating button, for pages that have them. */
  loadPageExtras(): Promise<typeof import('./page-extras.js')>;
  /**
   * Called once with the store, right after the page glue starts, so the evidence outbox
   * (`deliverToLedger`, when `syncEndpoint` is set) receives every decision, and with what the UI
   * showed by text hash, so the outbox can deliver the texts too.
   */
  sync?: (store: ConsentStore, shownContent: (textHash: string) => ShownContent | undefined) => void;
}

/**
 * Runs `run` once the document is parsed: at `DOMContentLoaded`, or in a microtask if it is parsed
 * already, so that what runs right after the script tag (window.assent set, the store's own
 * start-up) comes first either way.
 *
 * @example
 * onDomReady(() => document.body.append(banner));
 */
export const onDomReady = (run: () => void): unknown =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', run, { once: true }) : queueMicrotask(run);

/**
 * What the script tag does on every page view: check the config (throwing one
 * `ConsentConfigError`), create the store, start the page glue at once
 * (Consent Mode default before any tag), expose `window.assent`, wire `data-assent-open`, and
 * fetch the Lit UI only when something must be shown — a returning visitor who decided fetches
 * nothing more.
 *
 * @example
 * window.assent = startScriptTag(readScriptConfig(script.dataset, window.assentConfig), { startPage, loadUi, loadMessages, loadPageExtras });
 */
export function startScriptTag(config: ScriptTagConfig, hooks: ScriptTagHooks): AssentGlobal {
  // Decisions carry whole seconds; anything at or after this second was made by this page load.
  const startedAt = Math.floor(Date.now() / 1000) * 1000;
  // The store validates its options strictly, so UI and page options are taken out first.
  const { page: pageOptions, floatingButton, texts, privacyPolicyUrl, theme, syncEndpoint, notice, ...consentOptions } = config;
  // Checked before the store exists, so a refused config leaves nothing running.
  assertSafeUrls({ privacyPolicyUrl, syncEndpoint });
  const store = createConsent(consentOptions);
  const page = hooks.startPage(store, pageOptions);
  // What the UI showed by text hash, once it has loaded: the outbox delivers the texts with decisions.
  let shown: UiModule['SHOWN'] | undefined;
  hooks.sync?.(store, (textHash) => shown?.get(textHash));

  let ui: Promise<ConsentUi> | undefined;
  const loadUi = () =>
    (ui ??= hooks.loadUi().then((module) => {
      shown = module.SHOWN;
      // The UI reads its options (locale, texts, privacyPolicyUrl, notice, theme) from the config
      // itself; the locale is also a store option (recorded with decisions), which the UI picks from too.
      return module.mountConsentUi(store, { ...config, page });
    }));

  const listening = new AbortController();
  // The UI loads asynchronously: nothing may appear after destroy().
  const whenLive = (run: (loaded: ConsentUi) => Promise<void>) => loadUi().then((loaded) => (listening.signal.aborted ? undefined : run(loaded)));
  const api: AssentGlobal = Object.create(store);
  api.show = () => whenLive((loaded) => loaded.show());
  api.showPreferences = (opener) => whenLive((loaded) => loaded.showPreferences(opener));
  Object.defineProperty(api, 'page', { value: page });
  api.destroy = () => {
    listening.abort();
    page.stop();
    store.destroy();
    void ui?.then((loaded) => loaded.destroy());
  };

  // Any element with data-assent-open (a footer "Cookie settings" link) opens the preferences.
  document.addEventListener(
    'click',
    (event) => {
      // The target is a node of the page, or the document, which has no closest().
      const opener = (event.target as Partial<Element>).closest?.<HTMLElement>('[data-assent-open]');
      if (opener) {
        event.preventDefault();
        void api.showPreferences(opener);
      }
    },
    { signal: listening.signal },
  );

  // The UI is fetched now and shown once the document is parsed: a script that runs early (async
  // in <head>) starts its one other request in parallel with the rest of the page, not after it.
  if (store.needsDecision) loadUi();
  // Never synchronously: the store records a GPC opt-out in a microtask after its creation.
  onDomReady(() => {
    // A GPC signal just opted this browser out: say so (California requires it to be shown).
    const gpcJustHonoured = store.state?.method === 'gpc' && Date.parse(store.state.updatedAt) >= startedAt;
    if (store.needsDecision || gpcJustHonoured) void api.show();
    // Embed placeholders and the floating button speak the page's language even when no UI loads;
    // if the extras cannot be fetched (offline), they keep their English texts.
    if (floatingButton || document.querySelector(EMBED_SELECTOR)) {
      hooks
        .loadPageExtras()
        .then(({ localisePage }) => localisePage({ config, page, loadMessages: hooks.loadMessages, showPreferences: api.showPreferences }))
        .catch(() => {});
    }
  });
  return api;
}
