// The site's consent configuration, shared by the server (the snapshot of each request) and the
// browser (the store). Same cookie and revision as the demo's other sites (examples/spa,
// examples/script-tag-site), so one ledger and one decision serve them all; a service list that
// differs from theirs is fine, services then follow their categories.
import { defineConsentConfig, type ConsentOptions } from '@assent/core';

export const consentConfig = defineConsentConfig({
  revision: '2026-11',
  services: [
    {
      id: 'next-analytics',
      category: 'analytics',
      name: 'Next Analytics',
      provider: 'Assent demo (stands in for an analytics vendor)',
      purpose: 'Counts page views, including client-side navigations',
      privacyPolicyUrl: '/privacy#analytics',
      cookies: [{ name: '_next_analytics', retention: '13 months' }],
    },
    {
      id: 'demo-video',
      category: 'functional',
      name: 'Demo Video',
      provider: 'Assent demo (stands in for a video platform)',
      purpose: 'Plays embedded videos and remembers the volume',
      privacyPolicyUrl: '/privacy#functional',
      cookies: [{ name: 'demo_video_volume', retention: '1 year' }],
    },
  ],
});

// Every `useGranted`, `<Gate category|service>` and store call of this site takes only these ids:
// `useGranted('analytcs')` does not compile.
declare module '@assent/core' {
  interface Register {
    config: typeof consentConfig;
  }
}

/** The options for one visitor: the site's config in the regime of their region (opt-in without one). */
export function optionsFor(region: string | undefined): ConsentOptions {
  return region ? { ...consentConfig, region } : consentConfig;
}

/** Where the browser's outbox delivers decisions: this site's own origin (see app/v1/[...path]/route.ts). */
export const LEDGER_ENDPOINT = '/v1/consents';

export const PRIVACY_POLICY_URL = '/privacy';
