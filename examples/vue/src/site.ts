import { defineConsentConfig } from '@assent/core';

/**
 * The Vue app's consent configuration. Same origin, cookie and revision as the script-tag site
 * and the SPA (examples/backend/src/site.mjs), so a decision made on one applies on the others
 * (their service lists differ; services then follow their categories). Declared with
 * `defineConsentConfig` and registered below, so every id the app uses is checked by vue-tsc.
 */
export const consentConfig = defineConsentConfig({
  revision: '2026-11',
  services: [
    {
      id: 'vue-analytics',
      category: 'analytics',
      name: 'Vue Analytics',
      provider: 'Assent demo (stands in for an analytics vendor)',
      purpose: 'Counts page views of the Vue app',
      privacyPolicyUrl: '/privacy.html#analytics',
      cookies: [{ name: '_vue_analytics', retention: '13 months' }],
    },
    {
      id: 'demo-video',
      category: 'functional',
      name: 'Demo Video',
      provider: 'Assent demo (stands in for a video platform)',
      purpose: 'Plays embedded videos and remembers the volume',
      privacyPolicyUrl: '/privacy.html#functional',
      cookies: [{ name: 'demo_video_volume', retention: '1 year' }],
    },
  ],
});

declare module '@assent/core' {
  interface Register {
    config: typeof consentConfig;
  }
}

/** Where the browser outbox delivers decisions: the ledger mounted by the demo backend. */
export const LEDGER_ENDPOINT = '/v1/consents';

export const PRIVACY_POLICY_URL = '/privacy.html';
