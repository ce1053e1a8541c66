import { expect } from '@open-wc/testing';
import { KEY, LEDGER, memoryQueue, newStore, setMode, until } from './outbox.test-helper.js';
import { startOutbox } from '../outbox.js';
import { withTexts } from '../outbox-texts.js';
import type { ShownContent } from '../texts/shown-content.js';

const ENDPOINT = `${LEDGER}/v1/consents`;
const NOTICE = { url: 'https://shop.example/privacy', version: '2026-11' };
const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
const hashOf = (shown: ShownContent) =>
  sha256(
    JSON.stringify([
      'assent-shown-v1',
      shown.locale,
      shown.texts.map((text) => text.normalize('NFC')),
      Object.keys(shown.choices)
        .sort()
        .map((id) => [id, shown.choices[id] === true]),
    ]),
  );
const trail = async (consentId: string) => {
  const response = await fetch(`${LEDGER}/v1/consents/${consentId}/records`, { headers: { authorization: `Bearer ${KEY}` } });
  return response.status === 404 ? { records: [], texts: {} } : await response.json();
};

// Counts the requests the page makes, by path, while passing them on.
const counting = () => {
  const counts: Record<string, number> = {};
  const original = window.fetch;
  window.fetch = (input, init) => {
    const path = new URL(String(input), location.href).pathname.replace(LEDGER, '');
    counts[path] = (counts[path] ?? 0) + 1;
    return original(input, init);
  };
  return { counts, restore: () => void (window.fetch = original) };
};

describe('outbox with texts (withTexts)', () => {
  afterEach(() => setMode('up'));
  afterEach(() => ['assent-outbox', 'assent-texts'].forEach((key) => localStorage.removeItem(key)));

  it('uploads the texts behind a decision before its record, once per hash, and sends the notice with every record', async () => {
    const shown: ShownContent = { locale: 'en', texts: [`We use cookies ${crypto.randomUUID()}`, 'Accept all'], choices: { analytics: false } };
    const textHash = await hashOf(shown);
    const store = newStore();
    const requests = counting();
    const queue = memoryQueue();
    const outbox = startOutbox(store, {
      endpoint: ENDPOINT,
      queue,
      notice: NOTICE,
      ...withTexts(ENDPOINT, (hash) => (hash === textHash ? shown : undefined)),
    });
    const first = store.acceptAll({ textHash });
    await until(async () => (await trail(first.id)).records.length === 1, 'the first record');
    store.rejectAll({ textHash });
    await until(async () => (await trail(first.id)).records.length === 2, 'the second record');
    requests.restore();
    outbox.stop();

    const { records, texts } = await trail(first.id);
    expect(records.map((record: { notice: unknown }) => record.notice)).to.deep.equal([NOTICE, NOTICE]);
    expect(texts[textHash]).to.include({ textHash, locale: 'en' });
    expect(texts[textHash].texts).to.deep.equal(shown.texts);
    expect(requests.counts['/v1/texts']).to.equal(1);
    expect(requests.counts['/v1/consents']).to.equal(2);
    expect(localStorage.getItem('assent-texts')).to.contain(textHash);
  });

  it('keeps the texts with the queued record through an outage and delivers both later, from another page view', async () => {
    const shown: ShownContent = { locale: 'fr', texts: [`Nous utilisons des cookies ${crypto.randomUUID()}`], choices: { analytics: true } };
    const textHash = await hashOf(shown);
    const store = newStore();
    const queue = memoryQueue();
    await setMode('down');
    const first = startOutbox(store, { endpoint: ENDPOINT, queue, retryBaseMs: 20, retryMaxMs: 40, ...withTexts(ENDPOINT, () => shown) });
    const decision = store.update({ analytics: true }, { textHash });
    await until(() => queue.records.length === 1, 'the queued record');
    expect(queue.records[0]!.shown).to.deep.equal(shown);
    first.stop();
    await setMode('up');

    // A later page view knows nothing of what was shown: the queued record carries it.
    const later = startOutbox(store, { endpoint: ENDPOINT, queue, ...withTexts(ENDPOINT, () => undefined) });
    await until(async () => (await trail(decision.id)).records.length === 1, 'delivery on the later page view');
    later.stop();
    const { records, texts } = await trail(decision.id);
    expect(records[0].textHash).to.equal(textHash);
    expect(Object.keys(texts)).to.deep.equal([textHash]);
  });

  it('sends the record without texts the ledger refuses, and reports them', async () => {
    const shown: ShownContent = { locale: 'en', texts: ['Shown'], choices: {} };
    const store = newStore();
    const errors: unknown[] = [];
    const outbox = startOutbox(store, {
      endpoint: ENDPOINT,
      queue: memoryQueue(),
      ...withTexts(
        ENDPOINT,
        () => shown,
        (error) => errors.push(error),
      ),
    });
    // A hash of other texts than the ones shown: the ledger refuses the snapshot (text_hash_mismatch).
    const decision = store.acceptAll({ textHash: await hashOf({ ...shown, texts: ['Other'] }) });
    await until(async () => (await trail(decision.id)).records.length === 1, 'the record');
    outbox.stop();
    expect(String(errors[0])).to.contain('400');
    expect((await trail(decision.id)).texts).to.deep.equal({});
  });
});
