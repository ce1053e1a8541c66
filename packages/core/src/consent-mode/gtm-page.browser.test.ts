import { expect } from '@open-wc/testing';
import type { ConsentStore } from '../store/types.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { memoryRecords } from '../storage/records.js';
import { createConsent } from '../store/create-consent.js';
import { SERVICES } from '../store/store.test-helper.js';
import { startPage, type PageController } from '../page.js';
import { type Container, type ContainerTag, gtmSnippet, loadContainer } from './fixtures/gtm/container.test-helper.js';
import { RECIPE_TAGS, consentAt, eventAt, expectEachEventAfterItsUpdate, stateAt } from './fixtures/gtm/recipe.test-helper.js';

// Two setups of docs/google-tag-manager.md on whole pages: the script tag before the GTM snippet
// (a page in an iframe, the real script-tag entry), and a site that cannot put anything before GTM
// and starts Assent from the container (the Consent Initialization recipe).

const clearConsentCookie = () => (document.cookie = 'assent=; Max-Age=0; Path=/');
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('Google Tag Manager: the script tag before the GTM snippet', () => {
  let frame: HTMLIFrameElement | undefined;
  let views = 0;
  beforeEach(clearConsentCookie);
  afterEach(() => {
    (frame?.contentWindow as (Window & { assent?: { destroy(): void } }) | null)?.assent?.destroy();
    frame?.remove();
    clearConsentCookie();
  });

  /** Loads the page, then the container (gtm.js arrives after the page's scripts ran). */
  async function pageView(query = '') {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.title = 'Page under test';
    frame.src = new URL(`./fixtures/gtm/script-tag-page.html?view=${views++}${query}`, import.meta.url).href;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as Window & { assent: ConsentStore };
    return { page, container: loadContainer(page, { tags: RECIPE_TAGS }) };
  }

  it('puts the default before gtm.js; the analytics tag waits for Accept all', async () => {
    const { page, container } = await pageView();
    expect(consentAt(container, 'default')).to.be.within(0, eventAt(container, 'gtm.init_consent'));
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.include({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(container.firings('GA4')).to.deep.equal([]);

    page.assent.acceptAll();
    expectEachEventAfterItsUpdate(container);
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
    expect(container.variable('assent.method')).to.equal('accept-all');
  });

  it("a returning visitor's consent is in place before gtm.js", async () => {
    const first = await pageView();
    first.page.assent.update({ analytics: true });
    const { container } = await pageView();
    expect(consentAt(container, 'update')).to.be.within(0, eventAt(container, 'gtm.init_consent'));
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.include({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(container.firings('GA4')).to.have.length(1);
    expect(container.firings('Ads')).to.deep.equal([]);
  });

  it('with Global Privacy Control in an opt-out region, the opt-out is in place before gtm.js', async () => {
    const { page, container } = await pageView('&region=US-CA&gpc=1');
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    expect(container.variable('assent.method')).to.equal('gpc');
    page.assent.acceptAll();
    expect(container.firings('Ads')).to.deep.equal([]);
  });
});

describe('Google Tag Manager: Assent started from the container (Consent Initialization recipe)', () => {
  const pages: PageController[] = [];
  let count = 0;
  afterEach(() => pages.splice(0).forEach((page) => page.stop()));

  // What a Consent Mode template tag on "Consent Initialization – All Pages" does: the opt-in
  // defaults through the Consent API, before any other trigger.
  const DEFAULTS_TAG: ContainerTag = {
    name: 'Consent defaults (template)',
    firesOn: ['gtm.init_consent'],
    run: (api) =>
      api.setDefaultConsentState({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      }),
  };

  /** The GTM snippet, the container, and only then Assent (loaded by a tag, so later still). */
  async function pageView(storage = { cookies: memoryCookieJar(), records: memoryRecords() }, tags = [DEFAULTS_TAG, ...RECIPE_TAGS]) {
    const dataLayer = `gtmInitLayer${++count}`;
    gtmSnippet(window, dataLayer);
    await nextTask();
    const container: Container = loadContainer(window, { dataLayer, tags });
    const atPageView = { ...stateAt(container, 'gtm.js')!.consent };
    const firedAtPageView = container.firings('GA4');
    await nextTask();
    const store = createConsent({ region: 'DE', services: SERVICES, sync: false, storage });
    pages.push(startPage(store, { consentMode: { dataLayer }, gating: false }));
    return { store, container, storage, atPageView, firedAtPageView };
  }

  it('the template default is in place for Initialization and Page View; nothing gated fires before Accept all', async () => {
    const { store, container, atPageView, firedAtPageView } = await pageView();
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.deep.equal({});
    expect(stateAt(container, 'gtm.init')!.consent).to.include({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(atPageView).to.include({ analytics_storage: 'denied' });
    expect(firedAtPageView).to.deep.equal([]);
    expect(container.firings('GA4')).to.deep.equal([]);
    store.acceptAll();
    expectEachEventAfterItsUpdate(container);
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
  });

  it("a returning visitor's consent arrives after gtm.js: the tag fires on Assent's event, which is why the recipe has both triggers", async () => {
    const first = await pageView();
    first.store.update({ analytics: true });
    pages.splice(0).forEach((page) => page.stop());

    const { container, atPageView, firedAtPageView } = await pageView(first.storage);
    expect(atPageView).to.include({ analytics_storage: 'denied' });
    expect(firedAtPageView).to.deep.equal([]);
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
    expect(container.firings('Ads')).to.deep.equal([]);
  });

  it('without the Consent Initialization tag, the Page View tags run before any default (the case the recipe prevents)', async () => {
    const { atPageView, firedAtPageView } = await pageView(undefined, RECIPE_TAGS);
    expect(atPageView).to.deep.equal({});
    expect(firedAtPageView).to.deep.equal(['gtm.js']);
  });
});
