import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { ConsentStore } from '@assent/core';
import { createConsentUi, type ConsentUi } from '../ui/create-ui.js';
import { LOCALES } from '../locales/pick-locale.js';
import { loadLocale } from '../locales/load-locale.js';
import { hashShownContent } from '../text-hash/index.js';
import { clearConsentCookie, testStore, until } from '../ui/ui.test-helper.js';
import type { AssentBanner } from './banner.component.js';

let store: ConsentStore;
let ui: ConsentUi | undefined;

async function showBanner(options: Parameters<typeof createConsentUi>[1] = {}): Promise<AssentBanner> {
  ui = createConsentUi(store, { privacyPolicyUrl: '/privacy', ...options });
  await ui.show();
  return document.querySelector('assent-banner')!;
}
const buttons = (banner: AssentBanner) => [...banner.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const button = (banner: AssentBanner, name: string) => banner.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}-button"]`)!;

describe('<assent-banner>', () => {
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
  });
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    store.destroy();
    clearConsentCookie();
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const code of LOCALES) {
    it(`renders in ${code} with its own lang and dir`, async () => {
      const messages = await loadLocale(code);
      const banner = await showBanner({ locale: code });
      expect(banner.getAttribute('lang')).to.equal(code);
      expect(banner.getAttribute('dir')).to.equal(code === 'ar' ? 'rtl' : 'ltr');
      const root = banner.shadowRoot!;
      expect(root.querySelector('[part=title]')!.textContent).to.equal(messages.banner.title);
      expect(root.querySelector('[part=body]')!.textContent).to.contain(messages.banner.body);
      expect(root.querySelector('a[part=privacy-link]')!.getAttribute('href')).to.equal('/privacy');
      expect(buttons(banner).map((b) => b.textContent!.trim())).to.deep.equal([
        messages.actions.acceptAll,
        messages.actions.rejectAll,
        messages.actions.customise,
      ]);
    });
  }

  it('keeps page content that gets keyboard focus clear of the open banner (WCAG 2.4.11)', async () => {
    const page = document.createElement('div');
    page.setAttribute('data-test', '');
    page.innerHTML = '<div style="height: 150vh"></div><a href="#x" id="behind">a link</a><div style="height: 150vh"></div>';
    document.body.append(page);
    try {
      const banner = await showBanner();
      await until(() => document.documentElement.style.scrollPaddingBottom !== '');
      const link = page.querySelector<HTMLAnchorElement>('#behind')!;
      // Put the link right where the fixed banner sits, then focus it as Tab would.
      window.scrollTo(0, link.offsetTop - window.innerHeight + link.offsetHeight + 10);
      link.focus();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(link.getBoundingClientRect().bottom).to.be.at.most(banner.getBoundingClientRect().top);
      banner.open = false;
      await banner.updateComplete;
      expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    } finally {
      page.remove();
      window.scrollTo(0, 0);
    }
  });

  it('never inserts a text as HTML', async () => {
    const banner = await showBanner({ texts: { en: { banner: { title: '<img src=x onerror=alert(1)>' } } } });
    expect(banner.shadowRoot!.querySelector('img')).to.equal(null);
    expect(banner.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('Accept all grants everything, records the hash of what was shown, and closes', async () => {
    const banner = await showBanner();
    const expectedHash = await hashShownContent(banner.shownContent()!);
    button(banner, 'accept').click();
    await until(() => store.state);
    expect(store.state!.method).to.equal('accept-all');
    expect(store.state!.textHash).to.equal(expectedHash);
    expect(expectedHash).to.match(/^[0-9a-f]{64}$/);
    expect(store.state!.locale).to.equal('en');
    expect(store.granted('analytics') && store.granted('advertising') && store.granted('functional')).to.equal(true);
    expect(banner.open).to.equal(false);
    expect(getComputedStyle(banner).display).to.equal('none');
  });

  it('Reject all grants only necessary and closes', async () => {
    const banner = await showBanner({ locale: 'fr' });
    button(banner, 'reject').click();
    await until(() => store.state);
    expect(store.state!.method).to.equal('reject-all');
    expect(store.state!.locale).to.equal('fr');
    expect(store.granted('necessary')).to.equal(true);
    expect(store.granted('analytics') || store.granted('functional') || store.granted('advertising')).to.equal(false);
    expect(banner.open).to.equal(false);
  });

  it('Customise opens the preferences dialog and decides nothing', async () => {
    const banner = await showBanner();
    button(banner, 'customise').click();
    await until(() => document.querySelector('assent-preferences')?.isOpen);
    expect(store.needsDecision).to.equal(true);
    expect(banner.open).to.equal(true);
  });

  it('offers Accept, Reject and Customise with identical size, style and contrast', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const banner = await showBanner();
      const properties = [
        'width',
        'height',
        'font-size',
        'font-weight',
        'font-family',
        'color',
        'background-color',
        'border-top-width',
        'border-top-color',
        'border-radius',
        'padding-top',
        'padding-left',
        'text-decoration-line',
        'opacity',
      ];
      // Sizes are compared to a tenth of a pixel: grid columns may differ by layout rounding (1/64 px).
      const value = (b: HTMLElement, name: string) =>
        getComputedStyle(b)
          .getPropertyValue(name)
          .replace(/^(\d+\.\d+)px$/, (_, n: string) => `${Number(n).toFixed(1)}px`);
      const styles = buttons(banner).map((b) => properties.map((name) => `${name}: ${value(b, name)}`));
      expect(styles).to.have.length(3);
      expect(styles[1], `Reject at ${width}px`).to.deep.equal(styles[0]);
      expect(styles[2], `Customise at ${width}px`).to.deep.equal(styles[0]);
      for (const b of buttons(banner)) {
        const box = b.getBoundingClientRect();
        expect(box.width >= 24 && box.height >= 24, 'target size').to.equal(true);
      }
      ui!.destroy();
    }
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const banner = await showBanner({ locale: 'de' });
    const box = banner.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('is an opt-out notice with "Do not sell or share" in opt-out regimes', async () => {
    store.destroy();
    store = testStore({ region: 'US-CA' });
    const banner = await showBanner();
    expect(banner.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Your privacy choices');
    const doNotSell = button(banner, 'do-not-sell');
    expect(doNotSell.textContent!.trim()).to.equal('Do not sell or share my personal information');
    expect(store.granted('advertising')).to.equal(true);
    doNotSell.click();
    await until(() => store.state);
    expect(store.granted('advertising')).to.equal(false);
    expect(store.granted('analytics')).to.equal(true);
    expect(store.state!.textHash).to.match(/^[0-9a-f]{64}$/);
  });

  it('says the opt-out was honoured when a GPC signal is on', async () => {
    store.destroy();
    store = testStore({ region: 'US-CA', gpc: true });
    await Promise.resolve(); // the store records the GPC opt-out in a microtask
    expect(store.state!.method).to.equal('gpc');
    const banner = await showBanner();
    expect(banner.shadowRoot!.querySelector('[part=note]')!.textContent).to.contain('Opt-out honoured');
    expect(button(banner, 'do-not-sell')).to.equal(null);
    button(banner, 'dismiss').click();
    await banner.updateComplete;
    expect(banner.open).to.equal(false);
    expect(store.state!.method).to.equal('gpc');
  });

  it('closes when a decision is made elsewhere (dialog, other tab, API)', async () => {
    const banner = await showBanner();
    store.rejectAll();
    await banner.updateComplete;
    expect(banner.open).to.equal(false);
  });

  for (const [label, locale, scheme] of [
    ['light', 'en', 'light'],
    ['dark', 'en', 'dark'],
    ['ar (RTL)', 'ar', 'light'],
    ['ja', 'ja', 'dark'],
  ] as const) {
    for (const width of [320, 1280]) {
      it(`has no axe violations: ${label} at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        await emulateMedia({ colorScheme: scheme });
        const banner = await showBanner({ locale, theme: 'auto' });
        await expect(banner).to.be.accessible();
      });
    }
  }
});
