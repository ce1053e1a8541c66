import { documentCookieJar } from '@assent/core';
import { expect } from '@open-wc/testing';
import { decodeGppString } from '../gpp-string/encode.js';
import { installGppStub } from '../stub/stub.js';
import type { GppController, GppOptions } from '../types.js';
import { startGpp } from './controller.js';
import { cookieValue, freshStore, gpp, listen, tick } from './gppapi.test-helper.js';

let running: GppController | undefined;
const start = (store: ReturnType<typeof freshStore>, extra: Partial<GppOptions> = {}) => {
  running = startGpp(store.store, { cmpId: 300, cmpVersion: 4, cookieName: store.gppCookie, ...extra });
  return running;
};
const field = async (name: string) => (await gpp<unknown>('getField', name))[0];

afterEach(() => {
  running?.destroy();
  running = undefined;
  // destroy() leaves the stub as __gpp, and its message relay: the next test's CMP takes it over.
});

describe('__gpp per the GPP CMP API v1.1', () => {
  it('ping: loaded and ready, the visitor’s section, the string, every section Assent writes', async () => {
    const store = freshStore();
    const controller = start(store);
    const [ping, success] = await gpp('ping');
    expect(success).to.equal(true);
    expect(ping).to.include({ gppVersion: '1.1', cmpStatus: 'loaded', cmpDisplayStatus: 'hidden', signalStatus: 'ready', cmpId: 300 });
    expect(ping.applicableSections).to.deep.equal([8]);
    expect(ping.sectionList).to.deep.equal([8]);
    expect(ping.gppString).to.equal(controller.evidence.gppString);
    expect(decodeGppString(ping.gppString as string).sections.usca).to.include({ SaleOptOutNotice: 1, SaleOptOut: 2, SharingOptOut: 2, Gpc: false });
    const apis = ping.supportedAPIs as string[];
    expect(apis).to.have.length(21);
    expect(apis.slice(0, 3)).to.deep.equal(['7:usnat', '8:usca', '9:usva']);
    expect(apis).to.include('27:usri');
    expect(apis).not.to.include('2:tcfeuv2');
    expect(controller.section).to.deep.equal({ id: 8, name: 'usca' });
    expect(controller.evidence.applicableSections).to.deep.equal([8]);
  });

  it('addEventListener: listenerRegistered, then a decision as signalStatus, sectionChange and the new string; removeEventListener stops it', async () => {
    const store = freshStore();
    start(store);
    const listener = listen();
    const [registered] = listener.events;
    expect(registered).to.include({ eventName: 'listenerRegistered', data: true });
    expect(registered!.listenerId).to.be.a('number');
    // "Do not sell or share my personal information"
    store.store.update({ advertising: false });
    expect(listener.names()).to.deep.equal(['listenerRegistered:true', 'signalStatus:not ready', 'sectionChange:usca', 'signalStatus:ready']);
    const last = listener.events.at(-1)!;
    expect(last.listenerId).to.equal(registered!.listenerId);
    expect(decodeGppString(last.pingData.gppString).sections.usca).to.include({ SaleOptOut: 1, SharingOptOut: 1 });
    // A change that leaves the string as it was tells listeners nothing.
    store.store.update({ analytics: false });
    expect(listener.events).to.have.length(4);
    // The IAB's CmpApi answers as its stub example does: an EventData whose data says whether it was removed.
    const [removed] = await gpp('removeEventListener', registered!.listenerId);
    expect(removed).to.include({ eventName: 'listenerRemoved', data: true });
    store.store.acceptAll();
    expect(listener.events).to.have.length(4);
    const [again] = await gpp('removeEventListener', registered!.listenerId);
    expect(again).to.include({ data: false });
  });

  it('hasSection, getSection and getField answer from the string in effect', async () => {
    const store = freshStore();
    start(store);
    expect((await gpp<boolean>('hasSection', 'usca'))[0]).to.equal(true);
    expect((await gpp<boolean>('hasSection', 'usnat'))[0]).to.equal(false);
    const [section] = await gpp('getSection', 'usca');
    expect(section).to.include({ SaleOptOutNotice: 1, SharingOptOutNotice: 1, SaleOptOut: 2, SharingOptOut: 2, MspaCoveredTransaction: 2 });
    expect(await field('usca.SaleOptOut')).to.equal(2);
    store.store.update({ advertising: false });
    expect(await field('usca.SaleOptOut')).to.equal(1);
    expect(await field('usca.SharingOptOut')).to.equal(1);
    store.store.acceptAll();
    expect(await field('usca.SaleOptOut')).to.equal(2);
    expect(await field('usca.SharingOptOut')).to.equal(2);
  });

  for (const [region, ids, name] of [
    ['US-CA', [8], 'usca'],
    ['US-VA', [9], 'usva'],
    ['US-TX', [16], 'ustx'],
    ['US-WA', [7], 'usnat'],
    ['US', [7], 'usnat'],
  ] as const) {
    it(`${region}: applicableSections [${ids}], section ${name}`, async () => {
      const store = freshStore({ region });
      start(store);
      const [ping] = await gpp('ping');
      expect(ping.applicableSections).to.deep.equal(ids);
      expect((await gpp<boolean>('hasSection', name))[0]).to.equal(true);
      store.store.update({ advertising: false });
      expect(await field(`${name}.SaleOptOut`)).to.equal(1);
      expect(await field(`${name}.TargetedAdvertisingOptOut`)).to.equal(name === 'usca' ? null : 1);
    });
  }

  it("sections: 'national' gives a Californian usnat", async () => {
    start(freshStore(), { sections: 'national' });
    const [ping] = await gpp('ping');
    expect(ping.applicableSections).to.deep.equal([7]);
    expect(ping.sectionList).to.deep.equal([7]);
  });

  it('outside the US no section applies: [-1], an empty string, no cookie', async () => {
    const store = freshStore({ region: 'DE' });
    // A GPP cookie left from an earlier visit in the US goes.
    documentCookieJar().write(store.gppCookie, 'DBABBg~BUUAAACA.YA', { ...store.store.config.cookie, name: store.gppCookie, maxAgeSeconds: 60 });
    expect(cookieValue(store.gppCookie)).to.equal('DBABBg~BUUAAACA.YA');
    const controller = start(store);
    const [ping] = await gpp('ping');
    expect(ping).to.include({ gppString: 'DBAA', signalStatus: 'ready', cmpStatus: 'loaded' });
    expect(ping.applicableSections).to.deep.equal([-1]);
    expect(controller.section).to.equal(undefined);
    expect(controller.evidence).to.deep.equal({ gppString: 'DBAA', applicableSections: [-1] });
    expect(cookieValue(store.gppCookie)).to.equal(undefined);
  });

  it('accepting after "Do not sell or share" says 2 (did not opt out) again', async () => {
    const store = freshStore({ region: 'US-CO' });
    const controller = start(store);
    store.store.update({ advertising: false });
    expect(decodeGppString(controller.evidence.gppString).sections.usco).to.include({ SaleOptOut: 1, TargetedAdvertisingOptOut: 1 });
    store.store.acceptAll();
    expect(decodeGppString(controller.evidence.gppString).sections.usco).to.include({ SaleOptOut: 2, TargetedAdvertisingOptOut: 2 });
    expect(controller.signals).to.deep.equal({ applies: true, optedOut: false, gpc: false });
  });

  it('GPC on: opted out without any click, Gpc true, recorded with method gpc', async () => {
    const store = freshStore({ gpc: true });
    const controller = start(store);
    const listener = listen();
    await tick();
    expect(store.store.state?.method).to.equal('gpc');
    expect(await field('usca.SaleOptOut')).to.equal(1);
    expect(await field('usca.SharingOptOut')).to.equal(1);
    expect(await field('usca.Gpc')).to.equal(true);
    expect(controller.signals).to.deep.equal({ applies: true, optedOut: true, gpc: true });
    // Opted out from the start: recording the GPC decision changed nothing in the string.
    expect(listener.names()).to.deep.equal(['listenerRegistered:true']);
    expect(decodeGppString(cookieValue(store.gppCookie)!).sections.usca).to.include({ SaleOptOut: 1, SharingOptOut: 1, Gpc: true });
  });

  it('the cookie holds the string of the decision in effect, for as long as it lasts, and none before', async () => {
    // Every cookie the page writes, as written (the jar sets Max-Age): the lifetime is asserted, not assumed.
    const writes: string[] = [];
    const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => native.get!.call(document),
      set: (value: string) => (writes.push(value), native.set!.call(document, value)),
    });
    const store = freshStore();
    const controller = start(store);
    try {
      // Before any decision the string only says defaults: no cookie for backends to take as one.
      expect(cookieValue(store.gppCookie)).to.equal(undefined);
      expect(writes.filter((cookie) => cookie.startsWith(`${store.gppCookie}=`))).to.deep.equal([]);
      store.store.update({ advertising: false });
      const written = writes.filter((cookie) => cookie.startsWith(`${store.gppCookie}=`));
      expect(written).to.have.length(1);
      const maxAge = Number(/Max-Age=(\d+)/.exec(written[0]!)?.[1]);
      const lasts = (Date.parse(store.store.state!.expiresAt) - Date.now()) / 1000;
      expect(Math.abs(maxAge - lasts)).to.be.lessThan(5);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
    expect(cookieValue(store.gppCookie)).to.equal(controller.evidence.gppString);
    expect(decodeGppString(cookieValue(store.gppCookie)!).sections.usca).to.include({ SaleOptOut: 1 });
    controller.destroy();
    const off = freshStore();
    start(off, { cookieName: false });
    expect(document.cookie).not.to.contain(off.gppCookie);
  });

  it('evidence is computed from the store at each read, so a listener that runs first sees the new string', async () => {
    const store = freshStore();
    const seen: string[] = [];
    let controller: GppController | undefined;
    store.store.subscribe(() => seen.push(controller!.evidence.gppString));
    controller = start(store);
    store.store.update({ advertising: false });
    expect(decodeGppString(seen[0]!).sections.usca).to.include({ SaleOptOut: 1, SharingOptOut: 1 });
  });

  it('listeners registered on the stub are taken over and hear the CMP load', async () => {
    const uninstallStub = installGppStub();
    const early = listen();
    const [stubPing] = await gpp('ping');
    expect(stubPing).to.include({ cmpStatus: 'stub' });
    start(freshStore());
    expect(early.names()).to.deep.equal(['listenerRegistered:true', 'cmpStatus:loaded', 'signalStatus:ready']);
    expect(early.events.at(-1)!.pingData.applicableSections).to.deep.equal([8]);
    uninstallStub();
  });

  it('setUiVisible where consent is asked first: shown, the person is deciding ("not ready"); closed without a decision, "ready" again', async () => {
    const controller = start(freshStore({ regime: 'opt-in' }));
    const listener = listen();
    controller.setUiVisible(true);
    expect((await gpp('ping'))[0]).to.include({ cmpDisplayStatus: 'visible', signalStatus: 'not ready' });
    controller.setUiVisible(true);
    controller.setUiVisible(false);
    expect((await gpp('ping'))[0]).to.include({ cmpDisplayStatus: 'hidden', signalStatus: 'ready' });
    expect(listener.names()).to.deep.equal([
      'listenerRegistered:true',
      'cmpDisplayStatus:visible',
      'signalStatus:not ready',
      'cmpDisplayStatus:hidden',
      'signalStatus:ready',
    ]);
  });

  it('setUiVisible in the opt-out regime: the string in effect stands while the notice is open ("ready")', async () => {
    const controller = start(freshStore());
    const listener = listen();
    controller.setUiVisible(true);
    expect((await gpp('ping'))[0]).to.include({ cmpDisplayStatus: 'visible', signalStatus: 'ready' });
    controller.setUiVisible(false);
    expect(listener.names()).to.deep.equal(['listenerRegistered:true', 'cmpDisplayStatus:visible', 'cmpDisplayStatus:hidden']);
  });

  it('a decision in the open UI (opt-out regime): hidden first, then "not ready", the section, "ready" last', async () => {
    const store = freshStore();
    const controller = start(store);
    const listener = listen();
    controller.setUiVisible(true);
    store.store.update({ advertising: false });
    expect(listener.names()).to.deep.equal([
      'listenerRegistered:true',
      'cmpDisplayStatus:visible',
      'cmpDisplayStatus:hidden',
      'signalStatus:not ready',
      'sectionChange:usca',
      'signalStatus:ready',
    ]);
  });

  it('a returning visitor opens the UI and decides (opt-in regime): visible, "not ready", hidden, the section, then "ready" last', async () => {
    const store = freshStore({ regime: 'opt-in' });
    store.store.acceptAll();
    const controller = start(store);
    const listener = listen();
    controller.setUiVisible(true);
    // "Do not sell or share" in the reopened UI.
    store.store.update({ advertising: false });
    expect(listener.names()).to.deep.equal([
      'listenerRegistered:true',
      'cmpDisplayStatus:visible',
      'signalStatus:not ready',
      'cmpDisplayStatus:hidden',
      'sectionChange:usca',
      'signalStatus:ready',
    ]);
    expect(decodeGppString(listener.events.at(-1)!.pingData.gppString).sections.usca).to.include({ SaleOptOut: 1 });
    // The UI hiding itself afterwards tells nothing new.
    controller.setUiVisible(false);
    expect(listener.events).to.have.length(6);
  });

  it('destroy() puts the stub back as __gpp (with its one locator frame) and stops following the store', async () => {
    const store = freshStore();
    const controller = start(store);
    const listener = listen();
    expect(document.querySelectorAll('iframe[name="__gppLocator"]').length).to.equal(1);
    controller.destroy();
    // __gpp stays a function: ad tech and nested frames calling it now are answered, never stranded.
    expect((await gpp('ping'))[0]).to.include({ cmpStatus: 'stub' });
    expect(document.querySelectorAll('iframe[name="__gppLocator"]').length).to.equal(1);
    const cookie = cookieValue(store.gppCookie);
    store.store.update({ advertising: false });
    expect(listener.events).to.have.length(1);
    expect(cookieValue(store.gppCookie)).to.equal(cookie);
  });

  it('a cross-origin frame reaches the started CMP through the locator and hears a decision', async () => {
    const store = freshStore();
    const controller = start(store);
    const reports: Array<{ command: string; data?: Record<string, unknown> & { pingData?: Record<string, unknown> }; origin?: string }> = [];
    const onMessage = (event: MessageEvent) => event.data?.nestedFrame && reports.push(event.data.nestedFrame);
    window.addEventListener('message', onMessage);
    const frame = document.createElement('iframe');
    const url = new URL('../stub/fixtures/nested-frame.html', import.meta.url);
    url.hostname = 'frame.assent.test';
    frame.src = url.href;
    document.body.appendChild(frame);
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await tick(25);
      return ok();
    };
    const events = () => reports.filter((report) => report.command === 'addEventListener').map((report) => `${report.data?.eventName}:${report.data?.data}`);
    try {
      expect(await until(() => reports.some((report) => report.command === 'ping') && events().length > 0)).to.equal(true);
      expect(reports.find((report) => report.command === 'started')?.origin).not.to.equal(location.origin);
      expect(reports.find((report) => report.command === 'ping')?.data).to.include({ cmpStatus: 'loaded', gppString: controller.evidence.gppString });
      store.store.update({ advertising: false });
      expect(await until(() => events().length === 4)).to.equal(true);
      expect(events()).to.deep.equal(['listenerRegistered:true', 'signalStatus:not ready', 'sectionChange:usca', 'signalStatus:ready']);
      const last = reports.filter((report) => report.command === 'addEventListener').at(-1)!;
      expect(decodeGppString(last.data!.pingData!.gppString as string).sections.usca).to.include({ SaleOptOut: 1, SharingOptOut: 1 });
    } finally {
      frame.remove();
      window.removeEventListener('message', onMessage);
    }
  });

  it('a second startGpp while a CMP runs throws and leaves the first in place; after destroy() one starts again', async () => {
    const first = start(freshStore());
    const api = (window as { __gpp?: unknown }).__gpp;
    expect(() => startGpp(freshStore().store, { cmpId: 300 })).to.throw(/already answers __gpp/);
    expect((window as { __gpp?: unknown }).__gpp).to.equal(api);
    expect((await gpp('ping'))[0]).to.include({ cmpStatus: 'loaded' });
    first.destroy();
    expect(typeof (window as { __gpp?: unknown }).__gpp).to.equal('function');
    // A listener added between the two CMPs waits in the stub and hears the next one load.
    const between = listen();
    const second = start(freshStore({ region: 'US-VA' }));
    expect(between.names()).to.deep.equal(['listenerRegistered:true', 'cmpStatus:loaded', 'signalStatus:ready']);
    expect(between.events.at(-1)!.pingData.applicableSections).to.deep.equal([9]);
    expect(second.section?.name).to.equal('usva');
  });

  it('a string that cannot be encoded: never thrown into the store, listeners told "not ready", the error reported', async () => {
    const store = freshStore();
    // A TCF source whose TC string turns out malformed later (mutable, as a controller's state is).
    const tcf: { gdprApplies: boolean; needsDecision: boolean; evidence: { tcString: string } | undefined } = {
      gdprApplies: false,
      needsDecision: false,
      evidence: undefined,
    };
    const controller = start(store, { tcf });
    expect((await gpp('ping'))[0]).to.include({ signalStatus: 'ready' });
    const listener = listen();
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      tcf.gdprApplies = true;
      tcf.evidence = { tcString: 'C!!!' };
      expect(() => controller.refresh()).not.to.throw();
      expect(() => store.store.update({ advertising: false })).not.to.throw();
    } finally {
      console.error = consoleError;
    }
    expect(errors.length).to.be.greaterThan(0);
    expect((await gpp('ping'))[0]).to.include({ signalStatus: 'not ready' });
    expect(listener.names()).to.deep.equal(['listenerRegistered:true', 'signalStatus:not ready']);
  });

  it('a start that cannot encode its first string throws before __gpp changes', async () => {
    const before = (window as { __gpp?: unknown }).__gpp;
    const tcf = { gdprApplies: true, needsDecision: false, evidence: { tcString: 'C!!!' } };
    expect(() => startGpp(freshStore().store, { cmpId: 300, tcf })).to.throw(/Not a TC string/);
    expect((window as { __gpp?: unknown }).__gpp).to.equal(before);
  });

  it('bad options throw before __gpp changes', () => {
    const before = (window as { __gpp?: unknown }).__gpp;
    expect(() => startGpp(freshStore().store, { cmpId: 0 })).to.throw(/gpp\.cmpId/);
    expect((window as { __gpp?: unknown }).__gpp).to.equal(before);
    const store = freshStore().store;
    expect(() => startGpp(store, { cmpId: 300, cookieName: store.config.cookie.name })).to.throw(/gpp\.cookieName/);
    expect(() => startGpp(store, { cmpId: 300, optOutOf: ['ads'] })).to.throw(/gpp\.optOutOf/);
    expect((window as { __gpp?: unknown }).__gpp).to.equal(before);
  });
});
