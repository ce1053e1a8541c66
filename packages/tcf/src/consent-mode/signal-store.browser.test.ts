import { expect } from '@open-wc/testing';
import { startTcf } from '../controller/controller.js';
import { FIXTURE_URL, freshStore } from '../controller/tcfapi.test-helper.js';
import type { TcfController } from '../types.js';
import { TCF_SIGNAL_SERVICE_IDS } from './signal-services.js';
import { tcfSignalStore } from './signal-store.js';

const SIGNALS = Object.values(TCF_SIGNAL_SERVICE_IDS);
let running: TcfController | undefined;
const start = (store: ReturnType<typeof freshStore>, extra: Record<string, unknown> = {}) => {
  running?.destroy();
  running = startTcf(store.store, { cmpId: 300, vendors: [755, 793, 1126, 2], vendorListUrl: FIXTURE_URL, cookieName: store.tcCookie, ...extra });
  return running;
};
const grantedSignals = (store: { granted(id: string): boolean }) => SIGNALS.filter((id) => store.granted(id));

afterEach(() => {
  running?.destroy();
  running = undefined;
  delete (window as { __tcfapi?: unknown }).__tcfapi;
});

describe('tcfSignalStore', () => {
  it('a fallback "accept all" without a TC string grants no Consent Mode ad type', async () => {
    const store = freshStore();
    const tcf = start(store);
    await tcf.ready;
    const page = tcfSignalStore(store.store, tcf);
    store.store.acceptAll();
    expect(grantedSignals(store.store)).to.deep.equal(SIGNALS); // the store alone would grant them
    expect(grantedSignals(page)).to.deep.equal([]);
    // Everything else is the store itself.
    expect(page.granted('analytics')).to.equal(true);
    expect(page.state).to.equal(store.store.state);
  });

  it('grants them once the TC string allows them', async () => {
    const store = freshStore();
    const tcf = start(store);
    await tcf.ready;
    const page = tcfSignalStore(store.store, tcf);
    tcf.acceptAll();
    expect(grantedSignals(page)).to.deep.equal(SIGNALS);
  });

  it('a store "accept all" after a TCF "reject all" still grants none', async () => {
    const store = freshStore();
    const tcf = start(store);
    await tcf.ready;
    const page = tcfSignalStore(store.store, tcf);
    tcf.rejectAll();
    store.store.acceptAll();
    expect(store.store.granted('advertising')).to.equal(true);
    expect(grantedSignals(page)).to.deep.equal([]);
  });

  it('where GDPR does not apply, the store decides', async () => {
    const store = freshStore({ regime: 'opt-out' });
    const tcf = start(store);
    await tcf.ready;
    store.store.acceptAll();
    expect(grantedSignals(tcfSignalStore(store.store, tcf))).to.deep.equal(SIGNALS);
  });
});

describe('a TC string that no longer applies', () => {
  it("records in the store that the signals' consent lapsed", async () => {
    const store = freshStore();
    const first = start(store);
    await first.ready;
    first.acceptAll();
    expect(grantedSignals(store.store)).to.deep.equal(SIGNALS);
    document.cookie = `${store.tcCookie}=; Max-Age=0; Path=/`;
    const again = start(store);
    await again.ready;
    expect(again.needsDecision).to.equal(true);
    expect(grantedSignals(store.store)).to.deep.equal([]);
    expect(store.store.state?.method).to.equal('api');
    expect(store.store.granted('analytics')).to.equal(true); // only the signals lapsed
  });

  it('does not when only a vendor was added since (that asks again)', async () => {
    const store = freshStore();
    const first = start(store);
    await first.ready;
    first.acceptAll();
    const again = start(store, { vendors: [755, 793, 1126, 2, 21] });
    await again.ready;
    expect(again.needsDecision).to.equal(true);
    expect(store.store.state?.method).to.equal('accept-all');
  });
});
