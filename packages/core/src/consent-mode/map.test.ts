import { describe, expect, it } from 'vitest';
import { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAP, consentModeState } from './map.js';

const grantedOnly =
  (...ids: string[]) =>
  (id: string) =>
    ids.includes(id);

describe('Consent Mode mapping', () => {
  it('knows the seven v2 types and maps every one of them by default', () => {
    expect([...CONSENT_MODE_TYPES].sort()).toEqual([
      'ad_personalization',
      'ad_storage',
      'ad_user_data',
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
      'security_storage',
    ]);
    expect(Object.values(DEFAULT_CONSENT_MODE_MAP).flat().sort()).toEqual([...CONSENT_MODE_TYPES].sort());
  });

  it('maps categories as the convention says (necessary → security_storage, advertising → three ad types)', () => {
    expect(consentModeState(DEFAULT_CONSENT_MODE_MAP, grantedOnly('necessary', 'advertising'))).toEqual({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
    expect(consentModeState(DEFAULT_CONSENT_MODE_MAP, grantedOnly('functional'))).toMatchObject({
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'denied',
    });
  });

  it('always returns all seven types, denying the ones nothing maps', () => {
    const state = consentModeState({ analytics: ['analytics_storage'] }, () => true);
    expect(Object.keys(state)).toHaveLength(7);
    expect(state.analytics_storage).toBe('granted');
    expect(state.ad_storage).toBe('denied');
  });

  it('grants a type only when every id mapped to it is granted: a service mapping narrows, never widens', () => {
    const map = { ...DEFAULT_CONSENT_MODE_MAP, 'google-ads': ['ad_storage'] as const };
    expect(consentModeState(map, grantedOnly('advertising')).ad_storage).toBe('denied');
    expect(consentModeState(map, grantedOnly('google-ads')).ad_storage).toBe('denied');
    expect(consentModeState(map, grantedOnly('advertising', 'google-ads')).ad_storage).toBe('granted');
    expect(consentModeState({ ...map, advertising: [] }, grantedOnly('google-ads')).ad_storage).toBe('granted');
  });
});
