import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ConsentStore } from '@assent/core';
import { createConsentUi, type ConsentUi } from '../ui/create-ui.js';
import { LOCALES } from '../locales/pick-locale.js';
import { loadLocale } from '../locales/load-locale.js';
import { clearConsentCookie, testStore, until } from '../ui/ui.test-helper.js';
import type { AssentBanner } from './banner.component.js';

// The smallest phone the issue measured (iPhone SE 1st gen): the first layer may cover at most half
// of it in every shipped locale — vanilla-cookieconsent v3 covers 58 % there — while still saying
// everything the first layer must (purpose, that refusing is possible, the notice, the choices).
const PHONE = { width: 320, height: 568 };

let store: ConsentStore;
let ui: ConsentUi | undefined;

async function show(locale: string): Promise<AssentBanner> {
  ui = createConsentUi(store, { privacyPolicyUrl: '/privacy', locale });
  await ui.show();
  const banner = document.querySelector<AssentBanner>('assent-banner')!;
  // Measured where it comes to rest, not mid-way through its entrance.
  await Promise.all(banner.shadowRoot!.getAnimations().map((animation) => animation.finished));
  return banner;
}

const inViewport = (box: DOMRect) => box.top >= 0 && box.left >= 0 && box.bottom <= PHONE.height && box.right <= PHONE.width;

describe('<assent-banner> on a 320 × 568 phone', () => {
  beforeEach(async () => {
    clearConsentCookie();
    store = testStore();
    await setViewport(PHONE);
  });
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    store.destroy();
    clearConsentCookie();
    await setViewport({ width: 1280, height: 800 });
  });

  for (const locale of LOCALES) {
    it(`covers at most half the screen in ${locale}, with all of its text and three equal 44 px buttons in view`, async () => {
      const messages = await loadLocale(locale);
      const banner = await show(locale);
      const root = banner.shadowRoot!;
      const base = root.querySelector<HTMLElement>('[part=base]')!;
      const box = base.getBoundingClientRect();
      const coverage = (box.width * box.height) / (PHONE.width * PHONE.height);
      expect(coverage, `${locale}: ${Math.round(box.width)} × ${Math.round(box.height)} px, ${(coverage * 100).toFixed(1)} % of the screen`).to.be.at.most(0.5);

      // Nothing is cut off or left to scroll to: the box needs no scrolling and lies in the viewport.
      expect(base.scrollHeight, 'banner scrolls').to.be.at.most(base.clientHeight);
      expect(inViewport(box), 'banner in the viewport').to.equal(true);
      // What the first layer must say is all there, not shortened by the layout.
      expect(root.querySelector('[part=title]')!.textContent).to.equal(messages.banner.title);
      expect(root.querySelector('[part=body]')!.textContent).to.contain(messages.banner.body);
      expect(root.querySelector('a[part=privacy-link]')!.textContent).to.equal(messages.privacyLink);

      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
        messages.actions.acceptAll,
        messages.actions.rejectAll,
        messages.actions.customise,
      ]);
      const sizes = buttons.map((button) => button.getBoundingClientRect());
      for (const [index, size] of sizes.entries()) {
        expect(size.height, `${buttons[index]!.textContent!.trim()} height`).to.be.at.least(44);
        expect(size.width, `${buttons[index]!.textContent!.trim()} width`).to.be.at.least(44);
        expect(Math.abs(size.width - sizes[0]!.width), 'equal widths').to.be.below(0.1);
        expect(Math.abs(size.height - sizes[0]!.height), 'equal heights').to.be.below(0.1);
        expect(inViewport(size), 'button in view').to.equal(true);
        // A label wider than its button would be clipped or spill over its neighbour.
        expect(buttons[index]!.scrollWidth, `${buttons[index]!.textContent!.trim()} overflows`).to.be.at.most(buttons[index]!.clientWidth);
        expect(getComputedStyle(buttons[index]!).fontWeight).to.equal(getComputedStyle(buttons[0]!).fontWeight);
      }
    });
  }

  describe('the preferences dialog', () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      it(`keeps its three buttons under a third of its height and leaves no blank area when scrolled (${locale})`, async () => {
        await show(locale);
        await ui!.showPreferences();
        const preferences = document.querySelector('assent-preferences')!;
        await until(() => preferences.shadowRoot!.querySelector('dialog[open]'));
        const root = preferences.shadowRoot!;
        await Promise.all(root.getAnimations().map((animation) => animation.finished));
        const dialog = root.querySelector('dialog')!.getBoundingClientRect();
        const footer = root.querySelector<HTMLElement>('[part=footer]')!;
        const footerBox = footer.getBoundingClientRect();
        expect(footer.querySelectorAll('button')).to.have.length(3);
        // The limit is a third; stacked one per row they took just under it (181 of 552 px),
        // two to a row they take under a quarter, leaving the categories the room.
        expect(footerBox.height, 'footer height').to.be.at.most(dialog.height / 4);
        for (const button of footer.querySelectorAll('button')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
        expect(dialog.bottom).to.be.at.most(PHONE.height);

        // Scrolled to its end, the body's last content reaches the buttons: no empty band between
        // them, and none below the buttons inside the dialog.
        const body = root.querySelector<HTMLElement>('[part=body]')!;
        expect(body.scrollHeight, 'the body needs scrolling at 320 × 568').to.be.above(body.clientHeight);
        body.scrollTop = body.scrollHeight;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const bodyBox = body.getBoundingClientRect();
        const last = body.lastElementChild!.getBoundingClientRect();
        expect(bodyBox.bottom - last.bottom, 'blank space under the last category').to.be.at.most(24);
        expect(Math.abs(footerBox.top - bodyBox.bottom), 'gap between body and buttons').to.be.below(1);
        expect(dialog.bottom - footerBox.bottom, 'blank space under the buttons').to.be.at.most(2);
      });
    }
  });
});
