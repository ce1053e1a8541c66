import { createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import { expect } from '@open-wc/testing';
import { KEY, LEDGER, memoryQueue, newStore, setMode, until } from './outbox.test-helper.js';
import { createStore, delMany } from 'idb-keyval';
import { indexedDbOutbox, OUTBOX_VERSION, outboxIsIdle, recordIdOf, startOutbox, type OutboxRecord, type OutboxTransport } from '../outbox.js';

const trail = async (consentId: string) => {
  const response = await fetch(`${LEDGER}/v1/consents/${consentId}/records`, { headers: { authorization: `Bearer ${KEY}` } });
  return response.status === 404 ? [] : ((await response.json()).records as Array<{ recordId: string; method: string; seq: number }>);
};

describe('outbox', () => {
  afterEach(() => setMode('up'));
  afterEach(() => localStorage.removeItem('assent-outbox'));

  it('retries with backoff through an outage, resending the same record id, without touching the decision', async () => {
    const store = newStore();
    const queue = memoryQueue();
    const attempts: Array<{ recordId: string; keepalive: boolean; sdkVersion: string | undefined }> = [];
    let outage = true;
    const transport: OutboxTransport = async (record, keepalive) => {
      attempts.push({ recordId: record.recordId, keepalive, sdkVersion: record.sdkVersion });
      if (outage) throw new TypeError('Failed to fetch');
      return 201;
    };
    const outbox = startOutbox(store, { endpoint: 'unused', transport, queue, retryBaseMs: 5, retryMaxMs: 20, onError: () => {} });
    const decision = store.acceptAll();
    await until(() => attempts.length >= 4, 'four failed attempts');
    expect(store.state).to.deep.equal(decision);
    expect(store.granted('analytics')).to.equal(true);
    expect(queue.records).to.have.length(1);
    outage = false;
    await until(() => queue.records.length === 0, 'delivery');
    expect(new Set(attempts.map((attempt) => attempt.recordId)).size).to.equal(1);
    // Without an sdkVersion option, records name this package's version.
    expect(attempts.every((attempt) => attempt.sdkVersion === OUTBOX_VERSION)).to.equal(true);
    expect(queue.records).to.deep.equal([]);
    outbox.stop();
  });

  it('sends records in decision order and drops a record the ledger refuses as invalid', async () => {
    const store = newStore();
    const queue = memoryQueue();
    const sent: string[] = [];
    const errors: unknown[] = [];
    const transport: OutboxTransport = async (record) => (sent.push(record.method), record.method === 'reject-all' ? 400 : 201);
    const outbox = startOutbox(store, { endpoint: 'unused', transport, queue, onError: (error) => errors.push(error) });
    store.acceptAll();
    store.rejectAll();
    store.update({ analytics: true });
    await until(() => sent.length === 3 && queue.records.length === 0, 'three sends');
    expect(sent).to.deep.equal(['accept-all', 'reject-all', 'custom']);
    expect(errors).to.have.length(1);
    outbox.stop();
  });

  it('flushes on online, and with keepalive on pagehide and when the page is hidden', async () => {
    const store = newStore();
    const queue = memoryQueue();
    const calls: boolean[] = [];
    let reachable = false;
    const transport: OutboxTransport = async (_record, keepalive) => {
      calls.push(keepalive);
      if (!reachable) throw new TypeError('offline');
      return 201;
    };
    // Backoff far longer than the test: only the events can trigger the sends below.
    const outbox = startOutbox(store, { endpoint: 'unused', transport, queue, retryBaseMs: 60_000 });
    store.rejectAll();
    await until(() => calls.length === 1, 'first attempt');
    dispatchEvent(new Event('pagehide'));
    await until(() => calls.length === 2, 'pagehide send');
    expect(calls[1]).to.equal(true);
    reachable = true;
    dispatchEvent(new Event('online'));
    await until(() => queue.records.length === 0, 'online delivery');
    expect(calls.slice(2)).to.deep.equal([false]);
    outbox.stop();
    store.acceptAll();
    dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queue.records).to.have.length(0);
    expect(calls).to.have.length(3);
  });

  it('sends with keepalive when the page becomes hidden (visibilitychange, fired at document, bubbles)', async () => {
    const store = newStore();
    const queue = memoryQueue();
    const calls: boolean[] = [];
    const transport: OutboxTransport = async (_record, keepalive) => {
      calls.push(keepalive);
      throw new TypeError('offline');
    };
    const outbox = startOutbox(store, { endpoint: 'unused', transport, queue, retryBaseMs: 60_000, onError: () => {} });
    store.rejectAll();
    await until(() => calls.length === 1, 'first attempt');
    // As the browser fires it: at document, bubbling. Visible first: no send.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.deep.equal([false]);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      await until(() => calls.length === 2, 'send on hidden');
      expect(calls[1]).to.equal(true);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      outbox.stop();
    }
    expect(document.visibilityState).to.equal('visible');
  });

  it('keeps undelivered records in IndexedDB across page views and delivers them later', async () => {
    const database = `assent-outbox-test-${Date.now()}`;
    const firstStore = newStore();
    const first = startOutbox(firstStore, { endpoint: 'unused', queue: indexedDbOutbox(database), transport: async () => 503, retryBaseMs: 60_000 });
    const decision = firstStore.update({ functional: true });
    await until(async () => (await indexedDbOutbox(database).read()).length === 1, 'record in IndexedDB');
    first.stop();
    const [queued] = await indexedDbOutbox(database).read();
    expect(queued!.consentId).to.equal(decision.id);

    const delivered: OutboxRecord[] = [];
    const second = startOutbox(newStore(), {
      endpoint: 'unused',
      queue: indexedDbOutbox(database),
      transport: async (record) => (delivered.push(record), 201),
    });
    await until(async () => (await indexedDbOutbox(database).read()).length === 0, 'delivery on the next page view');
    expect(delivered.map((record) => record.recordId)).to.deep.equal([queued!.recordId]);
    second.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });

  it('delivers to a real ledger exactly once through server-down and lost acknowledgements', async () => {
    const store = newStore();
    const errors: unknown[] = [];
    const outbox = startOutbox(store, {
      endpoint: `${LEDGER}/v1/consents`,
      queue: memoryQueue(),
      retryBaseMs: 10,
      retryMaxMs: 40,
      sdkVersion: '0.1.0',
      onError: (error) => errors.push(error),
    });
    await setMode('down');
    const given = store.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await trail(given.id)).to.deep.equal([]);

    await setMode('ack-lost');
    await until(async () => (await trail(given.id)).length === 1, 'commit while acknowledgements are lost');
    store.withdraw();
    await new Promise((resolve) => setTimeout(resolve, 150)); // several resends of both records, all unacknowledged
    await setMode('up');
    await outbox.flush();
    await until(async () => (await trail(given.id)).length === 2, 'both records');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const records = await trail(given.id);
    expect(records.map((record) => [record.seq, record.method])).to.deep.equal([
      [1, 'accept-all'],
      [2, 'withdraw'],
    ]);
    expect(store.state?.method).to.equal('withdraw');
    outbox.stop();
  });

  it('records, once, a decision it never queued (made while the outbox failed to load)', async () => {
    const database = `assent-outbox-test-${Date.now()}`;
    const cookies = memoryCookieJar();
    const pageView = () => createConsent({ revision: '7', storage: { cookies, records: memoryRecords() }, sync: false });
    const decided = pageView().update({ analytics: true }); // no outbox running on this page view
    const delivered: OutboxRecord[] = [];
    const transport: OutboxTransport = async (record) => (delivered.push(record), 201);

    const next = startOutbox(pageView(), { endpoint: 'unused', queue: indexedDbOutbox(database), transport });
    await until(() => delivered.length === 1, 'the missed decision delivered');
    expect(delivered[0]).to.include({ consentId: decided.id, method: 'custom', recordId: recordIdOf(decided) });
    expect(delivered[0]!.categories).to.deep.equal(decided.categories);
    next.stop();

    const later = startOutbox(pageView(), { endpoint: 'unused', queue: indexedDbOutbox(database), transport });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(delivered).to.have.length(1);
    later.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });

  it('derives record ids from the decision, so two tabs queuing the same decision make one ledger record', async () => {
    const store = newStore();
    const tabs = [1, 2].map(() => startOutbox(store, { endpoint: `${LEDGER}/v1/consents`, queue: memoryQueue(), retryBaseMs: 10 }));
    const decision = store.rejectAll();
    await Promise.all(tabs.map((tab) => tab.flush()));
    await until(async () => (await trail(decision.id)).length === 1, 'the record');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const records = await trail(decision.id);
    expect(records.map((record) => record.recordId)).to.deep.equal([recordIdOf(decision)]);
    expect(recordIdOf(decision)).to.match(/^[A-Za-z0-9_-]{8,64}$/);
    expect(recordIdOf({ ...decision, categories: { ...decision.categories, analytics: true } })).to.not.equal(recordIdOf(decision));
    for (const tab of tabs) tab.stop();
  });

  it('marks itself idle once everything up to the decision in effect is delivered, and busy while a record waits', async () => {
    const database = `assent-outbox-test-${Date.now()}`;
    const store = newStore();
    let up = true;
    const transport: OutboxTransport = async () => (up ? 201 : 503);
    expect(outboxIsIdle(store.state), 'never used, no decision: nothing to deliver').to.equal(true);
    const outbox = startOutbox(store, { endpoint: 'unused', queue: indexedDbOutbox(database), transport, retryBaseMs: 60_000 });
    store.acceptAll();
    await until(() => outboxIsIdle(store.state), 'idle after delivery');

    up = false;
    const next = store.update({ analytics: false });
    await until(async () => (await indexedDbOutbox(database).read()).length === 1, 'a record waiting');
    expect(outboxIsIdle(next)).to.equal(false);
    expect(outboxIsIdle(undefined), 'a record waits, even with no decision in effect').to.equal(false);
    up = true;
    await outbox.flush();
    expect(outboxIsIdle(store.state)).to.equal(true);
    expect(outboxIsIdle({ ...next, updatedAt: '2000-01-01T00:00:00.000Z' }), 'another decision').to.equal(false);
    expect(outboxIsIdle(undefined), 'all delivered, the decision since expired').to.equal(true);
    outbox.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });
});
