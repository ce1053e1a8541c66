import { expect, fixture, html } from '@open-wc/testing';
import { defineConsoleElements } from './define.js';
import { errorAnswer, session, shadowText, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';
import type { AssentConsole } from './console-app.component.js';

defineConsoleElements();

const signIn = (app: AssentConsole) =>
  until(() => app.shadowRoot!.querySelector('assent-sign-in')?.shadowRoot?.querySelector('form') && app.shadowRoot!.querySelector('assent-sign-in')!);

async function submitKey(app: AssentConsole, key: string) {
  const form = await signIn(app);
  const input = form.shadowRoot!.querySelector<HTMLInputElement>('#key')!;
  input.value = key;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return form;
}

describe('sign-in', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('asks for a key in a password field that is never autocompleted', async () => {
    stub = stubFetch({ 'GET /console/session': errorAnswer(401, 'unauthorized', 'No session') });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const form = await signIn(app);
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('#key')!;
    expect(input.type).to.equal('password');
    expect(input.autocomplete).to.equal('off');
    await expect(form).to.be.accessible();
  });

  it('says a wrong key is not valid', async () => {
    stub = stubFetch({
      'GET /console/session': errorAnswer(401, 'unauthorized', 'No session'),
      'POST /console/session': errorAnswer(401, 'invalid_key', 'Unknown API key'),
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const form = await submitKey(app, 'k_wrong');
    await until(() => shadowText(form).includes('This key is not valid'));
    expect(form.shadowRoot!.querySelector('#key')!.getAttribute('aria-invalid')).to.equal('');
    await expect(form).to.be.accessible();
  });

  it('names the scope a key lacks', async () => {
    stub = stubFetch({
      'GET /console/session': errorAnswer(401, 'unauthorized', 'No session'),
      'POST /console/session': errorAnswer(403, 'insufficient_scope', 'This API key lacks the "console" scope'),
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const form = await submitKey(app, 'k_reader');
    const text = await until(() => shadowText(form).includes('does not have') && shadowText(form));
    expect(text).to.contain('does not have the "console" scope');
  });

  it('signs in: the key goes in a POST body only, and the header shows the scopes, the end time and sign-out', async () => {
    const given = session(['read', 'console']);
    stub = stubFetch({
      'GET /console/session': errorAnswer(401, 'unauthorized', 'No session'),
      'POST /console/session': { status: 201, json: given },
      'GET /v1/statistics': {
        json: { from: '2026-11-01', to: '2026-11-01', total: tally(), days: [{ day: '2026-11-01', ...tally() }], categories: [], byValue: [] },
      },
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    await submitKey(app, 'k_officer_91c2');
    const header = await until(() => app.shadowRoot!.querySelector('header'));
    const post = stub.calls.find((call) => call.method === 'POST')!;
    expect(post.body).to.deep.equal({ key: 'k_officer_91c2' });
    expect(post.url).not.to.contain('k_officer');
    expect(stub.calls.every((call) => !call.url.includes('k_officer_91c2'))).to.equal(true);
    expect(location.href).not.to.contain('k_officer');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('k_officer');
    expect(header.textContent).to.contain('read');
    expect(header.textContent).to.contain('console');
    expect(header.textContent).to.contain('Session ends at');
    expect(header.querySelector('button')!.textContent).to.contain('Sign out');
    // A key without read/export: evidence look-up says why it is not offered.
    await expect(app).to.be.accessible();
  });

  it('signs out with the CSRF header and returns to sign-in', async () => {
    stub = stubFetch({
      'GET /console/session': { json: session() },
      'DELETE /console/session': { status: 204 },
      'GET /v1/statistics': errorAnswer(500, 'internal', 'Internal error'),
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const button = await until(() => app.shadowRoot!.querySelector<HTMLButtonElement>('header button'));
    button.click();
    const form = await signIn(app);
    const deleted = stub.calls.find((call) => call.method === 'DELETE')!;
    expect(deleted.headers['x-assent-csrf']).to.equal('csrf-token-1');
    await until(() => shadowText(form).includes('You signed out'));
  });
});

function tally() {
  return { decisions: 0, acceptAll: 0, rejectAll: 0, custom: 0, withdraw: 0, gpc: 0, api: 0, gpcSignal: 0 };
}
