import { expect, fixture } from '@open-wc/testing';
import { makeStore } from '../store/store.test-helper.js';
import { gateScripts } from './index.js';
import { nextMessage, settle, until } from './page.test-helper.js';

declare global {
  interface Window {
    ran: string[];
  }
}

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const record = (name: string) => `${fixtureUrl('record.js')}?name=${name}`;

describe('script gating', () => {
  const stops: Array<() => void> = [];
  const gate = (store: Parameters<typeof gateScripts>[0]) => {
    const stop = gateScripts(store);
    stops.push(stop);
    return stop;
  };
  beforeEach(() => (window.ran = []));
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('has not run a gated inline script before consent and runs it exactly once after', async () => {
    const { store } = makeStore();
    await fixture(`<div><script type="text/plain" data-consent="analytics">window.ran.push('inline')</script></div>`);
    gate(store);
    await settle();
    expect(window.ran).to.deep.equal([]);

    store.update({ analytics: true });
    await until(() => window.ran.length);
    store.withdraw();
    store.update({ analytics: true });
    await settle();
    expect(window.ran).to.deep.equal(['inline']);
  });

  it('accepts a service id in data-consent', async () => {
    const { store } = makeStore();
    await fixture(`<div>
      <script type="text/plain" data-consent="matomo">window.ran.push('matomo')</script>
      <script type="text/plain" data-consent="ga4">window.ran.push('ga4')</script>
    </div>`);
    gate(store);
    store.update({ matomo: true });
    await settle();
    expect(store.granted('analytics')).to.equal(false);
    expect(window.ran).to.deep.equal(['matomo']);
  });

  it('runs external and inline scripts in document order and keeps their attributes', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div>
      <script type="text/plain" data-consent="analytics" src="${record('first')}" defer crossorigin="anonymous" referrerpolicy="no-referrer"></script>
      <script type="text/plain" data-consent="analytics">window.ran.push('second')</script>
      <script type="text/plain" data-consent="analytics" data-type="module" src="${fixtureUrl('record-module.js')}?name=third"></script>
      <script type="text/plain" data-consent="analytics">window.ran.push('fourth')</script>
    </div>`);
    store.update({ analytics: true });
    gate(store);
    await until(() => window.ran.length === 4);
    expect(window.ran).to.deep.equal(['first', 'second', 'third', 'fourth']);

    const [first, second, third] = container.querySelectorAll('script');
    expect(container.querySelectorAll('script[type="text/plain"]')).to.have.length(0);
    expect(first!.hasAttribute('type')).to.equal(false);
    expect(first!.defer).to.equal(true);
    expect(first!.crossOrigin).to.equal('anonymous');
    expect(first!.referrerPolicy).to.equal('no-referrer');
    expect(first!.dataset.consent).to.equal('analytics');
    expect(second!.hasAttribute('type')).to.equal(false);
    expect(third!.type).to.equal('module');
  });

  it('keeps async scripts async', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div><script type="text/plain" data-consent="analytics" async src="${record('async')}"></script></div>`);
    store.update({ analytics: true });
    gate(store);
    await until(() => window.ran.includes('async'));
    expect(container.querySelector('script')!.async).to.equal(true);
  });

  it('keeps integrity: the right hash runs, a wrong one is refused', async () => {
    const source = await (await fetch(record('x'))).arrayBuffer();
    const hash = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', source))));
    const { store } = makeStore();
    await fixture(`<div>
      <script type="text/plain" data-consent="analytics" integrity="sha384-${hash}" src="${record('intact')}"></script>
      <script type="text/plain" data-consent="analytics" integrity="sha384-${'A'.repeat(64)}" src="${record('tampered')}"></script>
      <script type="text/plain" data-consent="analytics">window.ran.push('after')</script>
    </div>`);
    store.update({ analytics: true });
    gate(store);
    await until(() => window.ran.includes('after'));
    expect(window.ran).to.deep.equal(['intact', 'after']);
  });

  it('copies the nonce from the .nonce property, which browsers keep when they hide the attribute', async () => {
    const { store } = makeStore();
    const container = await fixture('<div></div>');
    const inert = document.createElement('script');
    inert.type = 'text/plain';
    inert.dataset.consent = 'analytics';
    inert.nonce = 'r4nd0m';
    inert.text = "window.ran.push('nonce')";
    expect(inert.getAttribute('nonce')).to.equal(null);
    container.append(inert);
    store.update({ analytics: true });
    gate(store);
    await until(() => window.ran.length);
    expect(container.querySelector('script')!.nonce).to.equal('r4nd0m');
  });

  it('runs gated scripts under a strict nonce CSP, and CSP still blocks scripts without the nonce', async () => {
    const frame = await fixture<HTMLIFrameElement>(`<iframe src="${fixtureUrl('csp.html')}" title="CSP test page"></iframe>`);
    const result = await nextMessage<{ ran: string[]; blocked: string[] }>((data) => data?.type === 'csp-result');
    expect(result.ran).to.deep.equal(['inline with nonce', 'external with nonce']);
    expect(result.blocked).to.include('script-src-elem');
    frame.remove();
  });

  it('handles scripts inserted later, before and after consent', async () => {
    const { store } = makeStore();
    const container = await fixture('<div></div>');
    gate(store);
    container.insertAdjacentHTML('beforeend', `<script type="text/plain" data-consent="analytics">window.ran.push('before consent')</script>`);
    await settle();
    expect(window.ran).to.deep.equal([]);

    store.update({ analytics: true });
    await until(() => window.ran.length === 1);
    const late = document.createElement('section');
    late.innerHTML = `<script type="text/plain" data-consent="analytics" src="${record('added later')}"></script>`;
    container.append(late);
    await until(() => window.ran.length === 2);
    expect(window.ran).to.deep.equal(['before consent', 'added later']);
  });

  it('waits while the document is still being parsed, then runs in document order', async () => {
    const { store } = makeStore();
    store.update({ analytics: true });
    const frame = await fixture<HTMLIFrameElement>('<iframe title="Parsing document"></iframe>');
    const doc = frame.contentDocument!;
    doc.open();
    expect(doc.readyState).to.equal('loading');
    stops.push(gateScripts(store, doc));
    doc.write(`<script type="text/plain" data-consent="analytics">parent.ran.push('one')</script>`);
    await settle();
    doc.write(`<script type="text/plain" data-consent="analytics">parent.ran.push('two')</script>`);
    expect(window.ran).to.deep.equal([]);
    doc.close();
    await until(() => window.ran.length === 2);
    expect(window.ran).to.deep.equal(['one', 'two']);
  });

  it('runs nothing more once stopped', async () => {
    const { store } = makeStore();
    await fixture(`<div><script type="text/plain" data-consent="analytics">window.ran.push('late')</script></div>`);
    gate(store)();
    store.update({ analytics: true });
    await settle();
    expect(window.ran).to.deep.equal([]);
  });
});
