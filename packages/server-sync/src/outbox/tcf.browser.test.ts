// The outbox's evidence hook with TCF evidence in Chromium, delivering to the real ledger web-test-runner serves.
import { expect } from '@open-wc/testing';
import { createStore, delMany } from 'idb-keyval';
import { indexedDbOutbox, startOutbox, type TcfEvidence } from '../outbox.js';
import { KEY, LEDGER, newStore, setMode, until } from './outbox.test-helper.js';

// Encoded by @iabtechlabtcf/core 1.5.21 against the synthetic vendor list of src/tcf (vendors 8 and
// 755 with consent, purposes 1–3): the ledger decodes it with the same library or refuses the record.
const TC_STRING = 'CQuf10AQuf10AACABBENBlFgAOAAAAAAAAYgF5wAgAEALzAAAAAA.IAAA.YAAAAAAAAAAA';
const LATER_TC_STRING = 'CQuf10AQuf10AACABBENBlFgAOAAAAAAAAYgF5wAgAEALzAAAAAA';

const trail = async (consentId: string) => {
  const response = await fetch(`${LEDGER}/v1/consents/${consentId}/records`, { headers: { authorization: `Bearer ${KEY}` } });
  return response.status === 404 ? [] : ((await response.json()).records as Array<{ recordId: string; tcf: TcfEvidence | null }>);
};

describe('outbox evidence hook: TCF', () => {
  afterEach(() => setMode('up'));

  it('sends the TCF evidence read when each decision is queued; without it the record has none', async () => {
    const database = `assent-outbox-tcf-${Date.now()}`;
    let evidence: TcfEvidence | undefined = { tcString: TC_STRING, addtlConsent: '2~1.35.41~dv.9.21' };
    const store = newStore();
    const outbox = startOutbox(store, { endpoint: `${LEDGER}/v1/consents`, queue: indexedDbOutbox(database), evidence: () => ({ tcf: evidence }) });
    const decision = store.acceptAll();
    await until(async () => (await trail(decision.id)).length === 1, 'the first record stored');
    evidence = undefined;
    store.rejectAll();
    await until(async () => (await trail(decision.id)).length === 2, 'the second record stored');
    expect((await trail(decision.id)).map((record) => record.tcf)).to.deep.equal([{ tcString: TC_STRING, addtlConsent: '2~1.35.41~dv.9.21' }, null]);
    outbox.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });

  it('keeps the TC string of the moment of the decision in the queue across page views', async () => {
    const database = `assent-outbox-tcf-queue-${Date.now()}`;
    await setMode('down');
    let tcString = TC_STRING;
    const store = newStore();
    const first = startOutbox(store, {
      endpoint: `${LEDGER}/v1/consents`,
      queue: indexedDbOutbox(database),
      retryBaseMs: 60_000,
      onError: () => {},
      evidence: () => ({ tcf: { tcString } }),
    });
    const decision = store.update({ analytics: true });
    await until(async () => (await indexedDbOutbox(database).read()).length === 1, 'the record queued');
    first.stop();
    expect((await indexedDbOutbox(database).read())[0]!.tcf).to.deep.equal({ tcString: TC_STRING });

    // The next page view: the site's TC string has changed since, the ledger is back.
    tcString = LATER_TC_STRING;
    await setMode('up');
    const second = startOutbox(newStore(), { endpoint: `${LEDGER}/v1/consents`, queue: indexedDbOutbox(database), evidence: () => ({ tcf: { tcString } }) });
    await until(async () => (await indexedDbOutbox(database).read()).length === 0, 'delivery on the next page view');
    expect((await trail(decision.id)).map((record) => record.tcf)).to.deep.equal([{ tcString: TC_STRING }]);
    second.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });
});
