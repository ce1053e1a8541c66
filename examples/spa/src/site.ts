import type { ConsentOptions } from '@assent/core';

/**
 * The SPA's consent configuration. Same origin, cookie and revision as the script-tag site, so a
 * decision made on one applies on the other (their service lists differ; services then follow
 * their categories).
 */
export const consentOptions: ConsentOptions = {
  revision: '2026-11',
  services: [
    {
      id: 'spa-analytics',
      category: 'analytics',
      name: 'SPA Analytics',
      provider: 'Assent demo (stands in for an analytics vendor)',
      purpose: 'Counts page views, including client-side route changes',
      privacyPolicyUrl: '/privacy.html#analytics',
      cookies: [{ name: '_spa_analytics', retention: '13 months' }],
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
};

/** Where the browser outbox delivers decisions: the ledger mounted by the demo backend. */
export const LEDGER_ENDPOINT = '/v1/consents';

export const PRIVACY_POLICY_URL = '/privacy.html';
