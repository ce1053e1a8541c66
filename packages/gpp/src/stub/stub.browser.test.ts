import { CmpApi, CmpStatus, SignalStatus } from '@iabgpp/cmpapi';
import { expect } from '@open-wc/testing';
import { installGppStub } from './stub.js';

type GppFunction = (...args: unknown[]) => unknown;
type Answer = [data: Record<string, unknown> & { eventName?: string; listenerId?: number; pingData?: Record<string, unknown> }, success: boolean];
type Report = Record<string, unknown> & { command: string; data?: Answer[0]; success?: boolean; form?: string };

const gppOf = (win: Window = window) => (win as unknown as { __gpp?: GppFunction }).__gpp;
/** Calls `__gpp` and returns every answer its callback receives (listeners get more later). */
const call = (command: string, parameter?: unknown, win: Window = window) => {
  const answers: Answer[] = [];
  gppOf(win)!(command, (data: Answer[0], success: boolean) => answers.push([data, success]), parameter);
  return answers;
};
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await tick(25);
  return ok();
};
const childWindow = () => {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  return { frame, win: frame.contentWindow! };
};
const locators = (doc: Document = document) => doc.querySelectorAll('iframe[name="__gppLocator"]').length;

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  // The IAB's CmpApi replaces __gpp on the test page's window; each test starts without one.
  delete (window as { __gpp?: unknown }).__gpp;
});

describe('installGppStub', () => {
  it('answers ping with the stub PingReturn of the CMP API v1.1', () => {
    uninstall = installGppStub({ cmpId: 300, supportedAPIs: ['7:usnat', '8:usca'] });
    const [[ping, success]] = call('ping') as [Answer];
    expect(success).to.equal(true);
    expect(ping).to.deep.equal({
      gppVersion: '1.1',
      cmpStatus: 'stub',
      cmpDisplayStatus: 'hidden',
      signalStatus: 'not ready',
      supportedAPIs: ['7:usnat', '8:usca'],
      cmpId: 300,
      sectionList: [],
      applicableSections: [-1],
      gppString: '',
      parsedSections: {},
    });
    // A fresh object each time: one caller changing its answer does not change the next one's.
    (ping.supportedAPIs as string[]).push('2:tcfeuv2');
    expect((call('ping')[0]![0] as { supportedAPIs: string[] }).supportedAPIs).to.deep.equal(['7:usnat', '8:usca']);
  });

  it('registers listeners with new ids, answers each at once, and removes them', () => {
    uninstall = installGppStub();
    const first = call('addEventListener');
    const second = call('addEventListener');
    expect(first).to.have.length(1);
    expect(first[0]![0]).to.include({ eventName: 'listenerRegistered', listenerId: 1, data: true });
    expect(first[0]![0].pingData).to.include({ cmpStatus: 'stub', cmpId: 0 });
    expect(first[0]![1]).to.equal(true);
    expect(second[0]![0].listenerId).to.equal(2);
    expect((gppOf()!('events') as Array<{ id: number }>).map((listener) => listener.id)).to.deep.equal([1, 2]);
    const [[removed]] = call('removeEventListener', 1) as [Answer];
    expect(removed).to.include({ eventName: 'listenerRemoved', listenerId: 1, data: true });
    const [[again]] = call('removeEventListener', 1) as [Answer];
    expect(again).to.include({ data: false });
    expect((gppOf()!('events') as Array<{ id: number }>).map((listener) => listener.id)).to.deep.equal([2]);
  });

  it('answers hasSection, getSection and getField at once with null (not loaded) and queues the rest', () => {
    uninstall = installGppStub();
    expect(call('hasSection', 'usca')).to.deep.equal([[null, true]]);
    expect(call('getSection', 'usca')).to.deep.equal([[null, true]]);
    expect(call('getField', 'usca.SaleOptOut')).to.deep.equal([[null, true]]);
    const callback = () => {};
    gppOf()!('usca.someCommand', callback, 'x', '1.1');
    expect(gppOf()!()).to.deep.equal([['usca.someCommand', callback, 'x', '1.1']]);
    expect(gppOf()!('queue')).to.equal(gppOf()!());
  });

  it('hands queued calls and listeners to the IAB CmpApi, which keeps calling the listeners', () => {
    uninstall = installGppStub({ cmpId: 300 });
    const listener = call('addEventListener');
    const custom = call('assent.echo', 'queued');
    const unknown = call('noSuchCommand');
    expect(custom).to.have.length(0);
    expect(unknown).to.have.length(0);

    const cmpApi = new CmpApi(300, 2, {
      'assent.echo': (callback: (data: unknown, success: boolean) => void, parameter: unknown) => callback(parameter, true),
    });
    expect(gppOf()).to.not.equal(undefined);
    // The queue, replayed in order once the CMP is there.
    expect(custom).to.deep.equal([['queued', true]]);
    expect(unknown).to.deep.equal([[null, false]]);

    cmpApi.setApplicableSections([8]);
    cmpApi.setFieldValue('usca', 'SaleOptOut', 1);
    cmpApi.setCmpStatus(CmpStatus.LOADED);
    cmpApi.fireSectionChange('usca');
    cmpApi.setSignalStatus(SignalStatus.READY);
    expect(listener.map(([event]) => event.eventName)).to.deep.equal(['listenerRegistered', 'cmpStatus', 'sectionChange', 'signalStatus']);
    expect(listener.every(([event]) => event.listenerId === 1)).to.equal(true);
    const [last] = listener.at(-1)!;
    expect(last.pingData).to.include({ cmpStatus: 'loaded', signalStatus: 'ready', gppString: cmpApi.getGppString(), cmpId: 300 });
    expect(last.pingData!.applicableSections).to.deep.equal([8]);
    expect(call('getField', 'usca.SaleOptOut')).to.deep.equal([[1, true]]);

    // A listener registered on the stub is removed through the CMP with the id the stub gave it.
    expect(call('removeEventListener', 1)[0]![0]).to.include({ data: true });
    cmpApi.fireSectionChange('usca');
    expect(listener).to.have.length(4);
  });

  it('adds the __gppLocator frame once, after <body> exists, and uninstalls', async () => {
    const { frame, win } = childWindow();
    const body = win.document.body;
    body.remove();
    uninstall = installGppStub({ win });
    // A page calling the stub before <body> is answered and queued as usual.
    expect(call('ping', undefined, win)[0]![0]).to.include({ cmpStatus: 'stub' });
    expect(call('addEventListener', undefined, win)[0]![0]).to.include({ eventName: 'listenerRegistered' });
    expect(locators(win.document)).to.equal(0);
    win.document.documentElement.appendChild(body);
    await until(() => locators(win.document) > 0);
    expect(locators(win.document)).to.equal(1);
    // A second install (a second copy of the stub on the page) keeps the first and adds nothing.
    const api = gppOf(win);
    installGppStub({ win })();
    expect(gppOf(win)).to.equal(api);
    expect(locators(win.document)).to.equal(1);
    uninstall();
    uninstall = undefined;
    expect(locators(win.document)).to.equal(0);
    expect(gppOf(win)).to.equal(undefined);
    frame.remove();
  });

  it('keeps a __gppLocator the page already has', () => {
    const { frame, win } = childWindow();
    const existing = win.document.createElement('iframe');
    existing.name = '__gppLocator';
    win.document.body.appendChild(existing);
    uninstall = installGppStub({ win });
    expect(locators(win.document)).to.equal(1);
    uninstall();
    uninstall = undefined;
    expect(win.document.querySelector('iframe[name="__gppLocator"]')).to.equal(existing);
    frame.remove();
  });

  it('relays to whatever __gpp is at call time, and stops relaying once uninstalled', async () => {
    uninstall = installGppStub();
    const answers: unknown[] = [];
    const onMessage = (event: MessageEvent) => event.data?.__gppReturn && answers.push(event.data.__gppReturn);
    window.addEventListener('message', onMessage);
    // A CMP that replaced the stub answers the frames' calls.
    (window as unknown as { __gpp: GppFunction }).__gpp = (_command, callback) => (callback as (data: unknown, success: boolean) => void)('the CMP', true);
    window.postMessage({ __gppCall: { command: 'ping', callId: 1, version: '1.1' } }, '*');
    expect(await until(() => answers.length > 0)).to.equal(true);
    expect(answers).to.deep.equal([{ returnValue: 'the CMP', success: true, callId: 1 }]);
    uninstall();
    uninstall = undefined;
    expect(gppOf()).to.not.equal(undefined); // not the stub's any more: left in place
    window.postMessage({ __gppCall: { command: 'ping', callId: 2, version: '1.1' } }, '*');
    await tick(100);
    expect(answers).to.have.length(1);
    window.removeEventListener('message', onMessage);
  });

  for (const form of ['object', 'string'] as const) {
    it(`a cross-origin frame gets ping, getField, hasSection and every listener callback through the locator (${form} messages)`, async () => {
      uninstall = installGppStub({ cmpId: 300, supportedAPIs: ['8:usca'] });
      const reports: Report[] = [];
      const onMessage = (event: MessageEvent) => event.data?.nestedFrame && reports.push(event.data.nestedFrame);
      window.addEventListener('message', onMessage);
      const frame = document.createElement('iframe');
      const url = new URL('./fixtures/nested-frame.html', import.meta.url);
      url.hostname = 'frame.assent.test';
      if (form === 'string') url.search = '?string';
      frame.src = url.href;
      document.body.appendChild(frame);
      const ask = (command: string, parameter?: unknown) => frame.contentWindow!.postMessage({ nestedFrameCall: { command, parameter } }, '*');
      const reported = (command: string) => reports.filter((report) => report.command === command);
      const events = () => reported('addEventListener').map((report) => report.data!.eventName);
      try {
        expect(await until(() => reported('ping').length > 0 && reported('addEventListener').length > 0)).to.equal(true);
        expect(reported('started')[0]!.origin).to.not.equal(location.origin);
        expect(reports.some((report) => report.command === 'error')).to.equal(false);
        // Answered by the stub, in the form the frame asked in.
        expect(reported('ping')[0]).to.deep.include({ success: true, form });
        expect(reported('ping')[0]!.data).to.include({ cmpStatus: 'stub', cmpId: 300 });
        expect(reported('addEventListener')[0]!.data).to.include({ eventName: 'listenerRegistered', listenerId: 1, data: true });
        expect(reported('addEventListener')[0]!.form).to.equal(form);
        ask('getField', 'usca.SaleOptOut');
        expect(await until(() => reported('getField').length > 0)).to.equal(true);
        expect(reported('getField')[0]).to.deep.include({ data: null, success: true });
        // A command the stub queues: the frame's answer comes once the CMP has loaded.
        ask('assent.echo', 'from the frame');
        await tick(100);
        expect(reported('assent.echo')).to.have.length(0);

        const cmpApi = new CmpApi(300, 2, {
          'assent.echo': (callback: (data: unknown, success: boolean) => void, parameter: unknown) => callback(parameter, true),
        });
        expect(await until(() => reported('assent.echo').length > 0)).to.equal(true);
        expect(reported('assent.echo')[0]).to.deep.include({ data: 'from the frame', success: true, form });

        cmpApi.setApplicableSections([8]);
        cmpApi.setCmpStatus(CmpStatus.LOADED);
        cmpApi.setSignalStatus(SignalStatus.NOT_READY);
        cmpApi.setFieldValue('usca', 'SaleOptOut', 1);
        cmpApi.setFieldValue('usca', 'SharingOptOut', 1);
        cmpApi.fireSectionChange('usca');
        cmpApi.setSignalStatus(SignalStatus.READY);
        expect(await until(() => events().length >= 5)).to.equal(true);
        // Every callback of the listener the frame registered on the stub, not only the first.
        expect(events()).to.deep.equal(['listenerRegistered', 'cmpStatus', 'signalStatus', 'sectionChange', 'signalStatus']);
        const last = reported('addEventListener').at(-1)!;
        expect(last.data).to.include({ listenerId: 1, data: 'ready' });
        expect(last.data!.pingData).to.include({ cmpStatus: 'loaded', signalStatus: 'ready', gppString: cmpApi.getGppString() });
        expect(last.form).to.equal(form);

        // Answered by the CMP now, through the same relay.
        ask('ping');
        ask('getField', 'usca.SaleOptOut');
        ask('hasSection', 'usca');
        ask('hasSection', 'usva');
        ask('getSection', 'usca');
        expect(
          await until(
            () =>
              reported('ping').length === 2 && reported('getField').length === 2 && reported('hasSection').length === 2 && reported('getSection').length === 1,
          ),
        ).to.equal(true);
        expect(reported('getSection')[0]!.data).to.include({ SaleOptOut: 1, SharingOptOut: 1 });
        expect(reported('ping')[1]!.data).to.include({ cmpStatus: 'loaded', cmpId: 300, gppString: cmpApi.getGppString() });
        expect(reported('getField')[1]).to.deep.include({ data: 1, success: true });
        expect(reported('hasSection').map((report) => report.data)).to.deep.equal([true, false]);

        // removeEventListener through postMessage: no more callbacks afterwards.
        ask('removeEventListener', 1);
        expect(await until(() => reported('removeEventListener').length > 0)).to.equal(true);
        expect(reported('removeEventListener')[0]!.data).to.include({ eventName: 'listenerRemoved', data: true });
        cmpApi.fireSectionChange('usca');
        ask('ping');
        expect(await until(() => reported('ping').length === 3)).to.equal(true);
        expect(events()).to.have.length(5);
      } finally {
        window.removeEventListener('message', onMessage);
        frame.remove();
      }
    });
  }
});
