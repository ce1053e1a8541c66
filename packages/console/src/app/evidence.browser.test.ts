import { expect, fixture, html } from '@open-wc/testing';
import { sampleLookup } from '../export/evidence.test-helper.js';
import type { EvidenceCheck, VerifyEvidenceInput } from '../verify/index.js';
import { defineConsoleElements } from './define.js';
import type { AssentEvidence } from './evidence.component.js';
import { errorAnswer, session, shadowText, signedInClient, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';

defineConsoleElements();

const proof = (recordId: string) => ({ recordId, recordHash: 'b'.repeat(64), leafIndex: 0, treeSize: 9, proof: [], checkpoint: 'ledger.example\n9\nAAAA\n' });

// The verifier itself is tested in src/verify against the real ledger; here it is a stand-in whose
// verdict the view must show as it is.
const verdict: EvidenceCheck = {
  ok: false,
  records: [
    {
      recordId: 'r-1',
      consentId: 'c-1',
      seq: 1,
      hash: 'ok',
      chain: 'ok',
      inclusion: 'verified',
      checkpoint: { origin: 'ledger.example', size: 9, time: '2026-11-21T12:00:00.000Z' },
      problems: [],
    },
    {
      recordId: 'r-2',
      consentId: 'c-1',
      seq: 2,
      hash: 'mismatch',
      chain: 'ok',
      inclusion: 'failed',
      problems: ['the record hash does not match its contents'],
    },
  ],
  texts: { ['a'.repeat(64)]: 'ok' },
  problems: ['record 2 of c-1: the record hash does not match its contents'],
};

async function lookUp(kind: 'consent' | 'subject', id: string, scopes = session().scopes, realVerifier = false) {
  const api = await signedInClient(session());
  const view = await fixture<AssentEvidence>(html`<assent-evidence .api=${api} .session=${session(scopes)}></assent-evidence>`);
  const inputs: VerifyEvidenceInput[] = [];
  if (!realVerifier) {
    view.verify = async (input) => (inputs.push(input), verdict);
    view.fingerprint = async () => 'ab12cd34ef56';
  }
  const root = view.shadowRoot!;
  root.querySelector<HTMLInputElement>(`input[value=${kind}]`)!.click();
  await view.updateComplete;
  root.querySelector<HTMLInputElement>('input[name=id]')!.value = id;
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return { view, inputs };
}

describe('evidence look-up', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows the chain oldest first, the texts shown and each proof status from the verifier', async () => {
    stub = stubFetch({
      'POST /v1/lookup/subject': { json: sampleLookup() },
      'GET /v1/log/inclusion/r-1': { json: proof('r-1') },
      'GET /v1/log/inclusion/r-2': errorAnswer(404, 'not_found', 'No logged record with this id'),
      'GET /v1/log/key': { text: 'ledger.example+1234abcd+AAAA\n' },
    });
    const { view, inputs } = await lookUp('subject', 'ada@example.org');
    await until(() => view.shadowRoot!.querySelector('.record'));
    const lookup = stub.calls.find((call) => call.path === '/v1/lookup/subject')!;
    expect(lookup.method).to.equal('POST');
    expect(lookup.body).to.deep.equal({ subjectId: 'ada@example.org' });
    expect(lookup.headers['x-assent-csrf']).to.equal('csrf-token-1');
    expect(stub.calls.every((call) => !call.url.includes('ada'))).to.equal(true);
    expect(stub.calls.filter((call) => call.path === '/v1/log/key')).to.have.length(1);
    expect(inputs[0]!.verifierKey).to.equal('ledger.example+1234abcd+AAAA');
    expect(inputs[0]!.proofs).to.deep.equal({ 'r-1': proof('r-1'), 'r-2': null });

    const records = [...view.shadowRoot!.querySelectorAll('.record')];
    expect(records.map((record) => record.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1. Given — 2 Nov 2026, 10:00:00 UTC',
      '2. Withdrawn — 20 Nov 2026, 08:00:00 UTC',
    ]);
    expect(records[0]!.querySelector('.proof')!.textContent).to.equal('Proof verified against checkpoint of 9 records signed at 21 Nov 2026, 12:00:00 UTC');
    expect(records[0]!.querySelector('.proof')!.className).to.contain('status-ok');
    expect(records[1]!.querySelector('.proof')!.textContent).to.equal('FAILED: the record hash does not match its contents');
    expect(records[1]!.querySelector('.proof')!.className).to.contain('status-failed');
    const shown = [...records[0]!.querySelectorAll('.shown li')].map((item) => item.textContent);
    expect(shown).to.deep.equal(['We use cookies', 'Accept all', 'Reject all']);
    expect(records[1]!.textContent).to.contain('Withdrew');
    expect(records[1]!.textContent).to.contain('advertising');

    const text = shadowText(view);
    expect(text).to.contain('FAILED:');
    expect(text).to.contain('ab12cd34ef56');
    await expect(view).to.be.accessible();
  });

  it('shows a published fingerprint that differs as a failure', async () => {
    stub = stubFetch({
      'POST /v1/lookup/consent': { json: sampleLookup() },
      'GET /v1/log/inclusion/r-1': { json: proof('r-1') },
      'GET /v1/log/inclusion/r-2': { json: proof('r-2') },
      'GET /v1/log/key': { text: 'ledger.example+1234abcd+AAAA\n' },
    });
    const { view } = await lookUp('consent', 'c-1');
    const root = view.shadowRoot!;
    const published = await until(() => root.querySelector<HTMLInputElement>('input[name=published]'));
    expect(stub.calls.find((call) => call.path === '/v1/lookup/consent')!.body).to.deep.equal({ consentId: 'c-1' });
    published.value = 'ff00ff00';
    published.form!.querySelector('button')!.click();
    await until(() => shadowText(view).includes('differs from the published one'));
    published.value = 'AB12 CD34 EF56';
    published.form!.querySelector('button')!.click();
    await until(() => shadowText(view).includes('matches the published one'));
  });

  it('says when nothing is held, and offers no subject look-up without the export scope', async () => {
    stub = stubFetch({ 'POST /v1/lookup/consent': errorAnswer(404, 'not_found', 'Nothing held') });
    const { view } = await lookUp('consent', 'c-unknown', ['read', 'console']);
    await until(() => shadowText(view).includes('Nothing is held under this consent id'));
    view.shadowRoot!.querySelector<HTMLInputElement>('input[value=subject]')!.click();
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(true);
    expect(shadowText(view)).to.contain('lacks the "export" scope');
  });

  it('exports JSON and CSV as downloads named without personal data', async () => {
    stub = stubFetch({
      'POST /v1/lookup/subject': { json: sampleLookup() },
      'GET /v1/log/inclusion/r-1': { json: proof('r-1') },
      'GET /v1/log/inclusion/r-2': { json: proof('r-2') },
      'GET /v1/log/key': { text: 'ledger.example+1234abcd+AAAA\n' },
    });
    const { view } = await lookUp('subject', 'ada@example.org');
    const buttons = await until(() => {
      const found = view.shadowRoot!.querySelectorAll<HTMLButtonElement>('.exports button');
      return found.length === 2 && found;
    });
    const downloads: Array<{ name: string; text: Promise<string> }> = [];
    const createObjectURL = URL.createObjectURL;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link instanceof HTMLAnchorElement && link.download) {
        event.preventDefault();
        downloads.push({ name: link.download, text: blobs.get(link.href)!.text() });
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      buttons[0]!.click();
      buttons[1]!.click();
    } finally {
      document.removeEventListener('click', onClick, true);
      URL.createObjectURL = createObjectURL;
    }
    expect(downloads.map((download) => download.name)).to.have.length(2);
    expect(downloads[0]!.name).to.match(/^assent-evidence-\d{4}-\d{2}-\d{2}T\d{4}Z\.json$/);
    expect(downloads[1]!.name).to.match(/^assent-evidence-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
    const json = JSON.parse(await downloads[0]!.text);
    expect(json.lookup.records).to.have.length(2);
    expect(json.verification).to.deep.equal(verdict);
    expect(json.proofs['r-1']).to.deep.equal(proof('r-1'));
    const csv = await downloads[1]!.text;
    expect(csv.split('\r\n')[0]).to.match(/^consent_id,seq,record_id/);
    expect(csv).to.contain('r-2');
  });

  it('shows records the real verifier refuses as FAILED (here: hashes that do not match the contents)', async () => {
    stub = stubFetch({
      'POST /v1/lookup/consent': { json: sampleLookup() },
      'GET /v1/log/inclusion/r-1': { json: proof('r-1') },
      'GET /v1/log/inclusion/r-2': { json: proof('r-2') },
      'GET /v1/log/key': { text: 'ledger.example+1234abcd+AAAA\n' },
    });
    const { view } = await lookUp('consent', 'c-1', undefined, true);
    const statuses = await until(() => {
      const found = [...view.shadowRoot!.querySelectorAll('.record .proof')].map((proof) => proof.textContent!);
      return found.length === 2 && found;
    });
    for (const status of statuses) expect(status).to.match(/^FAILED: /);
    expect(view.shadowRoot!.querySelector('.message.error')!.textContent).to.contain('FAILED');
    expect(shadowText(view)).to.match(/Verifier key fingerprint [0-9a-f]{16}/);
  });

  it('uses the proofs and the verifier key the look-up answer carries, without a request per record', async () => {
    stub = stubFetch({
      'POST /v1/lookup/consent': { json: { ...sampleLookup(), proofs: { 'r-1': proof('r-1'), 'r-2': null }, verifierKey: 'ledger.example+1234abcd+AAAA' } },
    });
    const { view, inputs } = await lookUp('consent', 'c-1');
    await until(() => view.shadowRoot!.querySelectorAll('.record').length === 2);
    expect(stub.calls.map((call) => call.path)).to.deep.equal(['/v1/lookup/consent']);
    expect(inputs[0]!.proofs).to.deep.equal({ 'r-1': proof('r-1'), 'r-2': null });
    expect(inputs[0]!.verifierKey).to.equal('ledger.example+1234abcd+AAAA');
  });

  it('asks for nothing more when the ledger signs no checkpoints, and says the records are not checked', async () => {
    stub = stubFetch({ 'POST /v1/lookup/consent': { json: { ...sampleLookup(), proofs: {}, verifierKey: null } } });
    const { view, inputs } = await lookUp('consent', 'c-1');
    await until(() => view.shadowRoot!.querySelectorAll('.record').length === 2);
    expect(stub.calls).to.have.length(1);
    expect(inputs).to.have.length(0);
    expect(shadowText(view)).to.contain('Not verified: this ledger signs no checkpoints');
    expect(view.shadowRoot!.querySelector('.record .proof')!.textContent).to.contain('Not checked');
  });
});
