// The outbox's `gpp` option in Chromium, delivering to the real ledger web-test-runner serves.
import { expect } from '@open-wc/testing';
import { createStore, delMany } from 'idb-keyval';
import { type GppEvidence, indexedDbOutbox, startOutbox, type TcfEvidence } from '../outbox.js';
import { KEY, LEDGER, newStore, setMode, until } from './outbox.test-helper.js';

// Encoded by @iabgpp/cmpapi 3.2.0's GppModel: California (usca, id 8) with sale and sharing opted
// out and GPC on, then the same section not opted out. The ledger decodes them with the same library.
const OPTED_OUT = { gppString: 'DBABBg~BUUAAABA.YA', applicableSections: [8] };
const NOT_OPTED_OUT = { gppString: 'DBABBg~BUoAAABA', applicableSections: [8] };
// @iabtechlabtcf/core 1.5.21 against the synthetic vendor list of src/tcf (as in tcf.browser.test.ts).
const TC_STRING = 'CQuf10AQuf10AACABBENBlFgAOAAAAAAAAYgF5wAgAEALzAAAAAA.IAAA.YAAAAAAAAAAA';

const trail = async (consentId: string) => {
  const response = await fetch(`${LEDGER}/v1/consents/${consentId}/records`, { headers: { authorization: `Bearer ${KEY}` } });
  return response.status === 404 ? [] : ((await response.json()).records as Array<{ gpp: GppEvidence | null; tcf: TcfEvidence | null }>);
};

describe('outbox gpp option', () => {
  afterEach(() => setMode('up'));

  it('sends the GPP evidence read when each decision is queued, beside TCF evidence; without it the record has none', async () => {
    const database = `assent-outbox-gpp-${Date.now()}`;
    let evidence: GppEvidence | undefined = OPTED_OUT;
    const store = newStore();
    const outbox = startOutbox(store, {
      endpoint: `${LEDGER}/v1/consents`,
      queue: indexedDbOutbox(database),
      evidence: () => ({ gpp: evidence, tcf: { tcString: TC_STRING } }),
    });
    const decision = store.rejectAll();
    await until(async () => (await trail(decision.id)).length === 1, 'the first record stored');
    evidence = undefined;
    store.acceptAll();
    await until(async () => (await trail(decision.id)).length === 2, 'the second record stored');
    const records = await trail(decision.id);
    expect(records.map((record) => record.gpp)).to.deep.equal([OPTED_OUT, null]);
    expect(records.map((record) => record.tcf)).to.deep.equal([{ tcString: TC_STRING }, { tcString: TC_STRING }]);
    // The check a backend asks ("may I sell?") carries the latest record's GPP evidence.
    expect((await (await fetch(`${LEDGER}/v1/consents/${decision.id}`)).json()).gpp).to.equal(null);
    outbox.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });

  it('keeps the GPP string of the moment of the decision in the queue across page views', async () => {
    const database = `assent-outbox-gpp-queue-${Date.now()}`;
    await setMode('down');
    let evidence = OPTED_OUT;
    const store = newStore();
    const first = startOutbox(store, {
      endpoint: `${LEDGER}/v1/consents`,
      queue: indexedDbOutbox(database),
      retryBaseMs: 60_000,
      onError: () => {},
      evidence: () => ({ gpp: evidence }),
    });
    const decision = store.update({ analytics: true });
    await until(async () => (await indexedDbOutbox(database).read()).length === 1, 'the record queued');
    first.stop();
    expect((await indexedDbOutbox(database).read())[0]!.gpp).to.deep.equal(OPTED_OUT);

    // The next page view: the page's GPP string has changed since, the ledger is back.
    evidence = NOT_OPTED_OUT;
    await setMode('up');
    const second = startOutbox(newStore(), { endpoint: `${LEDGER}/v1/consents`, queue: indexedDbOutbox(database), evidence: () => ({ gpp: evidence }) });
    await until(async () => (await indexedDbOutbox(database).read()).length === 0, 'delivery on the next page view');
    expect((await trail(decision.id)).map((record) => record.gpp)).to.deep.equal([OPTED_OUT]);
    expect((await (await fetch(`${LEDGER}/v1/consents/${decision.id}`)).json()).gpp).to.deep.equal(OPTED_OUT);
    second.stop();
    await delMany(['queue', 'last'], createStore(database, 'records'));
  });
});
