import { expect, fixture as render, html } from '@open-wc/testing';
import type { EvidenceRecord, InclusionAnswer, IntegrityStatus, LookupAnswer, TextSnapshot } from '../api/types.js';
import { defineConsoleElements } from './define.js';
import type { AssentEvidence } from './evidence.component.js';
import { session, shadowText, signedInClient, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';
import type { AssentIntegrity } from './integrity.component.js';
import { verifierKeyFingerprint } from '../verify/index.js';

defineConsoleElements();

// Evidence a real ledger made (records, texts, inclusion proofs, signed checkpoint), kept in step
// with the ledger by server-sync's verifier-agreement test: the views with the real verifier on it.
interface LedgerFixture {
  verifierKey: string;
  otherVerifierKey: string;
  records: EvidenceRecord[];
  texts: Record<string, TextSnapshot>;
  proofs: Record<string, InclusionAnswer>;
}

let ledger: LedgerFixture;
before(async () => {
  ledger = await (await fetch(new URL('../verify/fixture.test-helper.json', import.meta.url))).json();
});

// As the ledger answers a look-up: the records, their texts, each record's proof and the key.
const answerOf = (records: EvidenceRecord[], verifierKey = ledger.verifierKey): LookupAnswer => ({
  consentIds: [...new Set(records.map((record) => record.consentId))],
  records,
  texts: ledger.texts,
  proofs: ledger.proofs,
  verifierKey,
});

async function lookUpSubject(answer: LookupAnswer) {
  stub = stubFetch({ 'POST /v1/lookup/subject': { json: answer } });
  const view = await render<AssentEvidence>(html`<assent-evidence .api=${api} .session=${session()}></assent-evidence>`);
  view.shadowRoot!.querySelector<HTMLInputElement>('input[value=subject]')!.click();
  await view.updateComplete;
  view.shadowRoot!.querySelector<HTMLInputElement>('input[name=id]')!.value = 'user-42';
  view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const statuses = await until(() => {
    const found = [...view.shadowRoot!.querySelectorAll('.record .proof')].map((proof) => proof.textContent!);
    return found.length === answer.records.length && found;
  }, 8000);
  return { view, statuses };
}

let stub: FetchStub | undefined;
let api: Awaited<ReturnType<typeof signedInClient>>;

describe('evidence made by a real ledger', () => {
  beforeEach(async () => {
    api = await signedInClient(session());
  });
  afterEach(() => stub?.restore());

  it('verifies every record against the signed checkpoint and says so', async () => {
    const { view, statuses } = await lookUpSubject(answerOf(ledger.records));
    for (const status of statuses)
      expect(status).to.equal(`Proof verified against checkpoint of ${ledger.records.length} records signed at 2 Nov 2026, 09:00:13 UTC`);
    expect(view.shadowRoot!.querySelector('.message.ok')!.textContent).to.contain("Verified against this ledger's key.");
    // One chain per consent id.
    expect(view.shadowRoot!.querySelectorAll('section h2')).to.have.length(new Set(ledger.records.map((record) => record.consentId)).size);
    expect(shadowText(view)).to.contain(Object.values(ledger.texts)[0]!.texts[0]!);
    // GPP evidence (hash format v5) is shown with its record: the GPP string and the sections that applied.
    const withGpp = ledger.records.filter((record) => record.gpp);
    expect(withGpp.length).to.be.greaterThan(0);
    for (const record of withGpp) expect(shadowText(view)).to.contain(record.gpp!.gppString);
    expect(shadowText(view)).to.contain('GPP applicable sections');
    await expect(view).to.be.accessible();
  });

  it('says Verified without qualification only once the key matches the published fingerprint', async () => {
    const { view } = await lookUpSubject(answerOf(ledger.records));
    const published = view.shadowRoot!.querySelector<HTMLInputElement>('input[name=published]')!;
    published.value = await verifierKeyFingerprint(ledger.verifierKey);
    published.form!.querySelector('button')!.click();
    await until(() => shadowText(view).includes('matches the one you published'));
    expect(view.shadowRoot!.querySelector('.message.ok')!.textContent).to.match(/^\s*Verified\./);
  });

  it('shows a record changed after it was written as FAILED, and only that one', async () => {
    const records = ledger.records.map((record) =>
      record.recordId === 'r-fixture-0003' ? { ...record, categories: { ...record.categories, advertising: true } } : record,
    );
    const { view, statuses } = await lookUpSubject(answerOf(records));
    const tampered = records.findIndex((record) => record.recordId === 'r-fixture-0003');
    statuses.forEach((status, index) => expect(status.startsWith('FAILED: '), status).to.equal(index === tampered));
    expect(view.shadowRoot!.querySelector('.message.error')!.textContent).to.contain('FAILED');
  });

  it('fails every proof when the ledger serves another key than the one that signed', async () => {
    const { statuses } = await lookUpSubject(answerOf(ledger.records, ledger.otherVerifierKey));
    for (const status of statuses) expect(status).to.match(/^FAILED: /);
  });
});

describe('integrity with a real checkpoint', () => {
  afterEach(() => stub?.restore());

  const status = (verifierKey: string): IntegrityStatus => ({
    log: { treeSize: ledger.records.length, checkpoint: Object.values(ledger.proofs)[0]!.checkpoint, verifierKey },
    verify: { running: null, last: null },
    retention: { days: null, oldestRecordAt: null, lastPurge: null, nextPurgeAt: null },
  });

  it('checks the signature in the page', async () => {
    stub = stubFetch({ 'GET /v1/integrity': { json: status(ledger.verifierKey) } });
    const view = await render<AssentIntegrity>(html`<assent-integrity .api=${await signedInClient(session())} .session=${session()}></assent-integrity>`);
    await until(() => shadowText(view).includes('signature verified in this page'));
    expect(shadowText(view)).to.contain(`${ledger.records.length} records, signed at 2 Nov 2026, 09:00:13 UTC`);
    expect(shadowText(view)).to.match(/Verifier key fingerprint [0-9a-f]{16}/);
    expect(shadowText(view)).to.contain('No full verify has run yet');
  });

  it('says FAILED when the checkpoint was not signed by the key the ledger gives', async () => {
    stub = stubFetch({ 'GET /v1/integrity': { json: status(ledger.otherVerifierKey) } });
    const view = await render<AssentIntegrity>(html`<assent-integrity .api=${await signedInClient(session())} .session=${session()}></assent-integrity>`);
    await until(() => shadowText(view).includes('FAILED: the signature does not verify'));
  });
});
