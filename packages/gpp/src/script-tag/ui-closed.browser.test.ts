import { createConsentUi } from '@assent/banner';
import type { ScriptTagHooks } from '@assent/banner/script-tag';
import { type ConsentStore, createConsent, memoryRecords } from '@assent/core';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { gpp, tick } from '../controller/gppapi.test-helper.js';
import { installGppStub } from '../stub/stub.js';
import type { GppController } from '../types.js';
import { createTcfUi, startTcf } from '@assent/tcf';
import type { TcfController } from '@assent/tcf';
import { withGpp } from './hooks.js';

let counter = 0;
const freshStore = (region: string, gpc: boolean) =>
  createConsent({
    region,
    gpc,
    sync: false,
    cookie: { name: `assent-ui-closed-${Date.now().toString(36)}${++counter}` },
    storage: { records: memoryRecords() },
  });

type Ui = ReturnType<typeof createConsentUi>;
let running: GppController | undefined;
let mounted: Ui | undefined;
afterEach(() => {
  running?.destroy();
  mounted?.destroy();
  running = undefined;
  mounted = undefined;
});

/** withGpp around the banner's real UI, as the script tag mounts it. */
async function startWithRealUi(store: ConsentStore): Promise<Ui> {
  const uiHooks = {
    startPage: () => undefined,
    loadUi: () => Promise.resolve({ mountConsentUi: createConsentUi }),
  } as unknown as ScriptTagHooks;
  installGppStub();
  const { hooks, gpp: started } = withGpp(uiHooks, { options: { cmpId: 300, cookieName: false } });
  hooks.startPage(store, {} as Parameters<ScriptTagHooks['startPage']>[1]);
  running = await started;
  mounted = (await hooks.loadUi()).mountConsentUi(store, {} as never) as Ui;
  return mounted;
}

const displayed = async () => {
  // The check runs a task after the person's input.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await tick();
  const [ping] = await gpp('ping');
  return { cmpDisplayStatus: ping.cmpDisplayStatus, signalStatus: ping.signalStatus };
};

const preferencesDialog = () => document.querySelector('assent-preferences')?.shadowRoot?.querySelector('dialog');
/** A button in a layer's shadow root (throws when there is none: the test then fails). */
const buttonIn = (layer: Element | null | undefined, selector: string) => layer!.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

describe('GPP hears the real consent UI close itself without a decision', () => {
  it('a returning visitor (opt-in) opens the preferences and presses Escape: hidden and "ready" again', async () => {
    const store = freshStore('DE', false);
    store.rejectAll();
    const ui = await startWithRealUi(store);
    await ui.showPreferences();
    expect(await displayed()).to.deep.equal({ cmpDisplayStatus: 'visible', signalStatus: 'not ready' });
    // Key held down: the dialog closes on keydown, and GPP hears it before the key is released.
    await sendKeys({ down: 'Escape' });
    expect(preferencesDialog()?.open).to.equal(false);
    expect(await displayed()).to.deep.equal({ cmpDisplayStatus: 'hidden', signalStatus: 'ready' });
    await sendKeys({ up: 'Escape' });
  });

  it('the dialog closed with its close button: hidden and "ready"', async () => {
    const store = freshStore('DE', false);
    store.rejectAll();
    const ui = await startWithRealUi(store);
    await ui.showPreferences();
    buttonIn(document.querySelector('assent-preferences'), 'button.close').click();
    expect(await displayed()).to.deep.equal({ cmpDisplayStatus: 'hidden', signalStatus: 'ready' });
  });

  it('the click that opens the preferences does not hide them while the dialog loads', async () => {
    const store = freshStore('DE', false);
    store.rejectAll();
    const ui = await startWithRealUi(store);
    const link = document.createElement('button');
    link.onclick = () => void ui.showPreferences(link);
    document.body.append(link);
    link.click();
    for (let i = 0; i < 40 && !preferencesDialog()?.open; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(preferencesDialog()?.open).to.equal(true);
    expect(await displayed()).to.deep.equal({ cmpDisplayStatus: 'visible', signalStatus: 'not ready' });
    link.remove();
  });

  it('the GPC notice (opt-out regime) dismissed: hidden', async () => {
    const store = freshStore('US-CA', true);
    const ui = await startWithRealUi(store);
    await tick();
    expect(store.state?.method).to.equal('gpc');
    await ui.show();
    expect((await displayed()).cmpDisplayStatus).to.equal('visible');
    buttonIn(document.querySelector('assent-banner'), '[part~="dismiss-button"]').click();
    expect(await displayed()).to.deep.equal({ cmpDisplayStatus: 'hidden', signalStatus: 'ready' });
  });

  it('the banner stays open under the dialog it opened: closing the dialog leaves GPP "visible"', async () => {
    const store = freshStore('DE', false);
    const ui = await startWithRealUi(store);
    await ui.show();
    buttonIn(document.querySelector('assent-banner'), '[part~="customise-button"]').click();
    for (let i = 0; i < 40 && !preferencesDialog()?.open; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await sendKeys({ press: 'Escape' });
    expect(preferencesDialog()?.open).to.equal(false);
    expect(await displayed()).to.deep.equal({ cmpDisplayStatus: 'visible', signalStatus: 'not ready' });
  });
});

describe('GPP hears the TCF consent UI close itself (assent-tcf-gpp.js)', () => {
  // The IAB's vendor list as @assent/tcf's tests serve it (the dev server serves the repository).
  const vendorListUrl = new URL('/packages/tcf/src/fixtures/vendor-list.json', location.href).href;
  let tcf: TcfController | undefined;
  afterEach(() => {
    tcf?.destroy();
    tcf = undefined;
    delete (window as { __tcfapi?: unknown }).__tcfapi;
  });

  it('the TCF preferences closed with Escape: hidden', async () => {
    const store = freshStore('DE', false);
    tcf = startTcf(store, { cmpId: 300, vendors: [2], vendorListUrl, cookieName: `assent-tc-${Date.now().toString(36)}` });
    await tcf.ready;
    const controller = tcf;
    const uiHooks = {
      startPage: () => undefined,
      loadUi: () => Promise.resolve({ mountConsentUi: () => createTcfUi(controller, { privacyPolicyUrl: '/privacy' }) }),
    } as unknown as ScriptTagHooks;
    installGppStub();
    const { hooks, gpp: started } = withGpp(uiHooks, { options: { cmpId: 300, cookieName: false } });
    hooks.startPage(store, {} as Parameters<ScriptTagHooks['startPage']>[1]);
    running = await started;
    mounted = (await hooks.loadUi()).mountConsentUi(store, {} as never) as Ui;
    await mounted.showPreferences();
    expect((await displayed()).cmpDisplayStatus).to.equal('visible');
    await sendKeys({ press: 'Escape' });
    expect(document.querySelector('assent-tcf-preferences')?.shadowRoot?.querySelector('dialog')?.open).to.equal(false);
    expect((await displayed()).cmpDisplayStatus).to.equal('hidden');
  });
});
