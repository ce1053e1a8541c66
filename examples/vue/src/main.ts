// The Vue app's start: the plugin creates the store in the browser, starts the page glue
// (Consent Mode, script gating, cookie clearing) and the evidence outbox once mounted, and shows
// the banner only when a decision is needed.
import { createApp } from 'vue';
import { createAssent } from '@assent/vue';
import { startPage } from '@assent/core/page';
import { startOutbox } from '@assent/server-sync/outbox';
import App from './App.vue';
import { LEDGER_ENDPOINT, PRIVACY_POLICY_URL, consentConfig } from './site.js';
// One look for all demo sites: the script-tag site's stylesheet, bundled by Vite.
import '../../script-tag-site/css/site.css';
import './vue.css';

createApp(App)
  .use(
    createAssent({
      options: consentConfig,
      ui: { privacyPolicyUrl: PRIVACY_POLICY_URL },
      setup(store) {
        const page = startPage(store);
        const outbox = startOutbox(store, { endpoint: LEDGER_ENDPOINT });
        // Where the script tag puts its store, so tools find this one too: `assent-scan`
        // (@assent/scanner) reads the config and decides through `window.assent`.
        (window as unknown as { assent: typeof store }).assent = store;
        return () => {
          page.stop();
          outbox.stop();
        };
      },
    }),
  )
  .mount('#app');
