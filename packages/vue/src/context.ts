import { type App, type InjectionKey, type Ref, type ShallowRef, inject, shallowRef } from 'vue';
import { createConsent, type ConsentDecision, type ConsentOptions, type ConsentStore, type RegisteredId } from '@assent/core';
import type { ConsentSnapshot } from '@assent/core/cookie';
import type { ConsentUi, ConsentUiOptions } from '@assent/banner';
import type { ConsentComposable } from './composables.js';

/**
 * Options of `createAssent()`.
 *
 * @example
 * const options: AssentPluginOptions = { options: { revision: '2026-11' }, ui: { privacyPolicyUrl: '/privacy' } };
 */
export interface AssentPluginOptions {
  /** A store you created yourself; takes precedence over `options`. */
  store?: ConsentStore<RegisteredId>;
  /** The consent configuration: the plugin creates the store from it, in the browser only. */
  options?: ConsentOptions;
  /**
   * The server's view of the request (`consentSnapshot()` of `@assent/core/cookie`): what the
   * server rendered with, and what hydration renders with before the live store takes over.
   */
  initial?: ConsentSnapshot;
  /**
   * Browser-only side effects, run once the app is mounted (e.g. `startPage`, `startOutbox`).
   * A function it returns runs when the app is unmounted.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: setup returns nothing or its cleanup, like a Vue watcher's onCleanup
  setup?: (store: ConsentStore<RegisteredId>) => void | (() => void);
  /** The banner and preferences dialog of `@assent/banner`, loaded with `import()` when needed; `false` for none (headless). */
  ui?: ConsentUiOptions | false;
}

/** What the composables and `ConsentGate` read: one per app; `useConsent()` returns it as is. */
export interface AssentContext extends ConsentComposable {
  readonly decision: ShallowRef<ConsentDecision | undefined>;
  readonly needsDecision: Ref<boolean>;
  granted(id: RegisteredId): Ref<boolean>;
}

export const ASSENT: InjectionKey<AssentContext> = Symbol('assent');

/** The context of the current app; throws outside an app that uses the plugin. */
export function useAssentContext(): AssentContext {
  return inject(ASSENT) ?? fail('app.use(createAssent()) first');
}

const fail = (why: string): never => {
  throw new Error('@assent/vue: ' + why);
};

/**
 * Builds the per-app context. Answers come from `initial` until the app is mounted (so hydration
 * renders what the server did), then from the store, which keeps them current. In the browser the
 * hydration answer is also checked against the store: a denial on either side wins (a stripped
 * Sec-GPC header, a withdrawal in another tab), so a mismatch can only take gated content away,
 * never mount it ahead of consent. Each id has one shared ref: setting a ref to the value it holds
 * triggers nothing, so a change to one category re-runs only what reads an id whose answer changed.
 */
export function createContext(app: App, plugin: AssentPluginOptions): AssentContext {
  // Typed with plain string ids inside: the answers are kept per id, whatever ids a site registered.
  const store: ConsentStore | undefined = plugin.store ?? (plugin.options && globalThis.document ? createConsent(plugin.options) : undefined);
  const initial = plugin.initial;
  // A malformed `initial` (or none) counts as a first visit: only `necessary`, a decision needed.
  const known = Array.isArray(initial?.granted);
  let live = !!store && !initial;
  const answer = (id: string) => (live ? store!.granted(id) : (known ? initial!.granted.includes(id) : id === 'necessary') && (!store || store.granted(id)));
  const answers = new Map<string, Ref<boolean>>();
  const decision = shallowRef(live ? store!.state : undefined);
  const needsDecision = shallowRef(live ? store!.needsDecision : !known || initial!.needsDecision !== false);

  // The UI once created: a failed download leaves it unset, so the next need tries again (and
  // nothing is granted meanwhile).
  let ui: ConsentUi | undefined;
  // The banner's show() calls, one after the other; never rejects.
  let shown: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const loadUi = async () => {
    if (!store || plugin.ui === false) fail('ui is false, or server rendering');
    const { createConsentUi } = await import('@assent/banner');
    // Once unmounted, no UI is created or shown any more (a show() or openPreferences() on its way).
    return stopped ? fail('unmounted') : (ui ??= createConsentUi(store!, plugin.ui as ConsentUiOptions));
  };

  const sync = () => {
    live = true;
    const state = (decision.value = store!.state);
    needsDecision.value = !state;
    for (const [id, ref] of answers) ref.value = store!.granted(id);
    // The store notices expiry only when read: read it then, so the banner returns on time. At
    // least 1 s apart (a store with its own clock cannot spin it), at most ~23 days (setTimeout fires
    // at once past 2^31 - 1 ms); a timer that fires early just reads again and re-arms.
    clearTimeout(expiry);
    if (state) expiry = setTimeout(sync, Math.min(Math.max(Date.parse(state.expiresAt) - Date.now(), 1e3), 2e9));
    // Only when a decision is needed, so a returning visitor never gets the banner at all (and
    // with ui: false, loadUi() fails before fetching anything).
    if (!state)
      shown = shown
        .then(loadUi)
        .then((mounted) => mounted.show())
        .catch(() => {});
  };

  if (store) {
    // Mounting happens only in a browser: the effects, the subscription and the banner start there.
    const { mount, unmount } = app;
    app.mount = (...args) => {
      const root = mount(...args);
      const unsubscribe = store.subscribe(sync);
      const teardown = plugin.setup?.(store);
      sync();
      app.unmount = () => {
        unmount();
        stopped = true;
        clearTimeout(expiry);
        unsubscribe();
        teardown?.();
        // After any show() settled: it adds the banner after an await, which an earlier destroy() would miss.
        void shown.then(() => ui?.destroy());
        // A store the plugin created ends with the app; one passed in belongs to the site.
        if (!plugin.store) store.destroy();
      };
      return root;
    };
  }

  const context = {
    store,
    decision,
    needsDecision,
    granted(id: string) {
      let ref = answers.get(id);
      if (!ref) answers.set(id, (ref = shallowRef(answer(id))));
      return ref;
    },
    openPreferences: (opener?: HTMLElement) => loadUi().then((mounted) => mounted.showPreferences(opener)),
  } as AssentContext;
  // The store's actions; they throw while server rendering (no one decides on a server).
  for (const name of ['acceptAll', 'rejectAll', 'update', 'withdraw'] as const)
    context[name] = (...args: unknown[]) => (store ?? fail('no store (server rendering)'))[name](...(args as [never]));
  return context;
}
