import { expect, fixture, html } from '@open-wc/testing';
import type { AuditEntryKind, IntegrityStatus } from '../api/types.js';
import { defineConsoleElements } from './define.js';
import { session, shadowText, signedInClient, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';
import type { AssentIntegrity } from './integrity.component.js';

defineConsoleElements();

const lastVerify: AuditEntryKind<'verify'> = {
  id: 9,
  kind: 'verify',
  at: '2026-11-29T03:00:00.000Z',
  actor: 'cli',
  details: {
    ok: false,
    startedAt: '2026-11-29T02:59:00.000Z',
    records: 1200,
    consents: 300,
    problems: 1,
    firstProblems: [{ kind: 'chain', consentId: 'c-77', message: 'record 3 does not follow record 2' }],
  },
};

const status = (running: IntegrityStatus['verify']['running'], last: IntegrityStatus['verify']['last'] = lastVerify): IntegrityStatus => ({
  log: { treeSize: 1234, checkpoint: null, verifierKey: null },
  verify: { running, last },
  retention: {
    days: 1826,
    oldestRecordAt: '2022-01-01T00:00:00.000Z',
    lastPurge: {
      id: 4,
      kind: 'purge',
      at: '2026-11-30T02:00:00.000Z',
      actor: 'schedule',
      details: { records: 10, consents: 4, cutoff: '2021-11-30T00:00:00.000Z' },
    },
    nextPurgeAt: '2026-12-01T02:00:00.000Z',
  },
});

describe('integrity', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows the log, the last verify with its problems, and retention', async () => {
    stub = stubFetch({ 'GET /v1/integrity': { json: status(null) } });
    const api = await signedInClient(session());
    const view = await fixture<AssentIntegrity>(html`<assent-integrity .api=${api} .session=${session()}></assent-integrity>`);
    await until(() => shadowText(view).includes('Retention'));
    const text = shadowText(view);
    expect(text).to.contain('1,234');
    expect(text).to.contain('FAILED: 1 problem');
    expect(text).to.contain('record 3 does not follow record 2');
    expect(text).to.contain('1,200 records in 300 consent ids');
    expect(text).to.contain('1,826 days');
    expect(text).to.contain('1 Dec 2026, 02:00:00 UTC');
    expect(text).to.contain('10 records of 4 consent ids');
    await expect(view).to.be.accessible();
  });

  it('runs a full verify and follows its progress until it ends', async () => {
    const answers = [
      status({ startedAt: '2026-11-30T17:00:00.000Z', records: 400, consents: 100 }),
      status({ startedAt: '2026-11-30T17:00:00.000Z', records: 900, consents: 220 }),
      status(null, {
        ...lastVerify,
        id: 10,
        at: '2026-11-30T17:00:05.000Z',
        actor: 'key 3f9a1c2e (console)',
        details: { ...lastVerify.details, ok: true, problems: 0, firstProblems: [] },
      }),
    ];
    stub = stubFetch({ 'GET /v1/integrity': { json: status(null) } });
    const api = await signedInClient(session());
    const view = await fixture<AssentIntegrity>(html`<assent-integrity .api=${api} .session=${session()} poll-interval="30"></assent-integrity>`);
    const button = await until(() => view.shadowRoot!.querySelector<HTMLButtonElement>('.actions button'));
    // Each poll after the start answers the next state.
    stub.restore();
    stub = stubFetch({
      'GET /v1/integrity': () => ({ json: answers.shift() ?? answers.at(-1) }),
      'POST /v1/integrity/verify': { status: 202, json: answers.shift() },
    });
    button.click();
    await until(() => shadowText(view).includes('400 of 1,234 records'));
    const progress = view.shadowRoot!.querySelector('progress')!;
    expect(progress.value).to.equal(400);
    expect(view.shadowRoot!.querySelector('[aria-live=polite]')).to.not.equal(null);
    expect(button.disabled).to.equal(true);
    await until(() => shadowText(view).includes('900 of 1,234 records'));
    await until(() => shadowText(view).includes('OK: no problems'));
    expect(view.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(shadowText(view)).to.contain('key 3f9a1c2e (console)');
    const post = stub.calls.find((call) => call.method === 'POST')!;
    expect(post.headers['x-assent-csrf']).to.equal('csrf-token-1');
    const polls = stub.calls.filter((call) => call.method === 'GET').length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(stub.calls.filter((call) => call.method === 'GET').length).to.equal(polls);
  });
});
