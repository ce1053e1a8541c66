import type { Plugin } from 'vue';
import { ASSENT, type AssentPluginOptions, createContext } from './context.js';

/**
 * The Vue plugin: gives every component of the app the consent store. In the browser it creates
 * the store from `options` (or uses `store`), starts `setup` once the app is mounted and shows the
 * banner only when a decision is needed. On a server nothing is created and nothing starts: the
 * app renders from `initial`, the request's snapshot.
 *
 * @example
 * import { createApp } from 'vue';
 * import { createAssent } from '@assent/vue';
 * import { startPage } from '@assent/core/page';
 *
 * createApp(App)
 *   .use(createAssent({ options: { revision: '2026-11' }, ui: { privacyPolicyUrl: '/privacy' }, setup: (store) => startPage(store).stop }))
 *   .mount('#app');
 */
export function createAssent(options: AssentPluginOptions = {}): Plugin {
  return {
    install(app) {
      app.provide(ASSENT, createContext(app, options));
    },
  };
}
