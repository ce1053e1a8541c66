import { expect, fixture, html } from '@open-wc/testing';
import type { AssentConsole } from './console-app.component.js';
import { defineConsoleElements } from './define.js';
import { errorAnswer, session, shadowText, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';

defineConsoleElements();

const statistics = {
  from: '2026-11-01',
  to: '2026-11-01',
  total: { decisions: 1, acceptAll: 1, rejectAll: 0, custom: 0, withdraw: 0, gpc: 0, api: 0, gpcSignal: 0 },
  days: [{ day: '2026-11-01', decisions: 1, acceptAll: 1, rejectAll: 0, custom: 0, withdraw: 0, gpc: 0, api: 0, gpcSignal: 0 }],
  categories: [],
  byValue: [],
};

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('console shell', () => {
  let stub: FetchStub | undefined;
  afterEach(() => {
    stub?.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('navigates by hash with aria-current and moves focus to the view heading', async () => {
    stub = stubFetch({
      'GET /console/session': { json: session() },
      'GET /v1/statistics': { json: statistics },
      'GET /v1/erasures': { json: { entries: [] } },
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const nav = await until(() => app.shadowRoot!.querySelector('nav'));
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal(['Overview', 'Evidence', 'Integrity', 'Erasure']);
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');
    expect(app.shadowRoot!.querySelector('main')).to.not.equal(null);
    location.hash = '#erasure';
    await until(() => app.shadowRoot!.querySelector('assent-erasure'));
    await until(() => deepActive()?.tagName === 'H1');
    expect(deepActive()!.textContent).to.equal('Erasure');
    expect(document.title).to.equal('Erasure — Assent console');
    expect(links[3]!.getAttribute('aria-current')).to.equal('page');
    expect(links[0]!.hasAttribute('aria-current')).to.equal(false);
    await expect(app).to.be.accessible();
  });

  it('returns to sign-in saying the session ended when a call answers 401', async () => {
    stub = stubFetch({ 'GET /console/session': { json: session() }, 'GET /v1/statistics': errorAnswer(401, 'unauthorized', 'A valid API key is required') });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const signIn = await until(() => app.shadowRoot!.querySelector('assent-sign-in'));
    await until(() => shadowText(signIn).includes('Your session ended'));
    expect(app.shadowRoot!.querySelector('header')).to.equal(null);
    await until(() => deepActive()?.tagName === 'H1');
  });

  it('says the browser refused the cookie when the first call after signing in answers 401', async () => {
    stub = stubFetch({
      'GET /console/session': errorAnswer(401, 'unauthorized', 'No session'),
      'POST /console/session': { status: 201, json: session() },
      'GET /v1/statistics': errorAnswer(401, 'unauthorized', 'A valid API key is required'),
    });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    const signIn = await until(() => app.shadowRoot!.querySelector('assent-sign-in'));
    await until(() => signIn.shadowRoot!.querySelector('#key'));
    signIn.shadowRoot!.querySelector<HTMLInputElement>('#key')!.value = 'k_test_key';
    signIn.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => shadowText(app.shadowRoot!.querySelector('assent-sign-in')!).includes('did not keep the session cookie'));
  });

  it('returns to sign-in when the session reaches its end time', async () => {
    const ending = { ...session(), expiresAt: new Date(Date.now() + 800).toISOString() };
    stub = stubFetch({ 'GET /console/session': { json: ending }, 'GET /v1/statistics': { json: statistics } });
    const app = await fixture<AssentConsole>(html`<assent-console></assent-console>`);
    await until(() => app.shadowRoot!.querySelector('header'));
    const signIn = await until(() => app.shadowRoot!.querySelector('assent-sign-in'));
    await until(() => shadowText(signIn).includes('Your session ended at'));
  });

  it('fits a 390 px wide screen without scrolling sideways', async () => {
    stub = stubFetch({ 'GET /console/session': { json: session() }, 'GET /v1/statistics': { json: statistics } });
    const frame = await fixture<HTMLDivElement>(html`<div></div>`);
    frame.style.width = '390px';
    const app = document.createElement('assent-console');
    frame.append(app);
    await until(() => app.shadowRoot!.querySelector('assent-overview')?.shadowRoot?.querySelector('table'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(app.scrollWidth).to.be.at.most(390);
    for (const element of app.shadowRoot!.querySelectorAll('header, main')) expect(element.scrollWidth).to.be.at.most(390);
    const overview = app.shadowRoot!.querySelector('assent-overview')!;
    expect(overview.scrollWidth).to.be.at.most(overview.clientWidth);
    // Wide tables scroll inside their own region.
    for (const region of overview.shadowRoot!.querySelectorAll('.table-region')) expect(region.getBoundingClientRect().width).to.be.at.most(390);
  });
});
