import { createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import { DEFAULT_CONSENT_MODE_MAP, consentModeState } from '@assent/core/page';
import { describe, expect, it } from 'vitest';
import { TCF_CONSENT_MODE_MAP, TCF_SIGNAL_SERVICES, tcfSignalChoices, withTcfServices } from './signal-services.js';

const map = { ...DEFAULT_CONSENT_MODE_MAP, ...TCF_CONSENT_MODE_MAP };
const storeWith = (gpc = false) =>
  createConsent(withTcfServices({ region: 'DE', gpc, sync: false, storage: { cookies: memoryCookieJar(), records: memoryRecords() } }));

describe('TCF purposes → Google Consent Mode', () => {
  it("follows Google's mapping: 1 → ad_storage, 1+7 → ad_user_data, 3+4 → ad_personalization", () => {
    expect(tcfSignalChoices([1])).toEqual({ 'tcf-ad-storage': true, 'tcf-ad-user-data': false, 'tcf-ad-personalization': false });
    expect(tcfSignalChoices([1, 7])['tcf-ad-user-data']).toBe(true);
    expect(tcfSignalChoices([7])['tcf-ad-user-data']).toBe(false);
    expect(tcfSignalChoices([3, 4])['tcf-ad-personalization']).toBe(true);
    expect(tcfSignalChoices([4])['tcf-ad-personalization']).toBe(false);
  });

  it('adds the three services once', () => {
    const options = withTcfServices(withTcfServices({ services: [TCF_SIGNAL_SERVICES[0]!] }));
    expect(options.services?.map((s) => s.id)).toEqual(['tcf-ad-storage', 'tcf-ad-user-data', 'tcf-ad-personalization']);
  });

  it('grants a type only when the advertising category and the purposes are granted', () => {
    const store = storeWith();
    store.update({ advertising: true, ...tcfSignalChoices([1, 2]) });
    const state = consentModeState(map, (id) => store.granted(id));
    expect(state.ad_storage).toBe('granted');
    expect(state.ad_user_data).toBe('denied');
    expect(state.ad_personalization).toBe('denied');
    store.update({ advertising: false, ...tcfSignalChoices([1, 3, 4, 7]) });
    expect(consentModeState(map, (id) => store.granted(id)).ad_storage).toBe('denied');
  });

  it('keeps everything denied under GPC even when every purpose is consented', () => {
    const store = storeWith(true);
    store.acceptAll();
    store.update(tcfSignalChoices([1, 3, 4, 7]));
    const state = consentModeState(map, (id) => store.granted(id));
    expect([state.ad_storage, state.ad_user_data, state.ad_personalization]).toEqual(['denied', 'denied', 'denied']);
  });
});
