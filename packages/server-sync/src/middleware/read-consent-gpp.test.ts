// readConsent's gpp never says less than the rest of the same request: the GPP cookie can be
// stale (written on a page with GPP, the decision later changed on a page without it).
import { createConsent, memoryCookieJar, type ConsentOptions } from '@assent/core';
import { GppModel } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { uscaString, usnatString } from '../evidence/gpp-string.test-helper.js';
import { parseGppOptOuts } from './gpp-opt-outs.js';
import { readConsent } from './read-consent.js';

const californian = { revision: '3', region: 'US-CA' };

/** The Cookie header the real browser store wrote for a decision, beside a GPP cookie. */
function cookiesOf(site: ConsentOptions, act: (store: ReturnType<typeof createConsent>) => unknown, gppString: string): string {
  const cookies = memoryCookieJar();
  const store = createConsent({ ...site, storage: { cookies }, sync: false });
  act(store);
  store.destroy();
  return `assent=${cookies.read('assent')}; assent_gpp=${gppString}`;
}
const request = (cookie: string, gpc = false) => new Request('https://shop.example/', { headers: { cookie, ...(gpc ? { 'sec-gpc': '1' } : {}) } });

/** A state section encoded by the library. */
function stateString(name: string, fields: Record<string, unknown>): string {
  const model = new GppModel();
  for (const [field, value] of Object.entries(fields)) model.setFieldValue(name, field, value);
  return model.encode();
}

describe('readConsent().gpp reports the most protective reading of the request', () => {
  it('Sec-GPC: 1 beside a stale cookie that did not opt out: opted out, gpc on', () => {
    const stale = uscaString({ optedOut: false, gpc: false });
    const consent = readConsent(request(`assent_gpp=${stale}`, true), californian);
    expect(consent.gpc).toBe(true);
    expect(consent.granted('advertising')).toBe(false);
    expect(consent.gpp).toMatchObject({ section: 'usca', saleOptOut: true, sharingOptOut: true, targetedAdvertisingOptOut: undefined, gpc: true });
    // The string as signalled stays readable.
    expect(parseGppOptOuts(consent.gpp?.gppString)).toMatchObject({ saleOptOut: false, sharingOptOut: false, gpc: false });
    // A section without a GPC segment: the header alone says gpc.
    expect(readConsent(request(`assent_gpp=${uscaString({ optedOut: false })}`, true), californian).gpp).toMatchObject({ saleOptOut: true, gpc: true });
  });

  it('a consent cookie that refuses advertising beside a stale cookie that did not opt out: opted out', () => {
    const stale = uscaString({ optedOut: false, gpc: false });
    const refused = readConsent(request(cookiesOf(californian, (store) => store.update({ advertising: false }), stale)), californian);
    expect(refused.granted('advertising')).toBe(false);
    expect(refused.gpp).toMatchObject({ saleOptOut: true, sharingOptOut: true, gpc: false });
    const rejected = readConsent(request(cookiesOf(californian, (store) => store.rejectAll(), stale)), californian);
    expect(rejected.gpp).toMatchObject({ saleOptOut: true, sharingOptOut: true });
    // Granted, no GPC: the string stands as signalled.
    const accepted = readConsent(request(cookiesOf(californian, (store) => store.acceptAll(), stale)), californian);
    expect(accepted.granted('advertising')).toBe(true);
    expect(accepted.gpp).toMatchObject({ saleOptOut: false, sharingOptOut: false, gpc: false });
    expect(readConsent(request(`assent_gpp=${stale}`), californian).gpp).toMatchObject({ saleOptOut: false, sharingOptOut: false, gpc: false });
    // In the opt-in regime nothing is granted before a decision: not granted is opted out.
    const european = readConsent(request(`assent_gpp=${stale}`), { revision: '3', region: 'DE' });
    expect(european.granted('advertising')).toBe(false);
    expect(european.gpp).toMatchObject({ saleOptOut: true, sharingOptOut: true });
  });

  it('sets only the opt-outs the section defines; a "not applicable" one becomes opted out', () => {
    // Virginia has no sharing opt-out: it stays undefined.
    const virginia = stateString('usva', { SaleOptOut: 2, TargetedAdvertisingOptOut: 2 });
    expect(readConsent(request(`assent_gpp=${virginia}`, true), { revision: '3', region: 'US-VA' }).gpp).toMatchObject({
      saleOptOut: true,
      sharingOptOut: undefined,
      targetedAdvertisingOptOut: true,
      gpc: true,
    });
    // usnat's targeted-advertising opt-out is 0 (not applicable) in the string, a field of the section.
    expect(readConsent(request(`assent_gpp=${usnatString()}`, true), { revision: '3', region: 'US-TX' }).gpp).toMatchObject({
      saleOptOut: true,
      sharingOptOut: true,
      targetedAdvertisingOptOut: true,
    });
  });

  it('reads the refusal of the gppOptOutOf ids the site has, as @assent/gpp does', () => {
    const site = { revision: '3', region: 'US-CA', categories: ['necessary', 'analytics', 'ads'] };
    const stale = uscaString({ optedOut: false, gpc: false });
    const refusedAds = cookiesOf(site, (store) => store.update({ ads: false, analytics: true }), stale);
    expect(readConsent(request(refusedAds), { ...site, gppOptOutOf: ['ads'] }).gpp?.saleOptOut).toBe(true);
    // The site has no advertising category: the default optOutOf does not apply, the string stands.
    expect(readConsent(request(refusedAds), site).gpp?.saleOptOut).toBe(false);
    const grantedAds = cookiesOf(site, (store) => store.update({ ads: true, analytics: false }), stale);
    expect(readConsent(request(grantedAds), { ...site, gppOptOutOf: ['ads'] }).gpp?.saleOptOut).toBe(false);
  });
});
