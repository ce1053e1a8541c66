// Shared set-up of the binding's browser tests: a real store per test (no cookie left behind), an
// app mounted into a fresh container, and waiting for asynchronous UI.
import { createApp, type App, type Component } from 'vue';
import { createConsent, type ConsentOptions, type ConsentStore } from '@assent/core';
import { createAssent, type AssentPluginOptions } from './index.js';

/** One service per category the tests use. */
export const OPTIONS: ConsentOptions = {
  sync: false,
  revision: 'test',
  region: 'DE',
  services: [
    {
      id: 'video',
      category: 'functional',
      name: 'Video host',
      provider: 'Example Video Inc',
      purpose: 'Embedded videos',
      privacyPolicyUrl: 'https://video.example/privacy',
      cookies: [{ name: 'vid_pref', retention: '6 months' }],
    },
  ],
};

/** Deletes the consent cookie so every test starts undecided. */
export function clearConsentCookie(): void {
  document.cookie = 'assent=; Max-Age=0; Path=/';
}

/** A real store with the tests' options. */
export function testStore(): ConsentStore {
  return createConsent(OPTIONS);
}

/** Mounts `component` with the plugin into a new container; `unmount` removes both. */
export function mountWith(component: Component, plugin: AssentPluginOptions): { app: App; root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  const app = createApp(component).use(createAssent(plugin));
  app.mount(root);
  return {
    app,
    root,
    unmount() {
      app.unmount();
      root.remove();
    },
  };
}

/** Resolves once `predicate` holds. */
export async function until(predicate: () => unknown, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Removes whatever the banner UI left in the page. */
export function removeBannerElements(): void {
  for (const element of document.querySelectorAll('assent-banner, assent-preferences')) element.remove();
}
