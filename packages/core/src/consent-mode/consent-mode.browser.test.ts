import { expect } from '@open-wc/testing';
import { makeStore } from '../store/store.test-helper.js';
import type { ConsentOptions } from '../config/types.js';
import { startConsentMode, type ConsentModeOptions } from './index.js';

const layers = window as unknown as Record<string, unknown[]>;
let count = 0;

// Starts Consent Mode on a fresh store with its own data layer; returns the layer and the store.
function start(storeOptions: ConsentOptions = {}, options: ConsentModeOptions = {}, before?: (store: ReturnType<typeof makeStore>['store']) => void) {
  const { store } = makeStore(storeOptions);
  before?.(store);
  const dataLayer = `dataLayerTest${++count}`;
  const stop = startConsentMode(store, { dataLayer, ...options });
  return { store, stop, layer: () => layers[dataLayer] ?? [] };
}

const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
const commands = (layer: unknown[]) => layer.filter(isArguments).map((entry) => [...(entry as IArguments)]);

const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const ALL_GRANTED = Object.fromEntries(Object.keys(ALL_DENIED).map((type) => [type, 'granted']));

describe('Google Consent Mode v2', () => {
  it('pushes the default at once, as Arguments objects, with all seven types and wait_for_update', () => {
    const { layer } = start();
    expect(layer()).to.have.length(2);
    for (const entry of layer()) expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
    expect(commands(layer())).to.deep.equal([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('pushes an update, ads_data_redaction and a dataLayer event on every decision, clearing the last one first', () => {
    const { store, layer } = start();
    store.update({ analytics: true });
    expect(commands(layer()).slice(2)).to.deep.equal([
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
      ['set', 'ads_data_redaction', true],
    ]);
    // GTM's data model merges arrays index by index: without the reset, a narrower `granted` keeps old ids.
    expect(layer()[4]).to.deep.equal({ assent: null });
    const event = layer()[5] as { event: string; assent: { granted: string[]; method: string; gpc: boolean } };
    expect(event).to.deep.include({ event: 'assent_consent_update' });
    expect(event.assent).to.deep.include({ method: 'custom', gpc: false });
    expect(event.assent.granted).to.have.members(['necessary', 'analytics', 'session', 'matomo', 'ga4']);

    store.acceptAll();
    expect(commands(layer()).slice(4)).to.deep.equal([
      ['consent', 'update', ALL_GRANTED],
      ['set', 'ads_data_redaction', false],
    ]);
    expect(layer()).to.have.length(10);
    expect(layer()[8]).to.deep.equal({ assent: null });
    expect(layer()[9]).to.deep.include({ event: 'assent_consent_update' });
  });

  it("sends a returning visitor's decision right after the default", () => {
    const { layer } = start({}, {}, (store) => store.update({ functional: true }));
    expect(commands(layer()).map(([command, action]) => `${command} ${action}`)).to.deep.equal([
      'consent default',
      'set ads_data_redaction',
      'consent update',
      'set ads_data_redaction',
    ]);
    expect(commands(layer())[2]![2]).to.deep.equal({ ...ALL_DENIED, functionality_storage: 'granted', personalization_storage: 'granted' });
    expect(layer()[5]).to.include({ event: 'assent_consent_update' });
  });

  it('adds region-scoped defaults from a regime or explicit values', () => {
    const { layer } = start(
      {},
      {
        waitForUpdate: 800,
        regions: [
          { region: ['US-CA', 'US-CO'], regime: 'opt-out' },
          { region: ['GB'], analytics_storage: 'granted' },
        ],
      },
    );
    expect(commands(layer())).to.deep.equal([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 800 }],
      ['consent', 'default', { ...ALL_GRANTED, region: ['US-CA', 'US-CO'], wait_for_update: 800 }],
      ['consent', 'default', { ...ALL_DENIED, analytics_storage: 'granted', region: ['GB'], wait_for_update: 800 }],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('follows the regime: opt-out regions default to granted', () => {
    const { store, layer } = start({ region: 'US-CA' });
    expect(store.state).to.equal(undefined);
    expect(commands(layer())).to.deep.equal([
      ['consent', 'default', { ...ALL_GRANTED, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', false],
    ]);
  });

  describe('with Global Privacy Control on', () => {
    it('denies advertising in an opt-out region without asking, and says the opt-out came from GPC', async () => {
      const { store, layer } = start({ region: 'US-CA', gpc: true }, { regions: [{ region: ['US'], regime: 'opt-out' }] });
      await Promise.resolve(); // the store records the GPC opt-out in a microtask after its creation
      expect(store.state!.method).to.equal('gpc');
      const noAds = { ...ALL_GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };
      expect(commands(layer())).to.deep.equal([
        ['consent', 'default', { ...noAds, wait_for_update: 500 }],
        ['consent', 'default', { ...noAds, region: ['US'], wait_for_update: 500 }],
        ['set', 'ads_data_redaction', true],
        ['consent', 'update', noAds],
        ['set', 'ads_data_redaction', true],
      ]);
      const { assent } = layer()[6] as { assent: { granted: string[]; method: string; gpc: boolean } };
      expect(assent).to.deep.include({ method: 'gpc', gpc: true });
      expect(assent.granted).to.have.members(['necessary', 'functional', 'analytics', 'session', 'youtube', 'matomo', 'ga4']);
    });

    it('keeps advertising denied when "Accept all" is pressed in an opt-in region', () => {
      const { store, layer } = start({ region: 'DE', gpc: true });
      store.acceptAll();
      expect(commands(layer()).at(-2)).to.deep.equal([
        'consent',
        'update',
        { ...ALL_GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      ]);
      expect(commands(layer()).at(-1)).to.deep.equal(['set', 'ads_data_redaction', true]);
    });
  });

  it('takes a custom map, data layer name and event name, and can leave the event out', () => {
    const narrowed = start(
      {},
      {
        map: { advertising: [], 'google-ads': ['ad_storage', 'ad_user_data', 'ad_personalization'], functional: ['functionality_storage'] },
        event: 'consent_changed',
      },
    );
    narrowed.store.update({ 'google-ads': true, functional: true });
    expect(commands(narrowed.layer()).at(-2)![2]).to.deep.equal({
      ...ALL_DENIED,
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      functionality_storage: 'granted',
    });
    expect(narrowed.layer().at(-1)).to.include({ event: 'consent_changed' });

    const quiet = start({}, { event: false });
    quiet.store.acceptAll();
    expect(quiet.layer().every(isArguments)).to.equal(true);
  });

  it('pushes through the data layer in place at each call (a site may replace it), and stops', () => {
    const { store, layer, stop } = start();
    const name = `dataLayerTest${count}`;
    const received: unknown[] = [];
    layers[name] = Object.assign([...layer()], { push: (...items: unknown[]) => received.push(...items) });
    store.acceptAll();
    expect(received.filter(isArguments)).to.have.length(2);
    stop();
    store.rejectAll();
    expect(received).to.have.length(4);
  });
});
