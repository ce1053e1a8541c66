// Shared set-up of the TCF UI's browser tests: a controller built on the real fixture vendor list
// and a real store, recording what the UI asks of it (the engine's startTcf() is tested apart).
import { createConsent, type ConsentChoices, type ConsentStore, type DecisionContext } from '@assent/core';
import { GVL } from '@iabtechlabtcf/core';
import type { TcfChoices, TcfController, TcfOptions } from '../types.js';

/** Every vendor of the fixture list. */
export const FIXTURE_VENDORS = [1, 2, 10, 21, 28, 32, 52, 76, 91, 755, 793, 1126];

let fixture: Promise<unknown> | undefined;
/** The fixture GVL (`src/fixtures/vendor-list.json`), fetched once from the test server. */
export const fixtureJson = () => (fixture ??= fetch(new URL('../fixtures/vendor-list.json', import.meta.url)).then((response) => response.json()));

/** One call the UI made on the controller. */
export type ControllerCall =
  | { method: 'acceptAll' | 'rejectAll'; context: DecisionContext | undefined }
  | { method: 'save'; choices: TcfChoices; siteChoices: ConsentChoices; context: DecisionContext | undefined }
  | { method: 'setUiVisible'; visible: boolean };

/** A controller that records calls instead of writing TC strings. */
export interface FakeController extends TcfController {
  calls: ControllerCall[];
  choices: TcfChoices | undefined;
}

/** Builds the fake controller with the fixture vendors narrowed to `options.vendors`. */
export async function fakeController(options: Partial<TcfOptions> = {}, choices?: TcfChoices): Promise<FakeController> {
  const json = await fixtureJson();
  const gvl = new GVL(structuredClone(json) as ConstructorParameters<typeof GVL>[0]);
  const tcfOptions: TcfOptions = { cmpId: 1, vendors: FIXTURE_VENDORS, vendorListUrl: '/v1/tcf/vendor-list.json', ...options };
  gvl.narrowVendorsTo([...tcfOptions.vendors]);
  const store: ConsentStore = createConsent({
    sync: false,
    revision: 'test',
    region: 'DE',
    services: [
      {
        id: 'matomo',
        category: 'analytics',
        name: 'Matomo',
        provider: 'Example Analytics Ltd',
        purpose: 'Audience measurement',
        privacyPolicyUrl: 'https://analytics.example/privacy',
      },
    ],
  });
  const calls: ControllerCall[] = [];
  return {
    calls,
    choices,
    options: tcfOptions,
    ready: Promise.resolve(),
    gdprApplies: true,
    signalGranted: () => true,
    needsDecision: !choices,
    gvl,
    evidence: undefined,
    store,
    acceptAll: (context) => void calls.push({ method: 'acceptAll', context }),
    rejectAll: (context) => void calls.push({ method: 'rejectAll', context }),
    save: (saved, siteChoices, context) => void calls.push({ method: 'save', choices: saved, siteChoices, context }),
    setUiVisible: (visible) => void calls.push({ method: 'setUiVisible', visible }),
    destroy: () => store.destroy(),
  };
}

/** No choice at all: the TcfChoices of a person who agreed to nothing and objected to nothing. */
export const noChoices = (): TcfChoices => ({
  purposeConsents: [],
  purposeLegitimateInterests: [],
  specialFeatureOptins: [],
  vendorConsents: [],
  vendorLegitimateInterests: [],
  publisherConsents: [],
  publisherLegitimateInterests: [],
  googleAtpConsents: [],
});

/** Resolves once `predicate` holds (decisions are recorded after hashing, asynchronously). */
export async function until(predicate: () => unknown, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The element with focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The decisions among the calls (not the visibility reports). */
export const decisions = (controller: FakeController) => controller.calls.filter((call) => call.method !== 'setUiVisible');
