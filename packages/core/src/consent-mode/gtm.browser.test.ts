import { expect } from '@open-wc/testing';
import type { ConsentOptions } from '../config/types.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { memoryRecords } from '../storage/records.js';
import { createConsent } from '../store/create-consent.js';
import { SERVICES } from '../store/store.test-helper.js';
import { startPage, type PageController } from '../page.js';
import { type Container, type ContainerTag, gtmSnippet, loadContainer } from './fixtures/gtm/container.test-helper.js';

// The Google Tag Manager setup of docs/google-tag-manager.md, checked against the dataLayer
// protocol: a real store and startPage() as a site runs them, the GTM container snippet after them,
// and a simulated container (fixtures/gtm/) that arrives later and reads the dataLayer with
// data-layer-helper's documented semantics, as gtm.js does.

/** The guide's recipe: tags that need consent fire on page load or on Assent's event, once. */
const TAGS: ContainerTag[] = [
  { name: 'GA4', firesOn: ['gtm.js', 'assent_consent_update'], requires: ['analytics_storage'], oncePerPage: true },
  { name: 'Ads', firesOn: ['gtm.js', 'assent_consent_update'], requires: ['ad_storage'], oncePerPage: true },
];

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
  const container = loadContainer(window, { dataLayer, region: storeOptions.region ?? 'DE', tags: TAGS });
  const entries = () => (window as unknown as Record<string, unknown[]>)[dataLayer]!;
  return { store, container, storage, entries };
}

/** Index in the container's log of the first entry matching `match`. */
const indexOf = (container: Container, match: (entry: Container['log'][number]) => boolean) => container.log.findIndex(match);
const eventAt = (container: Container, event: string) => indexOf(container, (entry) => entry.kind === 'event' && entry.event === event);
const consentAt = (container: Container, action: string) => indexOf(container, (entry) => entry.kind === 'consent' && entry.action === action);
const stateAt = (container: Container, event: string) => {
  const entry = container.log.find((candidate) => candidate.kind === 'event' && candidate.event === event);
  return entry?.kind === 'event' ? entry : undefined;
};

/** Each consent update must be followed by Assent's event, with nothing fired in between. */
function expectEachEventAfterItsUpdate(container: Container) {
  const updates = container.log.flatMap((entry, index) => (entry.kind === 'consent' && entry.action === 'update' ? [index] : []));
  const events = container.log.flatMap((entry, index) => (entry.kind === 'event' && entry.event === 'assent_consent_update' ? [index] : []));
  expect(events).to.have.length(updates.length);
  events.forEach((event, n) => {
    expect(updates[n]).to.be.below(event);
    const between = container.log.slice(updates[n]! + 1, event);
    expect(between.every((entry) => entry.kind === 'set')).to.equal(true, 'only ads_data_redaction between an update and its event');
  });
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

  // Fails today: startConsentMode pushes `assent.granted` as an array, and the data model merges an
  // array into the previous one index by index, so after Accept all then Reject all a Data Layer
  // Variable still lists the categories withdrawn. Un-skip with the fix in ./index.ts (e.g. push
  // `{ assent: null }` before each event, which replaces the whole object).
  it.skip('a narrower decision replaces assent.granted in the data model (Data Layer Variables read the model, which merges arrays)', async () => {
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
