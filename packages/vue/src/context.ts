import { type App, type InjectionKey, type Ref, type ShallowRef, inject, shallowRef } from 'vue';
import { createConsent, type ConsentDecision, type ConsentOptions, type ConsentStore, type RegisteredId } from '@assent/core';
import type { ConsentSnapshot } from '@assent/core/cookie';
import type { ConsentUi, ConsentUiOptions } from '@assent/banner';

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

/** What the composables and `ConsentGate` read: one per app. */
export interface AssentContext {
  /** The live store; `undefined` while server rendering without one. */
  readonly store: ConsentStore<RegisteredId> | undefined;
  readonly decision: ShallowRef<ConsentDecision | undefined>;
  readonly needsDecision: Ref<boolean>;
  granted(id: RegisteredId): Ref<boolean>;
  openPreferences(opener?: HTMLElement): Promise<void>;
}

export const ASSENT: InjectionKey<AssentContext> = Symbol('assent');

/** The context of the current app; throws outside an app that uses the plugin. */
export function useAssentContext(): AssentContext {
  const context = inject(ASSENT, null);
  if (!context) throw new Error('@assent/vue: app.use(createAssent()) first');
  return context;
}

/**
 * Builds the per-app context. Answers come from `initial` until the app is mounted (so hydration
 * renders exactly what the server did), then from the store, which keeps them current. Each id
 * has one shared ref: setting a ref to the value it holds triggers nothing, so a change to one
 * category re-runs only what reads an id whose answer changed.
 */
export function createContext(app: App, plugin: AssentPluginOptions): AssentContext {
  // Typed with plain string ids inside: the answers are kept per id, whatever ids a site registered.
  const store: ConsentStore | undefined = plugin.store ?? (plugin.options && typeof document !== 'undefined' ? createConsent(plugin.options) : undefined);
  const initial = plugin.initial;
  let live = !!store && !initial;
  const answer = (id: string) => (live ? store!.granted(id) : !!initial?.granted.includes(id));
  const answers = new Map<string, Ref<boolean>>();
  const decision = shallowRef(live ? store!.state : undefined);
  const needsDecision = shallowRef(live ? store!.needsDecision : (initial?.needsDecision ?? true));

  let ui: Promise<ConsentUi> | undefined;
  let stopped = false;
  const consentUi = (options: ConsentUiOptions) =>
    (ui ??= import('@assent/banner').then(({ createConsentUi }) => {
      const mounted = createConsentUi(store!, options);
      if (stopped) mounted.destroy();
      return mounted;
    }));

  const sync = () => {
    live = true;
    decision.value = store!.state;
    needsDecision.value = store!.needsDecision;
    for (const [id, ref] of answers) ref.value = store!.granted(id);
    // Only when a decision is needed, so a returning visitor never gets the banner at all.
    if (plugin.ui !== false && store!.needsDecision) void consentUi(plugin.ui ?? {}).then((mounted) => mounted.show());
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
        unsubscribe();
        teardown?.();
        void ui?.then((mounted) => mounted.destroy());
        // A store the plugin created ends with the app; one passed in belongs to the site.
        if (!plugin.store) store.destroy();
      };
      return root;
    };
  }

  return {
    store,
    decision,
    needsDecision,
    granted(id) {
      let ref = answers.get(id);
      if (!ref) answers.set(id, (ref = shallowRef(answer(id))));
      return ref;
    },
    async openPreferences(opener) {
      if (!store || plugin.ui === false) throw new Error('@assent/vue: no UI (ui is false) or no store');
      await (await consentUi(plugin.ui ?? {})).showPreferences(opener);
    },
  };
}
