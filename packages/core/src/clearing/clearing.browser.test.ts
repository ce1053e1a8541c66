import { expect, fixture } from '@open-wc/testing';
import type { ConsentStore } from '../store/types.js';
import { nextMessage, settle } from '../gating/page.test-helper.js';

interface Snapshot {
  cookies: string[];
  storage: string[];
}

// Opens the fixture as a top-level page on another host of assent.test (which resolves to this
// test server), so cookies on the parent domain `assent.test` are first-party and real.
async function openOn<T>(host: string, step: string): Promise<T & { host: string }> {
  const url = new URL('./fixtures/clear.html', import.meta.url);
  url.hostname = host;
  url.search = `?step=${step}`;
  const result = nextMessage<T & { host: string }>((data) => data?.step === step);
  const popup = window.open(url.href, '_blank')!;
  try {
    return await result;
  } finally {
    popup.close();
  }
}

const DECLARED = ['_ga', '_ga_XYZ123', '_gid', '_pk_id.1.a1b2', '_pk_ses.1.a1b2'];

describe('clearing on withdrawal', () => {
  it('deletes withdrawn cookies on the host and the parent domain, on every path, and their localStorage keys', async () => {
    const result = await openOn<{ planted: Snapshot; afterMatomo: Snapshot; afterWithdraw: Snapshot }>('shop.assent.test', 'clear');
    expect(result.host).to.equal('shop.assent.test');
    expect(result.planted.cookies).to.deep.equal([...DECLARED, 'keep_parent', 'site_pref'].sort());
    expect(result.planted.storage).to.deep.equal(['_pk_visits', 'ga:clientId', 'site_theme']);

    // Revoking one service clears only what it declares.
    expect(result.afterMatomo.cookies).to.deep.equal(['_ga', '_ga_XYZ123', '_gid', 'keep_parent', 'site_pref']);
    expect(result.afterMatomo.storage).to.deep.equal(['ga:clientId', 'site_theme']);

    // Withdrawing everything leaves only undeclared cookies and keys.
    expect(result.afterWithdraw.cookies).to.deep.equal(['keep_parent', 'site_pref']);
    expect(result.afterWithdraw.storage).to.deep.equal(['site_theme']);

    // Another host of the same site sees the parent-domain cookie gone, the undeclared one kept.
    const sibling = await openOn<{ seen: Snapshot }>('www.assent.test', 'read');
    expect(sibling.seen.cookies).to.deep.equal(['keep_parent']);
  });

  it('clears at start what is not granted (a consent that expired while no page was open)', async () => {
    const result = await openOn<{ planted: Snapshot; afterStart: Snapshot }>('shop.assent.test', 'sweep');
    expect(result.planted.cookies).to.include.members(DECLARED);
    expect(result.afterStart.cookies).to.deep.equal(['keep_parent', 'site_pref']);
    expect(result.afterStart.storage).to.deep.equal(['site_theme']);
    await openOn('www.assent.test', 'read');
  });

  it('on demand: fetches the clearing code on a withdrawal, and at start when leftovers may exist, with the same result', async () => {
    const withdrawn = await openOn<{ planted: Snapshot; afterWithdraw: Snapshot }>('shop.assent.test', 'on-demand');
    expect(withdrawn.planted.cookies).to.include.members(DECLARED);
    expect(withdrawn.afterWithdraw.cookies).to.deep.equal(['keep_parent', 'site_pref']);
    expect(withdrawn.afterWithdraw.storage).to.deep.equal(['site_theme']);
    await openOn('www.assent.test', 'read');

    const swept = await openOn<{ planted: Snapshot; afterStart: Snapshot }>('shop.assent.test', 'sweep-on-demand');
    expect(swept.planted.cookies).to.include.members(DECLARED);
    expect(swept.afterStart.cookies).to.deep.equal(['keep_parent', 'site_pref']);
    expect(swept.afterStart.storage).to.deep.equal(['site_theme']);
    await openOn('www.assent.test', 'read');
  });

  describe('reloadOnWithdraw', () => {
    afterEach(() => (document.cookie = 'assent_reload_test=; Max-Age=0; Path=/'));

    const load = async (reload: boolean) => {
      let loads = 0;
      const counter = (event: MessageEvent) => event.data?.type === 'reload-fixture-loaded' && loads++;
      window.addEventListener('message', counter);
      const first = nextMessage((data) => data?.type === 'reload-fixture-loaded');
      const frame = await fixture<HTMLIFrameElement>(
        `<iframe src="${new URL(`./fixtures/reload.html?reload=${reload ? 1 : 0}`, import.meta.url).href}" title="Site page"></iframe>`,
      );
      await first;
      const store = (frame.contentWindow as Window & { store: ConsentStore }).store;
      return { store, loads: () => loads, stop: () => window.removeEventListener('message', counter) };
    };

    it('reloads the page after a withdrawal, not after a grant', async () => {
      const page = await load(true);
      page.store.update({ analytics: true });
      await settle(300);
      expect(page.loads()).to.equal(1);

      const reloaded = nextMessage<{ analytics: boolean }>((data) => data?.type === 'reload-fixture-loaded');
      page.store.update({ analytics: false });
      expect((await reloaded).analytics).to.equal(false);
      expect(page.loads()).to.equal(2);
      page.stop();
    });

    it('is off by default', async () => {
      const page = await load(false);
      page.store.update({ analytics: true });
      page.store.withdraw();
      await settle(300);
      expect(page.loads()).to.equal(1);
      page.stop();
    });
  });
});
