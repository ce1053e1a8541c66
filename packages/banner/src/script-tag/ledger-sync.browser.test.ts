import { expect } from '@open-wc/testing';
import { createConsent } from '@assent/core';
import { outboxIsIdle } from '@assent/server-sync/outbox';
import { deliverToLedger } from './ledger-sync.js';

// A real ledger (SQLite) is served to browser tests under /__assent-ledger/ by
// packages/server-sync/web-test-runner.middleware.mjs.
const LEDGER = '/__assent-ledger';
const trail = async (consentId: string): Promise<Array<{ method: string; seq: number }>> => {
  const response = await fetch(`${LEDGER}/v1/consents/${consentId}/records`, { headers: { authorization: 'Bearer wtr-ledger-test-key' } });
  return response.status === 404 ? [] : ((await response.json()) as { records: Array<{ method: string; seq: number }> }).records;
};
const until = async (condition: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('script tag → evidence ledger (syncEndpoint)', () => {
  beforeEach(() => (document.cookie = 'assent=; Max-Age=0; Path=/'));
  afterEach(() => localStorage.removeItem('assent-outbox'));

  it('delivers a decision made while the outbox is still loading, then later ones, each once', async () => {
    const store = createConsent({ sync: false, revision: 'ledger-sync-test' });
    let release: () => void = () => {};
    const loading = new Promise<void>((resolve) => (release = resolve));
    deliverToLedger(`${LEDGER}/v1/consents`, () => loading.then(() => import('./sync-entry.js')))(store);

    const given = store.rejectAll();
    release();
    await until(async () => (await trail(given.id)).length === 1);
    store.update({ analytics: true });
    await until(async () => (await trail(given.id)).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await trail(given.id)).map((record) => [record.seq, record.method])).to.deep.equal([
      [1, 'reject-all'],
      [2, 'custom'],
    ]);
  });

  it('leaves the decision alone when the outbox cannot be loaded', async () => {
    const store = createConsent({ sync: false, revision: 'ledger-sync-test' });
    deliverToLedger(`${LEDGER}/v1/consents`, () => Promise.reject(new Error('offline')))(store);
    const decision = store.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.state).to.equal(decision);
    expect(store.granted('analytics')).to.equal(true);
  });

  it('fetches no outbox on a page view when everything is delivered, and fetches it for the next decision', async () => {
    const first = createConsent({ revision: 'ledger-sync-test', sync: false });
    deliverToLedger(`${LEDGER}/v1/consents`, () => import('./sync-entry.js'))(first);
    const given = first.rejectAll();
    await until(async () => (await trail(given.id)).length === 1 && outboxIsIdle(first.state));
    expect(outboxIsIdle(first.state)).to.equal(true);
    first.destroy();

    // The next page view: the cookie holds the delivered decision.
    const store = createConsent({ revision: 'ledger-sync-test', sync: false });
    let loads = 0;
    deliverToLedger(`${LEDGER}/v1/consents`, () => (loads++, import('./sync-entry.js')))(store);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads).to.equal(0);
    store.update({ analytics: true });
    expect(loads).to.equal(1);
    await until(async () => (await trail(given.id)).length === 2);
    expect((await trail(given.id)).map((record) => record.method)).to.deep.equal(['reject-all', 'custom']);
  });
});
