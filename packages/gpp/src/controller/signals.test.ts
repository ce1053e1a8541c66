import { createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import { describe, expect, it } from 'vitest';
import { gppSignals } from './signals.js';

const store = (options: Parameters<typeof createConsent>[0] = {}) =>
  createConsent({ region: 'US-CA', gpc: false, sync: false, storage: { cookies: memoryCookieJar(), records: memoryRecords() }, ...options });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('GPP signals from the store', () => {
  it('opt-out region without a decision: applies, not opted out', () => {
    expect(gppSignals(store())).toEqual({ applies: true, optedOut: false, gpc: false });
  });

  it('"Do not sell or share" (advertising refused) opts out; accepting again does not', () => {
    const consent = store();
    consent.update({ advertising: false });
    expect(gppSignals(consent).optedOut).toBe(true);
    consent.acceptAll();
    expect(gppSignals(consent).optedOut).toBe(false);
  });

  it('GPC opts out without any click, and is reported', async () => {
    const consent = store({ gpc: true });
    expect(gppSignals(consent)).toEqual({ applies: true, optedOut: true, gpc: true });
    await tick();
    expect(consent.state?.method).toBe('gpc');
    expect(gppSignals(consent)).toEqual({ applies: true, optedOut: true, gpc: true });
  });

  it('applies only when the config has one of optOutOf; any refused one opts out', () => {
    const services = [
      {
        id: 'google-ads',
        category: 'advertising',
        name: 'Google Ads',
        provider: 'Google',
        purpose: 'Ads',
        privacyPolicyUrl: 'https://policies.google.com/privacy',
      },
    ];
    const noAdvertising = store({ categories: ['necessary', 'analytics'] });
    expect(gppSignals(noAdvertising)).toEqual({ applies: false, optedOut: false, gpc: false });
    const withService = store({ services });
    expect(gppSignals(withService, ['google-ads', 'not-configured'])).toEqual({ applies: true, optedOut: false, gpc: false });
    withService.update({ 'google-ads': false });
    expect(gppSignals(withService, ['google-ads', 'advertising']).optedOut).toBe(true);
    expect(gppSignals(withService, ['not-configured'])).toEqual({ applies: false, optedOut: false, gpc: false });
  });
});
