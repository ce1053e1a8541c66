import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConsentStore } from '@assent/core';
import { createConsentUi, type ConsentUi } from '../ui/create-ui.js';
import { clearConsentCookie, testStore, until } from '../ui/ui.test-helper.js';
import type { AssentBanner, Theme } from '../banner/banner.component.js';

// The theming contract of packages/banner/README.md: the --assent-* custom properties and the
// ::part() names are how sites restyle the UI, and the dark theme is a set of colours of its own.
// Each test compares rendered colours, so it fails when a property, a part or the dark values stop
// reaching the rendering.

let store: ConsentStore;
let ui: ConsentUi | undefined;
const added: Element[] = [];

async function showBanner(theme: Theme = 'light'): Promise<AssentBanner> {
  ui = createConsentUi(store, { privacyPolicyUrl: '/privacy', theme });
  await ui.show();
  return document.querySelector('assent-banner')!;
}
const part = (banner: AssentBanner, name: string) => banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const style = (element: Element) => getComputedStyle(element);
function pageStyle(css: string): void {
  const element = document.createElement('style');
  element.textContent = css;
  document.head.append(element);
  added.push(element);
}

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('theming', () => {
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
  });
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    store.destroy();
    clearConsentCookie();
    for (const element of added.splice(0)) element.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a --assent-* custom property set on the element changes the rendering', async () => {
    const banner = await showBanner();
    const accept = part(banner, 'accept-button');
    expect(style(accept).backgroundColor).to.equal('rgb(29, 79, 184)');
    banner.style.setProperty('--assent-accent', 'rgb(10, 90, 30)');
    banner.style.setProperty('--assent-accent-text', 'rgb(250, 250, 200)');
    banner.style.setProperty('--assent-background', 'rgb(255, 250, 240)');
    banner.style.setProperty('--assent-radius', '0px');
    // Every button alike: a custom accent cannot make Reject look different from Accept.
    for (const name of ['accept-button', 'reject-button', 'customise-button']) {
      expect(style(part(banner, name)).backgroundColor, name).to.equal('rgb(10, 90, 30)');
      expect(style(part(banner, name)).color, name).to.equal('rgb(250, 250, 200)');
    }
    expect(style(part(banner, 'base')).backgroundColor).to.equal('rgb(255, 250, 240)');
    expect(style(part(banner, 'base')).borderTopLeftRadius).to.equal('0px');
  });

  it('a page stylesheet sets custom properties on assent-banner, also for the dark theme alone', async () => {
    pageStyle('assent-banner { --assent-font-size: 20px; } assent-banner[theme=dark] { --assent-background: rgb(0, 0, 64); }');
    const banner = await showBanner();
    expect(style(banner).fontSize).to.equal('20px');
    expect(style(part(banner, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
    banner.theme = 'dark';
    await banner.updateComplete;
    expect(style(part(banner, 'base')).backgroundColor).to.equal('rgb(0, 0, 64)');
  });

  it('a ::part() rule of the page restyles the part it names, and only that one', async () => {
    const banner = await showBanner();
    const before = style(part(banner, 'reject-button')).backgroundColor;
    pageStyle(
      'assent-banner::part(accept-button) { background: rgb(200, 0, 0); } assent-banner::part(title) { font-size: 30px; } assent-banner::part(base) { border-top-width: 5px; }',
    );
    expect(style(part(banner, 'accept-button')).backgroundColor).to.equal('rgb(200, 0, 0)');
    expect(style(part(banner, 'reject-button')).backgroundColor).to.equal(before);
    expect(style(part(banner, 'title')).fontSize).to.equal('30px');
    expect(style(part(banner, 'base')).borderTopWidth).to.equal('5px');
    pageStyle('assent-banner::part(button) { text-transform: uppercase; }');
    for (const name of ['accept-button', 'reject-button', 'customise-button']) expect(style(part(banner, name)).textTransform, name).to.equal('uppercase');
  });

  const expectDark = (banner: AssentBanner, label: string) => {
    const base = part(banner, 'base');
    expect(luminance(style(base).backgroundColor), `${label}: background`).to.be.below(0.05);
    expect(luminance(style(part(banner, 'title')).color), `${label}: title`).to.be.above(0.8);
    expect(luminance(style(part(banner, 'body')).color), `${label}: body text`).to.be.above(0.5);
    expect(luminance(style(part(banner, 'privacy-link')).color), `${label}: link`).to.be.above(0.4);
    // Dark-on-light buttons: a light accent with dark text.
    expect(luminance(style(part(banner, 'accept-button')).backgroundColor), `${label}: button`).to.be.above(0.4);
    expect(luminance(style(part(banner, 'accept-button')).color), `${label}: button text`).to.be.below(0.05);
    expect(style(base).colorScheme, `${label}: color-scheme`).to.equal('dark');
  };
  const expectLight = (banner: AssentBanner, label: string) => {
    expect(luminance(style(part(banner, 'base')).backgroundColor), `${label}: background`).to.be.above(0.9);
    expect(luminance(style(part(banner, 'title')).color), `${label}: title`).to.be.below(0.05);
  };

  it('theme="dark" gives a dark box with light text, whatever the colour scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expectDark(await showBanner('dark'), 'dark');
  });

  it('theme="auto" follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const banner = await showBanner('auto');
    expectDark(banner, 'auto, dark scheme');
    await emulateMedia({ colorScheme: 'light' });
    expectLight(banner, 'auto, light scheme');
  });

  it('theme="light" stays light under a dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expectLight(await showBanner('light'), 'light');
  });

  it('the preferences dialog takes the dark theme too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await showBanner('auto');
    await ui!.showPreferences();
    const preferences = document.querySelector('assent-preferences')!;
    await until(() => preferences.shadowRoot!.querySelector('dialog[open]'));
    const dialog = preferences.shadowRoot!.querySelector('dialog')!;
    expect(luminance(style(dialog).backgroundColor)).to.be.below(0.05);
    expect(luminance(style(preferences.shadowRoot!.querySelector('[part=title]')!).color)).to.be.above(0.8);
    expect(luminance(style(preferences.shadowRoot!.querySelector('[part~=save-button]')!).backgroundColor)).to.be.above(0.4);
  });
});
