import { expect } from '@open-wc/testing';
import type { AssentBanner } from '../banner/banner.component.js';
import type { AssentGlobal } from './start.js';
import { clearConsentCookie, until } from '../ui/ui.test-helper.js';

// The script tag itself (assent.ts, as a page loads it) on a page whose state was set up before it
// ran, as an init script would: storage globals that throw, a malformed window.assentConfig.
// Each case is its own page (an iframe of this origin: its own globals, this origin's cookies).
interface Report {
  uncaught: string[];
  consoleErrors: unknown[][];
  assentErrors: unknown[];
}
type HostilePage = Window & { assent?: AssentGlobal; report: Report; gatedRan?: boolean };

let frame: HTMLIFrameElement | undefined;
async function openPage(query: string): Promise<HostilePage> {
  frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.src = new URL(`./fixtures/hostile-page.html?${query}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as HostilePage;
}
const bannerOf = (page: HostilePage) => page.document.querySelector<AssentBanner>('assent-banner');
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('script tag on a page whose storage globals throw', () => {
  beforeEach(clearConsentCookie);
  afterEach(() => {
    frame?.remove();
    clearConsentCookie();
  });

  for (const block of [
    'indexedDB',
    'localStorage',
    'sessionStorage',
    'BroadcastChannel',
    'cookie',
    'cookie-get',
    'cookie-set',
    'indexedDB,localStorage,sessionStorage,BroadcastChannel,cookie',
  ]) {
    it(`starts, shows the banner and keeps gated scripts blocked until a choice (${block})`, async () => {
      const page = await openPage(`block=${block}`);
      await until(() => bannerOf(page)?.open);
      const assent = page.assent!;
      expect(assent.error).to.equal(undefined);
      expect(assent.needsDecision).to.equal(true);
      expect(assent.granted('analytics')).to.equal(false);
      expect(page.gatedRan).to.equal(undefined);

      // The store fell back (to memory where storage is blocked): a choice still applies at once.
      const banner = bannerOf(page)!;
      await banner.updateComplete;
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
      await until(() => page.gatedRan);
      expect(assent.granted('analytics')).to.equal(true);
      await settle(100);
      expect(page.report.uncaught).to.deep.equal([]);
      expect(page.report.consoleErrors).to.deep.equal([]);
      expect(page.report.assentErrors).to.deep.equal([]);
    });
  }
});

describe('script tag with a malformed window.assentConfig', () => {
  beforeEach(clearConsentCookie);
  afterEach(() => {
    frame?.remove();
    clearConsentCookie();
  });

  const cases: Array<[config: string, fields: string[] | undefined]> = [
    ['unknown-option', ['revison']],
    ['wrong-types', ['categories', 'expiresAfterDays', 'region']],
    ['bad-service', ['services[0].category']],
    ['string', ['assentConfig']],
    ['number', ['assentConfig']],
    ['boolean', ['assentConfig']],
    ['array', ['assentConfig']],
    ['null', ['assentConfig']],
    ['javascript-privacy-url', ['privacyPolicyUrl']],
    ['data-sync-endpoint', ['syncEndpoint']],
    ['javascript-service-url', ['services[0].privacyPolicyUrl']],
    // Reading window.assentConfig itself throws: not a config error, and it fails closed the same way.
    ['throwing-getter', undefined],
  ];
  for (const [config, fields] of cases) {
    it(`fails closed, reports the error and still gives site code a window.assent (${config})`, async () => {
      const page = await openPage(`config=${config}`);
      await until(() => page.report.assentErrors.length);
      const assent = page.assent!;
      expect(assent, 'window.assent').to.not.equal(undefined);

      // Reported loudly: on the console and as assent:error, with the error itself.
      expect(page.report.assentErrors).to.have.length(1);
      const [error] = page.report.assentErrors as Array<Error & { issues?: Array<{ field: string }> }>;
      expect(assent.error).to.equal(error);
      expect(page.report.consoleErrors).to.deep.equal([[error]]);
      if (fields) {
        expect(error!.name).to.equal('ConsentConfigError');
        expect(error!.issues!.map((issue) => issue.field).sort()).to.deep.equal(fields);
      } else {
        expect(error!.name).to.equal('SecurityError');
      }

      // Nothing but necessary, whatever site code calls; nothing throws, nothing is shown.
      expect([
        assent.granted('necessary'),
        assent.granted('analytics'),
        assent.granted('functional'),
        assent.granted('advertising'),
        assent.granted('matomo'),
      ]).to.deep.equal([true, false, false, false, false]);
      expect([assent.state, assent.needsDecision, assent.status]).to.deep.equal([undefined, true, 'none']);
      expect(assent.config.categories).to.deep.equal(['necessary']);
      let ran = 0;
      assent.onGranted('analytics', () => ran++);
      assent.onGranted('necessary', () => ran++);
      const unsubscribe = assent.subscribe(() => ran++);
      assent.acceptAll();
      assent.update({ analytics: true });
      assent.rejectAll();
      assent.withdraw();
      unsubscribe();
      await assent.show();
      await assent.showPreferences();
      await assent.ready;
      expect(await assent.history()).to.deep.equal([]);
      assent.page.setEmbedTexts({ button: 'x' });
      assent.page.stop();
      expect(ran, 'only the onGranted of necessary ran').to.equal(1);
      expect(assent.granted('analytics')).to.equal(false);
      expect(assent.state).to.equal(undefined);
      await settle();
      expect(page.document.querySelector('assent-banner, assent-preferences'), 'no banner, no dialog').to.equal(null);
      expect(page.gatedRan).to.equal(undefined);
      expect(page.document.cookie).to.not.include('assent=');
      expect(page.report.uncaught).to.deep.equal([]);
      assent.destroy();
    });
  }
});
