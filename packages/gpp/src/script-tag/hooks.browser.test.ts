import type { ScriptTagHooks } from '@assent/banner/script-tag';
import { type ConsentStore, createConsent, memoryRecords } from '@assent/core';
import { expect } from '@open-wc/testing';
import { gpp, listen, tick } from '../controller/gppapi.test-helper.js';
import { installGppStub } from '../stub/stub.js';
import type { GppController } from '../types.js';
import type { GppScriptOptions } from './config.js';
import { type TcfForGpp, withGpp } from './hooks.js';

let counter = 0;
const freshStore = (region = 'US-CA', regime?: 'opt-in' | 'opt-out') =>
  createConsent({
    region,
    ...(regime ? { regime } : {}),
    gpc: false,
    sync: false,
    cookie: { name: `assent-hooks-${Date.now().toString(36)}${++counter}` },
    storage: { records: memoryRecords() },
  });

// The script tag's own hooks, reduced to what withGpp wraps: the page starts, no UI is fetched.
const pageHooks = { startPage: () => undefined } as unknown as ScriptTagHooks;

/** withGpp as the script tags run it: the stub first, then the store's start. */
function startScriptTagGpp(store: ConsentStore, options: GppScriptOptions, tcf?: TcfForGpp, tcfGdprApplies?: boolean) {
  installGppStub();
  const { hooks, gpp: started } = withGpp(pageHooks, { options, tcfGdprApplies, ...(tcf === undefined ? {} : { tcf }) });
  hooks.startPage(store, {} as Parameters<ScriptTagHooks['startPage']>[1]);
  return { hooks, started };
}

/** Runs `body` with console.error captured (the failures below are reported there). */
async function capturingErrors<T>(body: () => Promise<T>): Promise<{ result: T; errors: unknown[][] }> {
  const errors: unknown[][] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    return { result: await body(), errors };
  } finally {
    console.error = consoleError;
  }
}

let running: GppController | undefined;
afterEach(async () => {
  running?.destroy();
  running = undefined;
});

/** A consent UI as the banner mounts it, counting what the script tag asks of it. */
const fakeUi = () => ({ show: () => Promise.resolve(), showPreferences: () => Promise.resolve(), hide: () => undefined });

type Listener = ReturnType<typeof listen>;

describe('the GPP script-tag hooks', () => {
  it('a TCF CMP that fails to load (an ad blocker): an EU visitor gets tcfeuv2 applicable and "not ready", never "no law applies"', async () => {
    const blocked: TcfForGpp = Promise.reject(new Error('assent-tcf-cmp.js was blocked'));
    const { started } = startScriptTagGpp(freshStore('DE', 'opt-in'), { cmpId: 300, cookieName: false }, blocked);
    running = await started;
    const [ping] = await gpp('ping');
    expect(ping).to.include({ cmpStatus: 'loaded', signalStatus: 'not ready' });
    expect(ping.applicableSections).to.deep.equal([2]);
    expect(running.evidence.applicableSections).to.deep.equal([2]);
  });

  it('a failed TCF CMP where the site forces gdprApplies: the US section and tcfeuv2 apply, "not ready"', async () => {
    const blocked: TcfForGpp = Promise.reject(new Error('offline'));
    const { started } = startScriptTagGpp(freshStore('US-CA'), { cmpId: 300, cookieName: false }, blocked, true);
    running = await started;
    const [ping] = await gpp('ping');
    expect(ping).to.include({ signalStatus: 'not ready' });
    expect(ping.applicableSections).to.deep.equal([8, 2]);
  });

  it('a failed TCF CMP where GDPR does not apply (opt-out regime): the US section alone, "ready"', async () => {
    const blocked: TcfForGpp = Promise.reject(new Error('offline'));
    const { started } = startScriptTagGpp(freshStore('US-CA'), { cmpId: 300, cookieName: false }, blocked);
    running = await started;
    const [ping] = await gpp('ping');
    expect(ping).to.include({ signalStatus: 'ready' });
    expect(ping.applicableSections).to.deep.equal([8]);
  });

  it('the UI shown and a decision in it reach listeners in order: visible, "not ready", hidden, the section, "ready" last', async () => {
    const store = freshStore('US-CA', 'opt-in');
    store.acceptAll();
    const uiHooks = {
      ...pageHooks,
      loadUi: () => Promise.resolve({ mountConsentUi: () => fakeUi() }),
    } as unknown as ScriptTagHooks;
    installGppStub();
    const { hooks, gpp: started } = withGpp(uiHooks, { options: { cmpId: 300, cookieName: false } });
    hooks.startPage(store, {} as Parameters<ScriptTagHooks['startPage']>[1]);
    running = await started;
    const ui = (await hooks.loadUi()).mountConsentUi(store, {} as never);
    const listener: Listener = listen();
    ui.show();
    // At once, not a task later: a decision may follow in the same task.
    expect((await gpp('ping'))[0]).to.include({ cmpDisplayStatus: 'visible', signalStatus: 'not ready' });
    store.update({ advertising: false });
    ui.hide();
    await tick();
    expect(listener.names()).to.deep.equal([
      'listenerRegistered:true',
      'cmpDisplayStatus:visible',
      'signalStatus:not ready',
      'cmpDisplayStatus:hidden',
      'sectionChange:usca',
      'signalStatus:ready',
    ]);
  });

  it('a CMP that fails to start leaves no stub to wait on: __gpp answers cmpStatus error', async () => {
    const { errors } = await capturingErrors(async () => {
      // Passes the config check, fails at start against the store (no such category).
      const { started } = startScriptTagGpp(freshStore(), { cmpId: 300, optOutOf: ['nope'] });
      await started.catch(() => undefined);
      await tick();
    });
    expect(errors.length).to.be.greaterThan(0);
    const [ping] = await gpp('ping');
    expect(ping).to.include({ cmpStatus: 'error', signalStatus: 'not ready' });
    // The next test starts on a clean page.
    delete (window as { __gpp?: unknown }).__gpp;
  });
});
