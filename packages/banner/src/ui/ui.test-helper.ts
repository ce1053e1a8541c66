// Shared set-up of the banner's browser tests (banner, dialog, UI, script tag): a fresh store per
// test, no cookie left behind, waiting for asynchronous decisions and for focus.
import { createConsent, type ConsentOptions, type ConsentStore, type ServiceDefinition } from '@assent/core';

/** Two services with cookies, so the dialog has something to list. */
export const SERVICES: ServiceDefinition[] = [
  {
    id: 'matomo',
    category: 'analytics',
    name: 'Matomo',
    provider: 'Example Analytics Ltd',
    purpose: 'Audience measurement',
    privacyPolicyUrl: 'https://analytics.example/privacy',
    cookies: [
      { name: '_pk_id.*', retention: '13 months' },
      { name: '_pk_ses.*', retention: '30 minutes', purpose: 'Groups page views into a visit' },
    ],
  },
  {
    id: 'video',
    category: 'functional',
    name: 'Video host',
    provider: 'Example Video Inc',
    purpose: 'Embedded videos',
    privacyPolicyUrl: 'https://video.example/privacy',
    cookies: [{ name: 'vid_pref', retention: '6 months', domain: '.video.example' }],
  },
];

/** Deletes the consent cookie so every test starts undecided. */
export function clearConsentCookie(): void {
  document.cookie = 'assent=; Max-Age=0; Path=/';
}

/** A store with cross-tab sync off (tests must not talk to each other). */
export function testStore(options: ConsentOptions = {}): ConsentStore {
  return createConsent({ sync: false, revision: 'test', region: 'DE', services: SERVICES, ...options });
}

/** Resolves once `predicate` holds (the banner records decisions after hashing asynchronously). */
export async function until(predicate: () => unknown, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The element with focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
