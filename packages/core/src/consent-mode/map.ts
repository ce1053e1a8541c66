/**
 * The seven Google Consent Mode v2 types, always sent together.
 *
 * @example
 * CONSENT_MODE_TYPES.includes('ad_user_data'); // true
 */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/**
 * One Consent Mode v2 type.
 *
 * @example
 * const type: ConsentModeType = 'analytics_storage';
 */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/**
 * A value for each of the seven types, as `gtag('consent', …)` takes it.
 *
 * @example
 * const state: Partial<ConsentModeState> = { ad_storage: 'denied' };
 */
export type ConsentModeState = Record<ConsentModeType, 'granted' | 'denied'>;

/**
 * Which Consent Mode types each Assent category grants, as consent managers usually map them
 * (Google's own Consent Mode documentation groups the types the same way).
 * A site may map service ids too, or unmap a category with `[]`.
 *
 * @example
 * startConsentMode(store, { map: { ...DEFAULT_CONSENT_MODE_MAP, functional: ['functionality_storage'] } });
 */
export const DEFAULT_CONSENT_MODE_MAP: Readonly<Record<string, readonly ConsentModeType[]>> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/**
 * The seven values for what is granted. A type is granted only when every id mapped to it is
 * granted — mapping a service beside its category can narrow a grant, never widen it — and an
 * unmapped type is denied.
 *
 * @example
 * consentModeState(DEFAULT_CONSENT_MODE_MAP, (id) => id == 'necessary').security_storage; // 'granted'
 */
export function consentModeState(map: Readonly<Record<string, readonly ConsentModeType[]>>, granted: (id: string) => boolean): ConsentModeState {
  const state = {} as ConsentModeState;
  for (const type of CONSENT_MODE_TYPES) {
    const ids = Object.keys(map).filter((id) => map[id]!.includes(type));
    state[type] = ids.length && ids.every(granted) ? 'granted' : 'denied';
  }
  return state;
}
