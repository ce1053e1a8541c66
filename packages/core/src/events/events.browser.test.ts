import { createConsent } from '../index.js';
import { expect, oneEvent } from '@open-wc/testing';
import { makeStore } from '../store/store.test-helper.js';
import { dispatchConsentEvents } from './index.js';
import { AssentChangeEvent } from './change.js';
import { AssentReadyEvent } from './ready.js';

describe('DOM events', () => {
  const stops: Array<() => void> = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('fires assent:ready on window once the page can listen', async () => {
    const { store } = makeStore();
    const decision = store.update({ analytics: true });
    const ready = oneEvent(window, 'assent:ready');
    stops.push(dispatchConsentEvents(store));
    const event = await ready;
    expect(event).to.be.instanceOf(AssentReadyEvent);
    expect(event.type).to.equal('assent:ready');
    expect(event.detail).to.deep.equal({ decision, gpc: false });
  });

  it('announces ready without reading IndexedDB (a returning visitor downloads no IndexedDB code)', async () => {
    let reads = 0;
    const records = { load: async () => (reads++, undefined), save: async () => {}, history: async () => (reads++, []) };
    const store = createConsent({ sync: false, storage: { records } });
    const ready = oneEvent(window, 'assent:ready');
    stops.push(dispatchConsentEvents(store), () => store.destroy());
    await ready;
    expect(reads).to.equal(0);
  });

  it('fires assent:change on window with the decision and what changed', async () => {
    const { store } = makeStore();
    stops.push(dispatchConsentEvents(store));
    const seen: AssentChangeEvent[] = [];
    const listener = (event: AssentChangeEvent) => seen.push(event);
    window.addEventListener('assent:change', listener);
    const decision = store.update({ analytics: true });
    store.withdraw();
    window.removeEventListener('assent:change', listener);

    expect(seen).to.have.length(2);
    expect(seen[0]).to.be.instanceOf(AssentChangeEvent);
    expect(seen[0]!.detail.decision).to.equal(decision);
    expect(seen[0]!.detail.change).to.deep.include({ source: 'local', revoked: [], previous: undefined });
    expect(seen[0]!.detail.change.granted).to.have.members(['analytics', 'matomo', 'ga4']);
    expect(seen[1]!.detail.decision!.method).to.equal('withdraw');
    expect(seen[1]!.detail.change.revoked).to.have.members(['analytics', 'matomo', 'ga4']);
    expect(seen[0]!.detail.change.withdrawn).to.deep.equal([]);
    // What site code deletes data for: consent the person took back, not a first refusal.
    expect(seen[1]!.detail.change.withdrawn).to.have.members(['analytics', 'matomo', 'ga4']);
  });

  it('tells the UI that a GPC opt-out was honoured', async () => {
    const { store } = makeStore({ gpc: true, region: 'US-CA' });
    const ready = oneEvent(window, 'assent:ready');
    stops.push(dispatchConsentEvents(store));
    const { detail } = await ready;
    expect(detail.gpc).to.equal(true);
    expect(detail.decision).to.deep.include({ method: 'gpc', gpc: true });
    expect(detail.decision!.categories.advertising).to.equal(false);

    const change = oneEvent(window, 'assent:change');
    store.acceptAll();
    const { detail: after } = await change;
    expect(after.gpc).to.equal(true);
    expect(after.decision!.categories.advertising).to.equal(false);
  });

  it('stops dispatching when stopped, including a ready still pending', async () => {
    const { store } = makeStore();
    let count = 0;
    const listener = () => count++;
    window.addEventListener('assent:ready', listener);
    window.addEventListener('assent:change', listener);
    dispatchConsentEvents(store)();
    store.acceptAll();
    await store.ready;
    await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('assent:ready', listener);
    window.removeEventListener('assent:change', listener);
    expect(count).to.equal(0);
  });
});
