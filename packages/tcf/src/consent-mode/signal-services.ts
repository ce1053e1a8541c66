import type { ConsentOptions, ServiceDefinition } from '@assent/core';

// Google's consent mode TCF integration maps TCF purposes to consent types — Purpose 1 denied →
// ad_storage and ad_user_data denied; Purposes 3 or 4 denied → ad_personalization denied; Purpose 7
// denied → ad_user_data denied:
// https://developers.google.com/tag-platform/security/guides/implement-TCF-strings
// Assent carries those three signals as services of the `advertising` category, so core's Consent
// Mode (a type is granted only when every id mapped to it is) grants e.g. ad_storage only when the
// site's advertising category AND Purpose 1 are granted — and GPC, which keeps advertising denied,
// keeps them denied too.

/**
 * The service ids the controller sets from the TCF purposes on every decision.
 *
 * @example
 * store.granted(TCF_SIGNAL_SERVICE_IDS.adStorage); // Purpose 1 consented (and advertising granted)
 */
export const TCF_SIGNAL_SERVICE_IDS = {
  adStorage: 'tcf-ad-storage',
  adUserData: 'tcf-ad-user-data',
  adPersonalization: 'tcf-ad-personalization',
} as const;

const signal = (id: string, name: string, purpose: string): ServiceDefinition => ({
  id,
  category: 'advertising',
  name,
  provider: 'IAB TCF',
  purpose,
  privacyPolicyUrl: 'https://iabeurope.eu/transparency-consent-framework/',
});

/**
 * The three services that carry TCF purposes into Google Consent Mode (category `advertising`).
 *
 * @example
 * createConsent({ services: [...TCF_SIGNAL_SERVICES, matomo] });
 */
export const TCF_SIGNAL_SERVICES: readonly ServiceDefinition[] = [
  signal(
    TCF_SIGNAL_SERVICE_IDS.adStorage,
    'TCF Purpose 1 (ad storage)',
    'Store and/or access information on a device (TCF Purpose 1), as Google Consent Mode ad_storage.',
  ),
  signal(
    TCF_SIGNAL_SERVICE_IDS.adUserData,
    'TCF Purposes 1 and 7 (ad user data)',
    'Store and/or access information on a device and measure advertising performance (TCF Purposes 1 and 7), as Google Consent Mode ad_user_data.',
  ),
  signal(
    TCF_SIGNAL_SERVICE_IDS.adPersonalization,
    'TCF Purposes 3 and 4 (ad personalisation)',
    'Create profiles for and use profiles to select personalised advertising (TCF Purposes 3 and 4), as Google Consent Mode ad_personalization.',
  ),
];

/**
 * The store options with the three TCF signal services added (once; an `advertising` category must
 * exist, as it does by default).
 *
 * @example
 * const store = createConsent(withTcfServices({ revision: '3', region: 'DE' }));
 */
export function withTcfServices(options: ConsentOptions): ConsentOptions {
  const existing = options.services ?? [];
  const missing = TCF_SIGNAL_SERVICES.filter((service) => !existing.some((s) => s.id === service.id));
  return { ...options, services: [...existing, ...missing] };
}

/**
 * Entries to merge into core's Consent Mode map: each TCF signal service narrows its type.
 *
 * @example
 * startPage(store, { consentMode: { map: { ...DEFAULT_CONSENT_MODE_MAP, ...TCF_CONSENT_MODE_MAP } } });
 */
export const TCF_CONSENT_MODE_MAP = {
  [TCF_SIGNAL_SERVICE_IDS.adStorage]: ['ad_storage'],
  [TCF_SIGNAL_SERVICE_IDS.adUserData]: ['ad_user_data'],
  [TCF_SIGNAL_SERVICE_IDS.adPersonalization]: ['ad_personalization'],
} as const satisfies Record<string, readonly ('ad_storage' | 'ad_user_data' | 'ad_personalization')[]>;

/**
 * The three signal services' values for a set of consented TCF purposes, as Google maps them.
 *
 * @example
 * tcfSignalChoices([1, 3]); // { 'tcf-ad-storage': true, 'tcf-ad-user-data': false, 'tcf-ad-personalization': false }
 */
export function tcfSignalChoices(purposeConsents: readonly number[]): Record<string, boolean> {
  const has = (id: number) => purposeConsents.includes(id);
  return {
    [TCF_SIGNAL_SERVICE_IDS.adStorage]: has(1),
    [TCF_SIGNAL_SERVICE_IDS.adUserData]: has(1) && has(7),
    [TCF_SIGNAL_SERVICE_IDS.adPersonalization]: has(3) && has(4),
  };
}
