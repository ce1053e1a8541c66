// The SPA's start: one store, the page glue (Consent Mode, gating, clearing), the banner UI, the
// evidence outbox, the router, and analytics loaded lazily once granted.
import { createConsent } from '@assent/core';
import { startPage } from '@assent/core/page';
import { createConsentUi } from '@assent/banner';
import { startOutbox } from '@assent/server-sync/outbox';
import { createRouter } from './router.js';
import { createViews } from './views.js';
import { LEDGER_ENDPOINT, PRIVACY_POLICY_URL, consentOptions } from './site.js';
// One look for both demo sites: the script-tag site's stylesheet, bundled by Vite.
import '../../script-tag-site/css/site.css';
import './spa.css';

const store = createConsent(consentOptions);
// Before any tag: the Consent Mode default goes out synchronously, first.
const page = startPage(store);
startOutbox(store, { endpoint: LEDGER_ENDPOINT });
const ui = createConsentUi(store, { privacyPolicyUrl: PRIVACY_POLICY_URL, page });
if (store.needsDecision) void ui.show();
// Where the script tag puts its store, so tools find the SPA's too: `assent-scan` (@assent/scanner)
// reads the config and decides through `window.assent`.
(window as unknown as { assent: typeof store }).assent = store;

const settings = document.getElementById('cookie-settings') as HTMLButtonElement;
settings.addEventListener('click', () => void ui.showPreferences(settings));

const { routes, notFound } = createViews(store);
const router = createRouter(routes, document.getElementById('main') as HTMLElement, notFound);

// Now if already granted, else the moment it is: the analytics code is fetched only then.
store.onGranted('analytics', () => {
  void import('./analytics.js').then(({ startAnalytics }) => startAnalytics(store, router));
});
