import { type SyncChannel, createConsent, memoryRecords } from '@assent/core';
import { expect } from '@open-wc/testing';
import { tcfSignalChoices, withTcfServices } from '../consent-mode/signal-services.js';
import { acceptAllChoices } from '../tc-string/choices.js';
import { encodeTcString } from '../tc-string/encode.js';
import { decodeTcString } from '../tc-string/encode.js';
import type { TcfController } from '../types.js';
import { startTcf } from './controller.js';
import { FIXTURE_URL, freshStore } from './tcfapi.test-helper.js';

let running: TcfController | undefined;
const start = (store: ReturnType<typeof freshStore>, extra: Record<string, unknown> = {}) => {
  running = startTcf(store.store, { cmpId: 300, vendors: [755, 793, 1126, 2], vendorListUrl: FIXTURE_URL, cookieName: store.tcCookie, ...extra });
  return running;
};

afterEach(() => {
  running?.destroy();
  running = undefined;
  delete (window as { __tcfapi?: unknown }).__tcfapi;
});

describe('startTcf', () => {
  it('has the new TC string in place when the store tells its listeners (the evidence outbox)', async () => {
    const store = freshStore();
    const tcf = start(store);
    await tcf.ready;
    const seen: Array<string | undefined> = [];
    store.store.subscribe(() => seen.push(tcf.evidence?.tcString));
    tcf.acceptAll();
    tcf.rejectAll();
    expect(seen).to.have.length(2);
    expect(decodeTcString(seen[0]!).choices.purposeConsents).to.deep.equal([1, 2, 3, 4, 7, 9, 10]);
    expect(decodeTcString(seen[1]!).choices.purposeConsents).to.deep.equal([]);
  });

  it('accept all under Global Privacy Control refuses what Consent Mode denies (purposes 1, 3, 4, 7 and the special features)', async () => {
    const store = freshStore({ gpc: true });
    const tcf = start(store, { publisherPurposes: { consent: [1, 2] } });
    await tcf.ready;
    tcf.acceptAll();
    const { purposeConsents, specialFeatureOptins, publisherConsents } = decodeTcString(tcf.evidence!.tcString).choices;
    expect(purposeConsents).to.deep.equal([2, 9, 10]);
    expect(specialFeatureOptins).to.deep.equal([]);
    expect(publisherConsents).to.deep.equal([2]);
    // The TC string and Consent Mode agree: every ad type stays denied.
    for (const [id, granted] of Object.entries(tcfSignalChoices(purposeConsents))) {
      expect(granted, id).to.equal(false);
      expect(store.store.granted(id), id).to.equal(false);
    }
    expect(store.store.granted('advertising')).to.equal(false);
    // Given one by one in the second layer, they are recorded as given.
    tcf.save({ ...tcf.choices!, purposeConsents: [...purposeConsents, 1, 3, 4, 7], specialFeatureOptins: [2] }, { advertising: true });
    const saved = decodeTcString(tcf.evidence!.tcString).choices;
    expect(saved.purposeConsents).to.include.members([1, 3, 4, 7]);
    expect(saved.specialFeatureOptins).to.deep.equal([2]);
  });

  it('reject all refuses every consent and objects to every legitimate interest', async () => {
    const store = freshStore();
    const tcf = start(store);
    await tcf.ready;
    tcf.acceptAll();
    tcf.rejectAll();
    expect(tcf.choices).to.deep.include({ purposeConsents: [], purposeLegitimateInterests: [], vendorConsents: [], vendorLegitimateInterests: [] });
    expect(store.store.state?.method).to.equal('reject-all');
    expect(store.store.granted('advertising')).to.equal(false);
  });

  it("saves custom choices with the site's own categories and the Consent Mode signals from the purposes", async () => {
    const store = freshStore();
    const tcf = start(store, { publisherPurposes: { consent: [1] } });
    await tcf.ready;
    const none = {
      purposeConsents: [],
      purposeLegitimateInterests: [],
      specialFeatureOptins: [],
      vendorConsents: [],
      vendorLegitimateInterests: [],
      publisherConsents: [],
      publisherLegitimateInterests: [],
      googleAtpConsents: [],
    };
    tcf.save(
      { ...none, purposeConsents: [1, 3, 4], vendorConsents: [755], specialFeatureOptins: [2], publisherConsents: [1] },
      { advertising: true, analytics: false },
      { locale: 'de' },
    );
    expect(store.store.state?.method).to.equal('custom');
    expect(store.store.granted('advertising')).to.equal(true);
    expect(store.store.granted('tcf-ad-storage')).to.equal(true);
    expect(store.store.granted('tcf-ad-personalization')).to.equal(true);
    expect(store.store.granted('tcf-ad-user-data')).to.equal(false); // Purpose 7 was not consented
    expect(tcf.evidence!.tcString.split('.')).to.have.length(3); // Core, DisclosedVendors, PublisherTC
    const { choices, model } = decodeTcString(tcf.evidence!.tcString);
    expect(choices).to.deep.include({ purposeConsents: [1, 3, 4], vendorConsents: [755], specialFeatureOptins: [2], publisherConsents: [1] });
    expect(model.consentScreen).to.equal(2);
    expect(model.consentLanguage).to.equal('DE'); // the UI's language
    expect(tcf.needsDecision).to.equal(false);
  });

  it('asks again on a corrupt cookie without failing', async () => {
    const store = freshStore();
    document.cookie = `${store.tcCookie}=CPgarbage.notatcstring; Path=/`;
    const tcf = start(store);
    await tcf.ready;
    expect(tcf.needsDecision).to.equal(true);
    expect(tcf.choices).to.equal(undefined);
    document.cookie = `${store.tcCookie}=; Max-Age=0; Path=/`;
  });

  it('asks again when the site adds a vendor the stored string did not disclose', async () => {
    const store = freshStore();
    const first = start(store);
    await first.ready;
    first.acceptAll();
    first.destroy();
    const second = start(store, { vendors: [755, 793, 1126, 2, 21] });
    await second.ready;
    expect(second.needsDecision).to.equal(true);
  });

  it('a configured vendor the list no longer holds is left out, not a failure, and not asked about again and again', async () => {
    const store = freshStore();
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      const first = start(store, { vendors: [755, 793, 4242] });
      await first.ready;
      expect(Object.keys(first.gvl!.vendors)).to.deep.equal(['755', '793']);
      expect(String(warnings[0])).to.contain('4242');
      first.acceptAll();
      first.destroy();
      const second = start(store, { vendors: [755, 793, 4242] });
      await second.ready;
      expect(second.needsDecision).to.equal(false);
      expect(second.choices?.vendorConsents).to.deep.equal([755, 793]);
    } finally {
      console.warn = warn;
    }
  });

  it('decides for the store alone where GDPR does not apply', async () => {
    const store = freshStore({ regime: 'opt-out' });
    const tcf = start(store);
    await tcf.ready;
    tcf.rejectAll();
    expect(store.store.state?.method).to.equal('reject-all');
    expect(tcf.evidence).to.equal(undefined);
    expect(document.cookie).to.not.contain(store.tcCookie);
  });

  it('re-reads the cookie when another tab decided', async () => {
    // Two tabs in one page: a pair of linked channels stands in for BroadcastChannel.
    const listeners: Array<Array<(message: unknown) => void>> = [[], []];
    const channel = (self: number): SyncChannel => ({
      post: (message) => {
        for (const listener of listeners[1 - self]!) listener(message);
      },
      listen: (onMessage) => {
        listeners[self]!.push(onMessage);
        return () => {};
      },
      close: () => {},
    });
    const name = `assent-tabs-${Date.now()}`;
    const tab = (self: number) =>
      createConsent(withTcfServices({ region: 'DE', sync: channel(self), cookie: { name }, storage: { records: memoryRecords() } }));
    const here = { store: tab(0), tcCookie: `euconsent-tabs-${Date.now()}` };
    const other = tab(1);
    const tcf = start(here);
    await tcf.ready;
    tcf.rejectAll();
    // The other tab's TCF wrote its string, then its store decided and told this tab.
    const otherString = encodeTcString(acceptAllChoices(tcf.gvl!), tcf.gvl!, { cmpId: 300, cmpVersion: 1, publisherCountryCode: 'AA' });
    document.cookie = `${here.tcCookie}=${otherString}; Path=/`;
    other.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(here.store.state?.method).to.equal('accept-all');
    expect(tcf.evidence?.tcString).to.equal(otherString);
    expect(tcf.choices?.purposeConsents).to.deep.equal([1, 2, 3, 4, 7, 9, 10]);
  });

  it('throws a config error naming the field', () => {
    expect(() => startTcf(freshStore().store, { cmpId: 0, vendors: [755], vendorListUrl: FIXTURE_URL })).to.throw(/tcf\.cmpId/);
  });
});
