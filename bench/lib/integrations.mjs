// How a page includes Assent, in every variant a bench measures. `documented` is the integration
// packages/banner/README.md shows (keep the two in step); the others are labelled alternatives.
// Each is markup for <head> and for the end of <body>; `markInHead` says where its scripts start.

/** Google Consent Mode defaults, inline and first: what the README tells sites to put before any Google tag. */
export const CONSENT_DEFAULTS = `<script>
    window.dataLayer = window.dataLayer || [];
    function gtag() { dataLayer.push(arguments); }
    gtag('consent', 'default', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
  </script>`;

/** The configuration as a script: inline in `documented`, a file of its own (`/site/assent-config.js`) in `deferred`. */
export const CONFIG_SCRIPT = `window.assentConfig = { revision: '1', region: 'DE', locale: 'en', privacyPolicyUrl: '/privacy' };`;
const CONFIG = `<script>${CONFIG_SCRIPT}</script>`;

/** A first-visit hint (measured, not kept): fetch the banner's chunk beside assent.js when no decision is stored. */
export const UI_PRELOAD = `<script>/(^|; ?)assent=/.test(document.cookie) || document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: '/assent/assent-ui.js' }));</script>`;

const ATTRIBUTES = 'data-revision="1" data-region="DE" data-locale="en" data-privacy-policy-url="/privacy"';

export const ASSENT = {
  /** As the README documents it: defaults, config, then assent.js with `async`, all in <head>. */
  documented: {
    label: 'Assent (async in head, as documented)',
    markInHead: true,
    head: `${CONSENT_DEFAULTS}\n  ${CONFIG}\n  <script async src="/assent/assent.js"></script>`,
  },
  /** The documented integration plus a preload hint for the banner's chunk: measured, not recommended (docs/decisions). */
  preload: {
    label: 'Assent + UI preload hint (measured, not recommended)',
    markInHead: true,
    head: `${CONSENT_DEFAULTS}\n  ${CONFIG}\n  ${UI_PRELOAD}\n  <script async src="/assent/assent.js"></script>`,
  },
  /** The documented alternative for a config kept in its own file: both scripts `defer`, in this order. */
  deferred: {
    label: 'Assent, config file + assent.js both defer (documented alternative)',
    markInHead: true,
    head: `${CONSENT_DEFAULTS}\n  <script defer src="/site/assent-config.js"></script>\n  <script defer src="/assent/assent.js"></script>`,
  },
  /** What the README showed before issue 15: a plain (render-blocking) script tag in <head>. */
  blocking: {
    label: 'Assent, previous README (blocking script in head)',
    markInHead: true,
    head: `<script src="/assent/assent.js" ${ATTRIBUTES}></script>`,
  },
  /** What the time-to-banner bench measured before issue 15: a plain script tag at the end of <body>. */
  bodyEnd: { label: 'Assent, plain script at the end of body', tail: `<script src="/assent/assent.js" ${ATTRIBUTES}></script>` },
};
