import { expect } from '@open-wc/testing';
import type { ConsentOptions } from '../config/types.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { memoryRecords } from '../storage/records.js';
import { createConsent } from '../store/create-consent.js';
import { SERVICES } from '../store/store.test-helper.js';
import { startPage, type PageController } from '../page.js';
import { gtmSnippet, loadContainer } from './fixtures/gtm/container.test-helper.js';
import { helpDataLayer } from './fixtures/gtm/data-layer.test-helper.js';
import { RECIPE_TAGS, consentAt, eventAt, expectEachEventAfterItsUpdate, indexOf, stateAt } from './fixtures/gtm/recipe.test-helper.js';

// The Google Tag Manager setup of docs/google-tag-manager.md, checked against the dataLayer
// protocol: a real store and startPage() as a site runs them, the GTM container snippet after them,
// and a simulated container (fixtures/gtm/) that arrives later and reads the dataLayer with
// data-layer-helper's documented semantics, as gtm.js does.

const pages: PageController[] = [];
let count = 0;
afterEach(() => pages.splice(0).forEach((page) => page.stop()));

type Storage = { cookies: ReturnType<typeof memoryCookieJar>; records: ReturnType<typeof memoryRecords> };
const newStorage = (): Storage => ({ cookies: memoryCookieJar(), records: memoryRecords() });
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * One page view: Assent's store and page glue (synchronously, as the script tag or an SPA's entry
 * runs them), then the GTM snippet — or the snippet first when `gtmFirst` — then, in a later task,
 * the container. Storage shared between calls makes a returning visitor.
 */
async function pageView(options: ConsentOptions & { storage?: Storage; gtmFirst?: boolean } = {}) {
  const { storage = newStorage(), gtmFirst = false, ...storeOptions } = options;
  const dataLayer = `gtmTestLayer${++count}`;
  const assent = () => {
    const store = createConsent({ services: SERVICES, sync: false, storage, ...storeOptions });
    pages.push(startPage(store, { consentMode: { dataLayer }, gating: false }));
    return store;
  };
  if (gtmFirst) gtmSnippet(window, dataLayer);
  const store = assent();
  // Between two scripts the browser runs the microtasks the first one queued (the store records a
  // GPC opt-out in one).
  await Promise.resolve();
  if (!gtmFirst) gtmSnippet(window, dataLayer);
  await nextTask();
  const container = loadContainer(window, { dataLayer, region: storeOptions.region ?? 'DE', tags: RECIPE_TAGS });
  const entries = () => (window as unknown as Record<string, unknown[]>)[dataLayer]!;
  return { store, container, storage, entries };
}

describe('Google Tag Manager: the dataLayer contract', () => {
  it('first visit: the default is processed before Consent Initialization; nothing gated fires until Accept all', async () => {
    const { store, container } = await pageView({ region: 'DE' });
    expect(consentAt(container, 'default')).to.be.within(0, eventAt(container, 'gtm.init_consent'));
    expect(container.events()).to.deep.equal(['gtm.init_consent', 'gtm.init', 'gtm.js']);
    for (const stage of ['gtm.init_consent', 'gtm.init', 'gtm.js'])
      expect(stateAt(container, stage)!.consent).to.include({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' });
    expect(container.firings('GA4')).to.deep.equal([]);
    expect(container.firings('Ads')).to.deep.equal([]);

    store.acceptAll();
    expectEachEventAfterItsUpdate(container);
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
    expect(container.firings('Ads')).to.deep.equal(['assent_consent_update']);
    const event = stateAt(container, 'assent_consent_update')!;
    expect(event.consent).to.include({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted' });
    expect(container.variable('assent.method')).to.equal('accept-all');
    expect(container.variable('assent.granted')).to.have.members(['necessary', 'functional', 'analytics', 'advertising', ...SERVICES.map((s) => s.id)]);
  });

  it('Reject all fires nothing gated, and the event says only necessary is granted', async () => {
    const { store, container } = await pageView({ region: 'DE' });
    store.rejectAll();
    expectEachEventAfterItsUpdate(container);
    expect(container.firings('GA4')).to.deep.equal([]);
    expect(container.firings('Ads')).to.deep.equal([]);
    expect(container.consent()).to.include({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(container.variable('assent.granted')).to.have.members(['necessary', 'session']);
    expect(container.variable('assent.method')).to.equal('reject-all');
  });

  it('granting analytics alone (Customise) fires the analytics tag at that event, never the ads tag', async () => {
    const { store, container } = await pageView({ region: 'DE' });
    store.update({ functional: true });
    expect(container.firings('GA4')).to.deep.equal([]);
    store.update({ analytics: true });
    expectEachEventAfterItsUpdate(container);
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
    const fired = indexOf(container, (entry) => entry.kind === 'tag' && entry.tag === 'GA4' && entry.fired);
    const granted = indexOf(container, (entry) => entry.kind === 'consent' && entry.values.analytics_storage === 'granted');
    expect(granted).to.be.within(0, fired);
    expect(container.firings('Ads')).to.deep.equal([]);
    expect(container.variable('assent.method')).to.equal('custom');
  });

  it("returning visitor: the consent state is the visitor's before gtm.js, and the tag fires once", async () => {
    const first = await pageView({ region: 'DE' });
    first.store.update({ analytics: true });
    pages.splice(0).forEach((page) => page.stop());

    const { container } = await pageView({ region: 'DE', storage: first.storage });
    expect(consentAt(container, 'update')).to.be.within(0, eventAt(container, 'gtm.js'));
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.include({ analytics_storage: 'granted', ad_storage: 'denied' });
    const { assent } = stateAt(container, 'gtm.js')!.model as { assent: { granted: string[]; method: string; gpc: boolean } };
    expect(assent).to.deep.include({ method: 'custom', gpc: false });
    expect(assent.granted).to.have.members(['necessary', 'analytics', 'session', 'matomo', 'ga4']);
    expectEachEventAfterItsUpdate(container);
    // The visitor's event comes before gtm.js in the dataLayer, so a "once per page" tag fires there.
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
    expect(container.firings('Ads')).to.deep.equal([]);
  });

  it('Global Privacy Control keeps the advertising tag off in an opt-out region, even after Accept all', async () => {
    const { store, container } = await pageView({ region: 'US-CA', gpc: true });
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    expect(container.variable('assent.method')).to.equal('gpc');
    expect(container.firings('GA4')).to.have.length(1);
    store.acceptAll();
    expectEachEventAfterItsUpdate(container);
    expect(container.consent()).to.include({ ad_storage: 'denied', ad_personalization: 'denied' });
    expect(container.firings('Ads')).to.deep.equal([]);
  });

  it('Global Privacy Control in an opt-in region: Accept all fires analytics, not advertising', async () => {
    const { store, container } = await pageView({ region: 'DE', gpc: true });
    expect(container.firings('GA4')).to.deep.equal([]);
    store.acceptAll();
    expect(container.firings('GA4')).to.deep.equal(['assent_consent_update']);
    expect(container.firings('Ads')).to.deep.equal([]);
  });

  it('a narrower decision replaces assent.granted in the data model (Data Layer Variables read the model, which merges arrays)', async () => {
    const { store, container } = await pageView({ region: 'DE' });
    store.acceptAll();
    store.rejectAll();
    expect(container.variable('assent.granted')).to.have.members(['necessary', 'session']);
  });

  it('the order matters: with the GTM snippet before Assent, tags run at gtm.js before any default (what the guide warns of)', async () => {
    const { container } = await pageView({ region: 'DE', gtmFirst: true });
    expect(eventAt(container, 'gtm.init_consent')).to.be.below(consentAt(container, 'default'));
    expect(stateAt(container, 'gtm.init_consent')!.consent).to.deep.equal({});
    expect(container.firings('GA4')).to.deep.equal(['gtm.js']);
  });
});

describe('the dataLayer processor of the tests', () => {
  // Rows of the merge tables in data-layer-helper's README ("The Abstract Data Model"): if the
  // fixture drifted from them, the tests above would check a different protocol.
  const after = (...messages: unknown[]) => helpDataLayer(messages, () => {}).get('x');
  it('overwrites and merges as data-layer-helper documents', () => {
    expect(after({ x: [1, 2, 3] }, { x: 'hello' })).to.equal('hello');
    expect(after({ x: { ducks: 'quack' } }, { x: [1, 2, 3] })).to.deep.equal([1, 2, 3]);
    expect(after({ x: { one: 1, three: 3 } }, { x: { three: 4 } })).to.deep.equal({ one: 1, three: 4 });
    expect(after({ x: { one: { two: 3 } } }, { x: { one: { four: 5 } } })).to.deep.equal({ one: { two: 3, four: 5 } });
    expect(after({ x: [1] }, { x: [undefined, 2] })).to.deep.equal([undefined, 2]);
    // biome-ignore lint/suspicious/noSparseArray: the README's "(empty)" slot, which does not overwrite
    expect(after({ x: [1, { two: 3 }] }, { x: [, { two: 4, six: 8 }] })).to.deep.equal([1, { two: 4, six: 8 }]);
    expect(after({ x: ['a', 'b', 'c'] }, { x: ['z'] })).to.deep.equal(['z', 'b', 'c']);
    expect(after({ 'x.y': 1 })).to.deep.equal({ y: 1 });
  });

  it('processes in push order, queues pushes made by the listener, and hands Arguments to processors', () => {
    const layer: unknown[] = [{ event: 'past' }];
    const seen: string[] = [];
    helpDataLayer(
      layer,
      (_, message) => {
        const event = (message as { event?: string }).event;
        if (event) seen.push(event);
        if (event === 'first') layer.push({ event: 'pushed-inside' });
      },
      { command: (name) => ({ event: `command ${name}` }) },
    );
    layer.push({ event: 'first' });
    (function gtag(..._: unknown[]) {
      // biome-ignore lint/complexity/noArguments: gtag() pushes its Arguments object
      layer.push(arguments);
    })('command', 'a');
    layer.push({ event: 'last' });
    expect(seen).to.deep.equal(['past', 'first', 'pushed-inside', 'command a', 'last']);
  });
});
