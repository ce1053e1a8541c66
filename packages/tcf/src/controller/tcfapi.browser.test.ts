import { expect } from '@open-wc/testing';
import { installTcfStub } from '../stub/stub.js';
import { decodeTcString } from '../tc-string/encode.js';
import type { TcfController } from '../types.js';
import { startTcf } from './controller.js';
import { FIXTURE_URL, freshStore, listen, tcfapi, tick } from './tcfapi.test-helper.js';

const VENDORS = [755, 793, 1126];
let running: TcfController | undefined;
const start = (store: ReturnType<typeof freshStore>, extra: Record<string, unknown> = {}) => {
  running = startTcf(store.store, { cmpId: 300, cmpVersion: 4, vendors: VENDORS, vendorListUrl: FIXTURE_URL, cookieName: store.tcCookie, ...extra });
  return running;
};

afterEach(() => {
  running?.destroy();
  running = undefined;
  delete (window as { __tcfapi?: unknown }).__tcfapi;
});

describe('__tcfapi per the CMP API v2.2', () => {
  it('the stub answers ping itself and queues the rest until the CMP takes the queue over', async () => {
    const uninstall = installTcfStub({ gdprApplies: true });
    const [stubPing] = await tcfapi('ping');
    expect(stubPing).to.deep.equal({ gdprApplies: true, cmpLoaded: false, cmpStatus: 'stub', displayStatus: 'hidden', apiVersion: '2.2' });
    const early = listen();
    await tick();
    expect(early.events).to.have.length(0);
    const tcf = start(freshStore());
    const [loading] = await tcfapi('ping');
    expect(loading).to.include({ cmpLoaded: true, cmpStatus: 'loading', apiVersion: '2.2', cmpId: 300, cmpVersion: 4 });
    await tcf.ready;
    const [loaded] = await tcfapi('ping');
    // Loaded, with the vendor list version and gdprApplies, before any TC string exists (the IAB
    // library would still say loading, without either).
    expect(loaded).to.include({ cmpStatus: 'loaded', gdprApplies: true, gvlVersion: 100, apiVersion: '2.2' });
    expect(tcf.needsDecision).to.equal(true);
    expect(early.events).to.have.length(0); // no TC data yet: the UI has to be shown first
    tcf.setUiVisible(true);
    await tick();
    expect(early.events.map((e) => e.eventStatus)).to.deep.equal(['cmpuishown']);
    const [visible] = await tcfapi('ping');
    expect(visible).to.include({ cmpStatus: 'loaded', displayStatus: 'visible' });
    uninstall();
  });

  it('addEventListener: cmpuishown then useractioncomplete with the listenerId; removeEventListener stops it', async () => {
    const tcf = start(freshStore());
    await tcf.ready;
    const listener = listen();
    tcf.setUiVisible(true);
    await tick();
    tcf.acceptAll();
    const [first, second] = listener.events;
    expect(first).to.include({ eventStatus: 'cmpuishown', cmpStatus: 'loaded', gdprApplies: true, success: true });
    expect(second).to.include({ eventStatus: 'useractioncomplete', tcString: tcf.evidence!.tcString, listenerId: first!.listenerId });
    expect(typeof first!.listenerId).to.equal('number');
    expect((second!.purpose as { consents: Record<number, boolean> }).consents[1]).to.equal(true);
    expect((second!.vendor as { consents: Record<number, boolean> }).consents[755]).to.equal(true);
    const [afterAction] = await tcfapi('ping');
    expect(afterAction).to.include({ displayStatus: 'hidden' });
    const [removed] = await tcfapi<boolean>('removeEventListener', first!.listenerId);
    expect(removed).to.equal(true);
    tcf.rejectAll();
    expect(listener.events).to.have.length(2);
  });

  it('answers tcloaded with displayStatus disabled when a stored TC string still applies', async () => {
    const store = freshStore();
    const first = start(store);
    await first.ready;
    first.rejectAll();
    const stored = first.evidence!.tcString;
    first.destroy();
    delete (window as { __tcfapi?: unknown }).__tcfapi;
    const again = start(store);
    const listener = listen();
    await again.ready;
    await tick();
    expect(again.needsDecision).to.equal(false);
    expect(again.evidence?.tcString).to.equal(stored);
    expect(listener.events.map((e) => e.eventStatus)).to.deep.equal(['tcloaded']);
    // TCF v2.2 has no global scope: the string and TCData are service-specific.
    expect(listener.events[0]).to.include({ tcString: stored, gdprApplies: true, isServiceSpecific: true });
    const [ping] = await tcfapi('ping');
    expect(ping).to.include({ displayStatus: 'disabled', cmpStatus: 'loaded', gvlVersion: 100 });
  });

  it('closing a re-opened UI without a new choice settles listeners again with the string in effect', async () => {
    const store = freshStore();
    const first = start(store);
    await first.ready;
    first.acceptAll();
    const stored = first.evidence!.tcString;
    first.destroy();
    delete (window as { __tcfapi?: unknown }).__tcfapi;
    const again = start(store);
    const listener = listen();
    await again.ready;
    again.setUiVisible(true);
    await tick();
    again.setUiVisible(false);
    await tick();
    expect(listener.events.map((e) => e.eventStatus)).to.deep.equal(['tcloaded', 'cmpuishown', 'useractioncomplete']);
    expect(listener.events.at(-1)).to.include({ tcString: stored });
    const [ping] = await tcfapi('ping');
    expect(ping).to.include({ displayStatus: 'hidden' });
    // Closing again, or closing after a decision, adds nothing.
    again.setUiVisible(false);
    again.setUiVisible(true);
    await tick();
    again.rejectAll();
    again.setUiVisible(false);
    await tick();
    expect(listener.events.map((e) => e.eventStatus)).to.deep.equal(['tcloaded', 'cmpuishown', 'useractioncomplete', 'cmpuishown', 'useractioncomplete']);
  });

  it('closing the UI on a first visit without a choice only hides it (nothing was decided)', async () => {
    const tcf = start(freshStore());
    await tcf.ready;
    const listener = listen();
    tcf.setUiVisible(true);
    await tick();
    tcf.setUiVisible(false);
    await tick();
    expect(listener.events.map((e) => e.eventStatus)).to.deep.equal(['cmpuishown']);
    const [ping] = await tcfapi('ping');
    expect(ping).to.include({ displayStatus: 'hidden' });
  });

  it('says GDPR does not apply in the opt-out regime, without loading the vendor list', async () => {
    const tcf = start(freshStore({ regime: 'opt-out' }));
    await tcf.ready;
    expect(tcf.gdprApplies).to.equal(false);
    expect(tcf.gvl).to.equal(undefined);
    expect(tcf.needsDecision).to.equal(false);
    const [ping] = await tcfapi('ping');
    expect(ping).to.include({ cmpStatus: 'loaded', gdprApplies: false });
    const [tcData] = await tcfapi('addEventListener');
    expect(tcData).to.include({ gdprApplies: false, eventStatus: 'tcloaded', cmpStatus: 'loaded' });
    expect(tcData.tcString).to.equal(undefined);
  });

  it('adds addtlConsent to TCData when Google ATPs are configured', async () => {
    const tcf = start(freshStore(), { googleAtpIds: [89, 2008] });
    await tcf.ready;
    const listener = listen();
    tcf.setUiVisible(true);
    await tick();
    tcf.save(
      {
        ...tcf.choices!,
        purposeConsents: [1],
        vendorConsents: [755],
        purposeLegitimateInterests: [],
        specialFeatureOptins: [],
        vendorLegitimateInterests: [],
        publisherConsents: [],
        publisherLegitimateInterests: [],
        googleAtpConsents: [2008],
      },
      {},
    );
    expect(listener.events.at(-1)).to.include({ eventStatus: 'useractioncomplete', addtlConsent: '2~2008~dv.89' });
  });

  it('reports cmpStatus error when the vendor list is unusable', async () => {
    const tcf = start(freshStore(), { vendorListUrl: '/no/such/vendor-list.json' });
    let failure: unknown;
    await tcf.ready.catch((error) => {
      failure = error;
    });
    expect((failure as Error).name).to.equal('VendorListError');
    const [ping] = await tcfapi('ping');
    expect(ping).to.include({ cmpStatus: 'error', gdprApplies: true });
  });

  it('a cross-origin frame gets ping and every addEventListener callback through the locator', async () => {
    const reports: Array<Record<string, unknown>> = [];
    const onMessage = (event: MessageEvent) => event.data?.nestedFrame && reports.push(event.data.nestedFrame);
    window.addEventListener('message', onMessage);
    // Both message forms the spec allows: objects and JSON strings.
    for (const asString of [false, true]) {
      running?.destroy();
      delete (window as { __tcfapi?: unknown }).__tcfapi;
      const tcf = start(freshStore());
      await tcf.ready;
      reports.length = 0;
      const frame = document.createElement('iframe');
      const url = new URL('../stub/fixtures/nested-frame.html', import.meta.url);
      url.hostname = 'frame.assent.test';
      if (asString) url.search = '?string';
      frame.src = url.href;
      document.body.appendChild(frame);
      const until = async (ok: () => boolean) => {
        for (let i = 0; i < 200 && !ok(); i++) await tick(25);
        return ok();
      };
      expect(await until(() => reports.some((r) => r.command === 'ping'))).to.equal(true);
      expect(reports.find((r) => r.command === 'started')?.origin).to.not.equal(location.origin);
      expect(reports.find((r) => r.command === 'ping')?.ping).to.include({ cmpLoaded: true, apiVersion: '2.2', gvlVersion: 100 });
      tcf.setUiVisible(true);
      expect(await until(() => reports.some((r) => r.eventStatus === 'cmpuishown'))).to.equal(true);
      tcf.acceptAll();
      expect(await until(() => reports.some((r) => r.eventStatus === 'useractioncomplete'))).to.equal(true);
      const events = reports.filter((r) => r.command === 'addEventListener');
      expect(events.map((e) => e.eventStatus)).to.deep.equal(['cmpuishown', 'useractioncomplete']);
      expect(events[1]).to.include({ tcString: tcf.evidence!.tcString, listenerId: events[0]!.listenerId, success: true });
      frame.remove();
    }
    window.removeEventListener('message', onMessage);
  });

  it('the stored cookie decodes to the decision, and a withdrawal writes an all-refused string', async () => {
    const store = freshStore();
    const tcf = start(store);
    await tcf.ready;
    tcf.acceptAll();
    expect(document.cookie).to.contain(`${store.tcCookie}=${tcf.evidence!.tcString}`);
    expect(store.store.granted('tcf-ad-storage')).to.equal(true);
    const listener = listen();
    store.store.withdraw();
    const refused = decodeTcString(tcf.evidence!.tcString).choices;
    expect(refused.purposeConsents).to.deep.equal([]);
    expect(refused.vendorLegitimateInterests).to.deep.equal([]);
    expect(listener.events.at(-1)).to.include({ eventStatus: 'useractioncomplete', tcString: tcf.evidence!.tcString });
    expect(store.store.granted('tcf-ad-storage')).to.equal(false);
  });
});
