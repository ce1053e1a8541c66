import { expect, fixture, html } from '@open-wc/testing';
import { defineConsoleElements } from './define.js';
import type { AssentErasure } from './erasure.component.js';
import { session, shadowText, signedInClient, stubFetch, until, type FetchStub, type StubCall } from './fetch-stub.test-helper.js';

defineConsoleElements();

const entry = (id: number) => ({
  id,
  kind: 'erasure',
  at: `2026-11-${String(10 + (id % 10)).padStart(2, '0')}T09:00:00.000Z`,
  actor: 'key 3f9a1c2e (console)',
  details: { target: id % 2 ? 'subject' : 'consent', consentIds: [`c-${id}`], records: id, fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'] },
});

const report = { subjectId: 'ada@example.org', consentIds: ['c-1', 'c-2'], records: 3, fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'] };

async function open(stub: () => FetchStub) {
  const api = await signedInClient(session());
  const current = stub();
  const view = await fixture<AssentErasure>(html`<assent-erasure .api=${api} .session=${session()}></assent-erasure>`);
  await until(() => view.shadowRoot!.querySelector('table'));
  const root = view.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[name=id]')!.value = 'ada@example.org';
  root.querySelector<HTMLButtonElement>('form button.danger')!.click();
  const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'));
  return { view, dialog, stub: current };
}

const posts = (calls: StubCall[]) => calls.filter((call) => call.method === 'POST');

describe('erasure', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('asks for confirmation in a modal dialog that says what will happen; Cancel sends nothing', async () => {
    const { view, dialog } = await open(
      () => (stub = stubFetch({ 'GET /v1/erasures': { json: { entries: [entry(2), entry(1)] } }, 'POST /v1/erasures': { json: report } })),
    );
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.textContent).to.contain('ada@example.org');
    expect(dialog.textContent).to.contain('cannot be undone');
    // Focus moved into the dialog, to Cancel.
    expect(view.shadowRoot!.activeElement?.textContent).to.equal('Cancel');
    await expect(view).to.be.accessible();
    (view.shadowRoot!.activeElement as HTMLButtonElement).click();
    await until(() => !dialog.open);
    expect(posts(stub!.calls)).to.have.length(0);
  });

  it('Escape cancels too', async () => {
    const { dialog } = await open(() => (stub = stubFetch({ 'GET /v1/erasures': { json: { entries: [entry(1)] } }, 'POST /v1/erasures': { json: report } })));
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    dialog.close();
    await until(() => !dialog.open);
    expect(posts(stub!.calls)).to.have.length(0);
  });

  it('erases on confirmation (id in the body, CSRF header), shows the report and reloads the log', async () => {
    const { view, dialog } = await open(
      () => (stub = stubFetch({ 'GET /v1/erasures': { json: { entries: [entry(1)] } }, 'POST /v1/erasures': { json: report } })),
    );
    dialog.querySelector<HTMLButtonElement>('button.danger')!.click();
    await until(() => shadowText(view).includes('Erased.'));
    const [post] = posts(stub!.calls);
    expect(post!.path).to.equal('/v1/erasures');
    expect(post!.body).to.deep.equal({ subjectId: 'ada@example.org' });
    expect(post!.headers['x-assent-csrf']).to.equal('csrf-token-1');
    expect(shadowText(view)).to.contain('3 records of the subject id cleared');
    expect(stub!.calls.filter((call) => call.path === '/v1/erasures' && call.method === 'GET')).to.have.length(2);
    await expect(view).to.be.accessible();
  });

  it('shows the log with when, who, target, consent ids, records and fields, and pages to older entries', async () => {
    const first = Array.from({ length: 50 }, (_, index) => entry(100 - index));
    stub = stubFetch({
      'GET /v1/erasures': (call) => ({ json: { entries: new URL(call.url).searchParams.get('before') === '51' ? [entry(50)] : first } }),
    });
    const api = await signedInClient(session());
    const view = await fixture<AssentErasure>(html`<assent-erasure .api=${api} .session=${session()}></assent-erasure>`);
    await until(() => view.shadowRoot!.querySelector('table'));
    const headers = [...view.shadowRoot!.querySelectorAll('thead th')].map((cell) => cell.textContent);
    expect(headers).to.deep.equal(['When', 'Who', 'Erased by', 'Consent ids', 'Records', 'Fields cleared']);
    expect(new URL(stub.calls[0]!.url).searchParams.get('limit')).to.equal('50');
    const older = [...view.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.includes('older'))!;
    older.click();
    await until(() => view.shadowRoot!.querySelectorAll('tbody tr').length === 51);
    expect(new URL(stub.calls[1]!.url).searchParams.get('before')).to.equal('51');
  });

  it('offers no erasure without the erase scope, and says why', async () => {
    stub = stubFetch({ 'GET /v1/erasures': { json: { entries: [] } } });
    const api = await signedInClient(session(['read', 'console']));
    const view = await fixture<AssentErasure>(html`<assent-erasure .api=${api} .session=${session(['read', 'console'])}></assent-erasure>`);
    await until(() => shadowText(view).includes('No erasures have been made'));
    expect(view.shadowRoot!.querySelector<HTMLButtonElement>('form button.danger')!.disabled).to.equal(true);
    expect(shadowText(view)).to.contain('lacks the "erase" scope');
  });
});
