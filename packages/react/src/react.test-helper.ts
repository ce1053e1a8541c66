// Shared set-up of @assent/react's browser tests: React roots rendered inside act(), a store per
// test that talks to no other test, no cookie left behind, console errors collected.
import { act, createElement as h, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createConsent, type ConsentOptions, type ConsentStore, type ServiceDefinition } from '@assent/core';
import { useConsent, useGranted, useOpenPreferences, type ConsentValue } from './index.js';

// Tells React these tests wrap updates in act(), so it flushes effects and warns about updates outside it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const SERVICES: ServiceDefinition[] = [
  {
    id: 'video',
    category: 'functional',
    name: 'Video host',
    provider: 'Example Video Inc',
    purpose: 'Embedded videos',
    privacyPolicyUrl: 'https://video.example/privacy',
  },
];

/** Options every test uses: cross-tab sync off, so stores of different tests never talk. */
export const testOptions = (options: ConsentOptions = {}): ConsentOptions => ({ sync: false, revision: 'test', region: 'DE', services: SERVICES, ...options });

const stores: ConsentStore[] = [];
/** A store on document.cookie, destroyed by `cleanUp()`. */
export function testStore(options: ConsentOptions = {}): ConsentStore {
  const store = createConsent(testOptions(options));
  stores.push(store);
  return store;
}

/** Leaves a decision in the cookie, as a visitor's earlier page view would have. */
export function returningVisitor(decide: (store: ConsentStore) => void, options: ConsentOptions = {}): void {
  const earlier = createConsent(testOptions(options));
  decide(earlier);
  earlier.destroy();
}

const roots: Array<{ root: Root; host: HTMLElement }> = [];
/** Renders into a fresh element of the page; `cleanUp()` unmounts it. */
export async function render(node: ReactNode): Promise<{ host: HTMLElement; root: Root }> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  roots.push({ root, host });
  await act(async () => root.render(node));
  return { host, root };
}

/** Also hands a hydrated root to `cleanUp()`. */
export function track(root: Root, host: HTMLElement): void {
  roots.push({ root, host });
}

const errors: unknown[][] = [];
const originalError = console.error;
/** Every console.error call since `watchConsole()` (React reports hydration mismatches and misuse there). */
export function watchConsole(): unknown[][] {
  errors.length = 0;
  console.error = (...args: unknown[]) => {
    errors.push(args);
    originalError.apply(console, args);
  };
  return errors;
}

/** What the probe components saw, emptied by `cleanUp()`. */
export const seen = {
  /** Every value `<ConsentProbe>` rendered with, in order. */
  consent: [] as ConsentValue[],
  /** Renders of each `<GrantedProbe>` by id. */
  renders: new Map<string, number>(),
  /** Re-renders `<ConsentProbe>` without any consent change. */
  rerender: () => {},
  openPreferences: undefined as ((opener?: HTMLElement) => Promise<void>) | undefined,
};
export const lastConsent = (): ConsentValue => seen.consent.at(-1)!;

/** Records what useConsent() returns on each render. */
export function ConsentProbe(): ReactNode {
  const [count, setCount] = useState(0);
  seen.rerender = () => setCount(count + 1);
  seen.consent.push(useConsent());
  return null;
}

/** Shows useGranted(id) as `on`/`off` in `#granted-<id>` and counts its renders. */
export function GrantedProbe({ id }: { id: string }): ReactNode {
  seen.renders.set(id, (seen.renders.get(id) ?? 0) + 1);
  return h('p', { id: `granted-${id}` }, useGranted(id) ? 'on' : 'off');
}

/** A "Cookie settings" button (`#settings`) calling useOpenPreferences() with itself as opener. */
export function SettingsButton(): ReactNode {
  const openPreferences = (seen.openPreferences = useOpenPreferences());
  return h(
    'button',
    { id: 'settings', type: 'button', onClick: (event: { currentTarget: HTMLElement }) => void openPreferences(event.currentTarget) },
    'Cookie settings',
  );
}

/** Unmounts every root, destroys the stores and the UI elements, deletes the cookie. */
export async function cleanUp(): Promise<void> {
  for (const { root, host } of roots.splice(0)) {
    await act(async () => root.unmount());
    host.remove();
  }
  for (const store of stores.splice(0)) store.destroy();
  seen.consent.length = 0;
  seen.renders.clear();
  seen.openPreferences = undefined;
  console.error = originalError;
  // The UI removes its elements once a pending show() settles.
  await until(() => !document.querySelector('assent-banner, assent-preferences'));
  document.cookie = 'assent=; Max-Age=0; Path=/';
}

/** Resolves once `predicate` holds. */
export async function until(predicate: () => unknown, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets pending imports, effects and timers run. */
export const settle = (ms = 300) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
