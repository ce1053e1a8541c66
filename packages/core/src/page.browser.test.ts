import { expect, fixture, oneEvent } from '@open-wc/testing';
import { makeStore } from './store/store.test-helper.js';
import { settle, until } from './gating/page.test-helper.js';
import { startPage, type PageController } from './page.js';

const layers = window as unknown as Record<string, unknown[]>;
const fixtureUrl = (path: string) => new URL(path, import.meta.url).href;

describe('startPage', () => {
  const pages: PageController[] = [];
  beforeEach(() => ((window as Window & { ran?: string[] }).ran = []));
  afterEach(() => pages.splice(0).forEach((page) => page.stop()));
  const ran = () => (window as Window & { ran?: string[] }).ran!;

  it('pushes the Consent Mode default synchronously, then gates scripts and embeds and fires events', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div>
      <script type="text/plain" data-consent="analytics">window.ran.push('analytics')</script>
      <iframe data-consent="youtube" data-src="${fixtureUrl('./embeds/fixtures/embed.html')}" title="Video"></iframe>
    </div>`);
    const page = startPage(store, { consentMode: { dataLayer: 'pageLayer' }, embedTexts: { button: 'Load {service}' } });
    pages.push(page);
    expect(layers.pageLayer).to.have.length(2);
    expect(Object.prototype.toString.call(layers.pageLayer![0])).to.equal('[object Arguments]');
    // Embed gating is fetched on demand: the page has an embed, so it arrives.
    await until(() => container.querySelector('.assent-placeholder button'));
    expect(container.querySelector('.assent-placeholder button')!.textContent).to.equal('Load YouTube');
    page.setEmbedTexts({ button: 'Charger {service}' });
    expect(container.querySelector('.assent-placeholder button')!.textContent).to.equal('Charger YouTube');

    const change = oneEvent(window, 'assent:change');
    store.acceptAll();
    expect((await change).detail.decision!.method).to.equal('accept-all');
    await until(() => ran().length);
    expect(ran()).to.deep.equal(['analytics']);
    expect(container.querySelector('iframe')!.getAttribute('src')).to.equal(fixtureUrl('./embeds/fixtures/embed.html'));
    expect(layers.pageLayer!.length).to.be.greaterThan(2);
  });

  it('leaves out what is switched off, and stop() ends everything', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div><script type="text/plain" data-consent="analytics">window.ran.push('analytics')</script></div>`);
    const before = Object.keys(window).filter((key) => key.startsWith('dataLayer')).length;
    const page = startPage(store, { consentMode: false, gating: false });
    page.setEmbedTexts({ button: 'unused' });
    expect(Object.keys(window).filter((key) => key.startsWith('dataLayer')).length).to.equal(before);
    store.acceptAll();
    await settle();
    expect(ran()).to.deep.equal([]);
    page.stop();

    const stopped = startPage(store, { consentMode: { dataLayer: 'stoppedLayer' } });
    stopped.stop();
    let events = 0;
    const count = () => events++;
    window.addEventListener('assent:change', count);
    store.update({ analytics: false });
    store.update({ analytics: true });
    await settle();
    window.removeEventListener('assent:change', count);
    expect(events).to.equal(0);
    expect(layers.stoppedLayer).to.have.length(6); // default + redaction, then the stored decision: update + redaction + reset + event
    expect(container.querySelector('script[type="text/plain"]')).not.to.equal(null);
  });
});
