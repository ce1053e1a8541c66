import { expect } from '@open-wc/testing';
import type { AssentBanner } from '../banner/banner.component.js';
import type { AssentGlobal } from './start.js';
import { clearConsentCookie, until } from '../ui/ui.test-helper.js';

// The script tag loaded the way the README documents it, `async`, so it runs at whatever point the
// page's parse has reached: in <head> before <body> exists, or long after the load event. Each case
// is its own page (an iframe of this origin), with the entry as a module script: `async` module and
// classic scripts run at the same moments.
interface StartReport {
  at: number;
  readyState: DocumentReadyState;
  bodyExisted: boolean;
}
type AsyncPage = Window & {
  assent?: AssentGlobal;
  report: { uncaught: string[]; consoleErrors: unknown[][]; start?: StartReport };
  gatedRan?: boolean;
  addedRan?: boolean;
  heldScriptRan?: number;
};

let frame: HTMLIFrameElement | undefined;
let pages = 0;
async function openPage(mode: 'head' | 'late'): Promise<AsyncPage> {
  frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.src = new URL(`./fixtures/async-page.html?mode=${mode}&id=${Date.now()}-${pages++}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as AsyncPage;
}
// From sources the entry's loadUi() imports the module that the build turns into assent-ui.js.
const UI_MODULE = '/script-tag/ui-entry.ts';
// The test server may add a query to module URLs.
const fetched = (page: AsyncPage, file: string) => page.performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.endsWith(file));
const bannerOf = (page: AsyncPage) => page.document.querySelector<AssentBanner>('assent-banner');

async function acceptAll(page: AsyncPage) {
  const banner = bannerOf(page)!;
  await banner.updateComplete;
  banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
}

/** A gated script the page adds after the script tag started, as site code or a tag manager may. */
function addGatedScript(page: AsyncPage) {
  const script = page.document.createElement('script');
  script.type = 'text/plain';
  script.dataset.consent = 'analytics';
  script.textContent = 'window.addedRan = true;';
  page.document.body.append(script);
}

describe('script tag loaded async', () => {
  beforeEach(clearConsentCookie);
  afterEach(() => {
    frame?.remove();
    clearConsentCookie();
  });

  it('in <head>, before <body> exists: fetches the UI while the page is still parsed, then shows the banner and gates the scripts below it', async () => {
    const page = await openPage('head');
    await until(() => bannerOf(page)?.open, 8000);
    const start = page.report.start!;
    expect(start.bodyExisted, 'the script tag ran before <body> existed').to.equal(false);
    expect(start.readyState).to.equal('loading');

    // The banner's chunk is requested by the script tag itself, not after the rest of the page is
    // parsed: before DOMContentLoaded, which the held script delays by 300 ms at least.
    const [navigation] = page.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const ui = fetched(page, UI_MODULE);
    expect(ui, 'the UI fetched').to.not.equal(undefined);
    expect(page.heldScriptRan! - start.at).to.be.greaterThan(250);
    expect(ui!.startTime, 'UI requested before DOMContentLoaded').to.be.lessThan(navigation!.domContentLoadedEventStart);
    expect(ui!.startTime, 'UI requested before the rest of the page was parsed').to.be.lessThan(page.heldScriptRan!);

    // The banner is the body's first child even though the body did not exist when the script ran.
    expect(page.document.body.firstElementChild?.localName).to.equal('assent-banner');
    expect(page.gatedRan).to.equal(undefined);
    addGatedScript(page);
    await acceptAll(page);
    await until(() => page.gatedRan && page.addedRan);
    expect(page.assent!.granted('analytics')).to.equal(true);
    expect(page.report.uncaught).to.deep.equal([]);
    expect(page.report.consoleErrors).to.deep.equal([]);
  });

  it('after the load event: starts, shows the banner and gates scripts parsed before it and added after it', async () => {
    const page = await openPage('late');
    await until(() => bannerOf(page)?.open, 8000);
    expect(page.report.start!.readyState).to.equal('complete');
    expect(page.gatedRan).to.equal(undefined);
    addGatedScript(page);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.addedRan, 'blocked until a choice').to.equal(undefined);
    await acceptAll(page);
    await until(() => page.gatedRan && page.addedRan);
    expect(page.report.uncaught).to.deep.equal([]);
    expect(page.report.consoleErrors).to.deep.equal([]);
  });

  it('after the load event, for a returning visitor: applies the stored choice to scripts already in the page and fetches no UI', async () => {
    const first = await openPage('late');
    await until(() => bannerOf(first)?.open, 8000);
    await acceptAll(first);
    await until(() => first.gatedRan);
    frame!.remove();

    const page = await openPage('late');
    await until(() => page.gatedRan, 8000);
    addGatedScript(page);
    await until(() => page.addedRan);
    expect(fetched(page, UI_MODULE)).to.equal(undefined);
    expect(bannerOf(page)).to.equal(null);
    expect(page.report.uncaught).to.deep.equal([]);
  });
});
