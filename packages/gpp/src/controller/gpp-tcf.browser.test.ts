import { createConsent, memoryRecords } from '@assent/core';
import { type TcfController, startTcf, withTcfServices } from '@assent/tcf';
import { expect } from '@open-wc/testing';
import { decodeGppString } from '../gpp-string/encode.js';
import type { GppController } from '../types.js';
import { startGpp } from './controller.js';
import { cookieValue, gpp, listen } from './gppapi.test-helper.js';

// @assent/tcf's fixture vendor list, as the test server serves it.
const VENDOR_LIST_URL = new URL('../../../tcf/src/fixtures/vendor-list.json', import.meta.url).href;
const VENDORS = [755, 793, 1126];

let counter = 0;
/** An EU visitor's store with the TCF signal services, and cookie names of its own. */
function euStore(revision = '1', id = `${Date.now().toString(36)}t${++counter}`) {
  const store = createConsent(
    withTcfServices({
      region: 'DE',
      regime: 'opt-in',
      revision,
      gpc: false,
      sync: false,
      cookie: { name: `assent-${id}` },
      storage: { records: memoryRecords() },
    }),
  );
  return { store, id, tcCookie: `euconsent-${id}`, gppCookie: `assent_gpp_${id}` };
}

let tcf: TcfController | undefined;
let controller: GppController | undefined;
const start = (site: ReturnType<typeof euStore>, vendors = VENDORS) => {
  tcf = startTcf(site.store, { cmpId: 300, vendors, vendorListUrl: VENDOR_LIST_URL, cookieName: site.tcCookie });
  controller = startGpp(site.store, { cmpId: 300, tcf, cookieName: site.gppCookie });
  return { tcf, gpp: controller };
};
const stop = () => {
  controller?.destroy();
  tcf?.destroy();
  controller = tcf = undefined;
  delete (window as { __gpp?: unknown }).__gpp;
  delete (window as { __tcfapi?: unknown }).__tcfapi;
};

afterEach(stop);

describe('GPP beside TCF (an EU visitor)', () => {
  it('carries the TC string as the tcfeuv2 section once the person decided', async () => {
    const site = euStore();
    const { tcf, gpp: gppController } = start(site);
    const [before] = await gpp('ping');
    // GDPR applies, no TC string yet: listeners wait.
    expect(before).to.include({ cmpStatus: 'loaded', signalStatus: 'not ready', gppString: 'DBAA' });
    expect(before.applicableSections).to.deep.equal([2]);
    expect((before.supportedAPIs as string[]).slice(0, 2)).to.deep.equal(['2:tcfeuv2', '7:usnat']);
    expect(cookieValue(site.gppCookie)).to.equal(undefined);
    const listener = listen();
    await tcf.ready;
    tcf.acceptAll();
    const tcString = tcf.evidence!.tcString;
    expect(listener.names()).to.deep.equal(['listenerRegistered:true', 'sectionChange:tcfeuv2', 'signalStatus:ready']);
    const [after] = await gpp('ping');
    expect(after).to.include({ signalStatus: 'ready' });
    expect(after.applicableSections).to.deep.equal([2]);
    expect(after.sectionList).to.deep.equal([2]);
    expect((after.gppString as string).split('~')).to.deep.equal(['DBABMA', tcString]);
    expect(decodeGppString(after.gppString as string).sections.tcfeuv2).to.include({ CmpId: 300 });
    expect((await gpp<boolean>('hasSection', 'tcfeuv2'))[0]).to.equal(true);
    expect(gppController.evidence).to.deep.equal({ gppString: `DBABMA~${tcString}`, applicableSections: [2] });
    expect(cookieValue(site.gppCookie)).to.equal(`DBABMA~${tcString}`);

    // A withdrawal: TCF writes an all-refused TC string, and GPP carries that one.
    site.store.withdraw();
    const refused = tcf.evidence!.tcString;
    expect(refused).not.to.equal(tcString);
    expect(gppController.evidence.gppString).to.equal(`DBABMA~${refused}`);
    expect(listener.names().slice(3)).to.deep.equal(['signalStatus:not ready', 'sectionChange:tcfeuv2', 'signalStatus:ready']);
  });

  it('a returning visitor: the stored TC string reaches the GPP string on refresh() after tcf.ready', async () => {
    const site = euStore();
    const first = start(site);
    await first.tcf.ready;
    first.tcf.rejectAll();
    const stored = first.tcf.evidence!.tcString;
    stop();
    const again = start(site);
    expect((await gpp('ping'))[0]).to.include({ signalStatus: 'not ready' });
    await again.tcf.ready;
    again.gpp.refresh();
    const [ping] = await gpp('ping');
    expect(ping).to.include({ signalStatus: 'ready', gppString: `DBABMA~${stored}` });
  });

  it('while TCF asks again (a new policy revision), the old TC string is not signalled and listeners wait', async () => {
    const site = euStore();
    const first = start(site);
    await first.tcf.ready;
    first.tcf.acceptAll();
    stop();
    const again = start(euStore('2', site.id));
    await again.tcf.ready;
    again.gpp.refresh();
    expect(again.tcf.needsDecision).to.equal(true);
    expect(again.tcf.evidence).not.to.equal(undefined);
    const [ping] = await gpp('ping');
    expect(ping).to.include({ signalStatus: 'not ready', gppString: 'DBAA' });
    again.tcf.acceptAll();
    expect((await gpp('ping'))[0]).to.include({ signalStatus: 'ready', gppString: `DBABMA~${again.tcf.evidence!.tcString}` });
  });
});
