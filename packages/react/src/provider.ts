import { createElement, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createConsent, type ConsentOptions, type ConsentStore } from '@assent/core';
import type { ConsentUi, ConsentUiOptions } from '@assent/banner';
import { ConsentContext } from './context.js';
import type { ConsentId } from './ids.js';
import { createBinding } from './binding.js';
import type { ConsentSnapshot } from '@assent/core/cookie';

/**
 * Props of `<ConsentProvider>`: a store (`store`) or the options to create one in the browser
 * (`options`), never both.
 *
 * @example
 * const props: ConsentProviderProps = { options: { revision: '2026-11' }, ui: { privacyPolicyUrl: '/privacy' } };
 */
export type ConsentProviderProps = ({ store: ConsentStore<ConsentId>; options?: never } | { options?: ConsentOptions; store?: never }) & {
  /**
   * The server's view of this request (`consentSnapshot()` of its Cookie header): what server HTML
   * and the hydration render show. Without it the server renders what a first visit sees.
   */
  initial?: ConsentSnapshot;
  /**
   * Browser-only side effects (e.g. `startPage`, `startOutbox`), run once after mount; the function
   * it returns runs on unmount.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: like a React effect, setup returns nothing or its cleanup
  setup?: (store: ConsentStore<ConsentId>) => void | (() => void);
  /** Options of `@assent/banner`'s UI, loaded in the browser when a decision is needed; `false`: no Assent UI at all. */
  ui?: ConsentUiOptions | false;
  children?: ReactNode;
};

const inBrowser = typeof window !== 'undefined';
// One store per options object: React calls a state initializer twice in Strict Mode, and a second
// store would hold its own cross-tab channel and record its own GPC decision. Remounting with the
// same options also finds the same store, which lives as long as the page.
const created = new WeakMap<object, ConsentStore<ConsentId>>();
const NO_OPTIONS = {};
const noop = () => {};

/**
 * Makes consent available to `useConsent`, `useGranted`, `useOpenPreferences` and `<Gate>`, and
 * shows `@assent/banner`'s banner (loaded with `import()` in the browser) only when the visitor must
 * decide. Given `options`, it creates the store once, in the browser only.
 *
 * @example
 * <ConsentProvider
 *   options={{ revision: '2026-11', services }}
 *   initial={initialFromServer}
 *   setup={(store) => startPage(store).stop}
 *   ui={{ privacyPolicyUrl: '/privacy' }}
 * >
 *   <App />
 * </ConsentProvider>
 */
export function ConsentProvider({ store: given, options, initial, setup, ui, children }: ConsentProviderProps): ReactNode {
  // Created during the first render so hydration already reads the cookie; a server never creates
  // one, since it would not see the request's cookie (`initial` carries that).
  const [own] = useState(() => {
    if (given || !inBrowser) return;
    const key = options ?? NO_OPTIONS;
    if (!created.has(key)) created.set(key, createConsent(options) as ConsentStore<ConsentId>);
    return created.get(key);
  });
  const store = given ?? own;
  // Read when used, so inline objects and functions do not restart the effect on every render.
  const latest = useRef({ setup, ui });
  latest.current = { setup, ui };
  const loadUi = useRef<() => Promise<ConsentUi>>(undefined);

  useEffect(() => {
    if (!store) return;
    const { setup, ui: uiOptions } = latest.current;
    // A cleanup function or nothing (`void`).
    const stop = setup?.(store) as (() => void) | undefined;
    let ui: Promise<ConsentUi> | undefined;
    let shown: Promise<unknown> | undefined;
    const load = () =>
      (ui ??= import('@assent/banner').then(
        (banner) => banner.createConsentUi(store, uiOptions || {}),
        (error) => {
          ui = undefined; // a failed download may succeed on the next attempt
          throw error;
        },
      ));
    // The store notices an expiry when read: a timer reads it then, so the banner comes back on an
    // idle page too (and not in the middle of some component's render).
    let expiry: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(expiry);
      const left = store.state && Date.parse(store.state.expiresAt) - Date.now();
      if (left! < 2 ** 31) expiry = setTimeout(() => store.state, left! + 1);
      // A failed download leaves the visitor undecided (nothing granted); the next change retries.
      if (uiOptions !== false && store.needsDecision) shown = load().then((ui) => ui.show(), noop);
    };
    loadUi.current = uiOptions === false ? undefined : load;
    onChange();
    const unsubscribe = store.subscribe(onChange);
    return () => {
      clearTimeout(expiry);
      unsubscribe();
      loadUi.current = undefined;
      stop?.();
      // After show() settles (it never rejects): it adds the banner after an await, so an earlier destroy() would miss it.
      void Promise.resolve(shown).then(() => ui?.then((ui) => ui.destroy(), noop));
    };
  }, [store]);

  // `initial` only matters until hydration: a new object on a later render (a server refresh)
  // must not hand every consumer a new context value.
  const [first] = useState(initial);
  const binding = useMemo(
    () =>
      createBinding(store, first, async (opener) => {
        if (!loadUi.current) throw new Error('@assent/react: no UI (ui={false} or not mounted)');
        await (await loadUi.current()).showPreferences(opener);
      }),
    [store, first],
  );
  return createElement(ConsentContext.Provider, { value: binding }, children);
}
