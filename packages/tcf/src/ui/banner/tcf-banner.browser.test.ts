import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '../test-commands.js';
import { hashShownContent } from '@assent/banner';
import { loadPurposeTexts } from '../../locales/purposes/load.js';
import { createTcfUi, type TcfUi } from '../create-tcf-ui.js';
import { decisions, deepActive, fakeController, type FakeController, until } from '../ui.test-helper.js';
import type { AssentTcfBanner } from './tcf-banner.component.js';
import { tcfShownContent } from '../shared/shown-registry.js';

let controller: FakeController;
let ui: TcfUi | undefined;

async function showBanner(options: Partial<Parameters<typeof createTcfUi>[1]> = {}): Promise<AssentTcfBanner> {
  ui = createTcfUi(controller, { privacyPolicyUrl: '/privacy', ...options });
  await ui.show();
  return document.querySelector('assent-tcf-banner')!;
}
const root = (banner: AssentTcfBanner) => banner.shadowRoot!;
const text = (banner: AssentTcfBanner, part: string) => root(banner).querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttons = (banner: AssentTcfBanner) => [...root(banner).querySelectorAll<HTMLButtonElement>('.actions button')];
const button = (banner: AssentTcfBanner, name: string) => root(banner).querySelector<HTMLButtonElement>(`[part~="${name}-button"]`)!;
const dialog = () => document.querySelector('assent-tcf-preferences');

describe('<assent-tcf-banner>', () => {
  beforeEach(async () => {
    controller = await fakeController();
  });
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    controller.destroy();
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('states the number of vendors, the stacks and purposes in use, special features, legitimate interest and scope', async () => {
    const banner = await showBanner();
    expect(text(banner, 'body')).to.contain('our 12 partners');
    const summary = [...root(banner).querySelectorAll('[part~=stack], [part~=purpose]')].map((item) => item.textContent!.trim());
    // Stacks summarise purposes: every purpose in use is named or covered by a named stack.
    expect(root(banner).querySelectorAll('[part~=stack]').length).to.be.greaterThan(0);
    const gvl = controller.gvl!;
    const covered = new Set([
      ...[...root(banner).querySelectorAll('[part~=stack]')].flatMap(
        (item) => Object.values(gvl.stacks).find((stack) => stack.name === item.textContent!.trim())!.purposes,
      ),
      ...[...root(banner).querySelectorAll('[part~=purpose]')].map(
        (item) => Object.values(gvl.purposes).find((purpose) => purpose.name === item.textContent!.trim())!.id,
      ),
    ]);
    expect([...covered].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 7, 8, 9, 10]);
    expect(summary.length).to.be.lessThan(8);
    // Vendors 32 and 2 declare special features 1 and 2: each is listed or inside a listed stack.
    const shownStacks = [...root(banner).querySelectorAll('[part~=stack]')].map(
      (item) => Object.values(gvl.stacks).find((stack) => stack.name === item.textContent!.trim())!,
    );
    const shownFeatures = [...root(banner).querySelectorAll('[part~=special-feature]')].map(
      (item) => Object.values(gvl.specialFeatures).find((f) => f.name === item.textContent!.trim())!.id,
    );
    expect([...new Set([...shownStacks.flatMap((stack) => stack.specialFeatures), ...shownFeatures])].sort()).to.deep.equal([1, 2]);
    // Special features are listed under their own heading, apart from the purposes.
    const [purposeList, featureList] = root(banner).querySelectorAll('ul[part~=summary]');
    for (const stack of shownStacks) {
      const list = stack.purposes.length ? purposeList : featureList;
      expect(list!.textContent, stack.name).to.contain(stack.name);
    }
    expect(featureList!.previousElementSibling!.textContent).to.equal('Special features (used only with your consent)');
    expect(text(banner, 'legitimate-interest')).to.contain('right to object');
    expect(text(banner, 'scope')).to.contain('this website only').and.contain('Manage options');
    expect(text(banner, 'vendor-list-link')).to.equal('See our 12 partners');
    expect(root(banner).querySelector('a[part~=privacy-link]')!.getAttribute('href')).to.equal('/privacy');
    expect(buttons(banner).map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Manage options']);
    expect(controller.calls).to.deep.equal([{ method: 'setUiVisible', visible: true }]);
  });

  it('counts only the configured vendors and drops the legitimate-interest notice when none claims it', async () => {
    controller = await fakeController({ vendors: [10] });
    const banner = await showBanner();
    expect(text(banner, 'body')).to.contain('We and our 1 partner store').and.not.contain('partners');
    expect(text(banner, 'vendor-list-link')).to.equal('See our 1 partner');
    expect(root(banner).querySelector('[part~=legitimate-interest]')).to.equal(null);
  });

  it("counts Google's Ad Tech Providers among the partners (they receive data under Additional Consent)", async () => {
    controller = await fakeController({ vendors: [10], googleAtpIds: [89, 2008] });
    const banner = await showBanner();
    expect(text(banner, 'body')).to.contain('We and our 3 partners store');
    expect(text(banner, 'vendor-list-link')).to.equal('See our 3 partners');
  });

  it('Accept all hands the decision to the controller with the hash of what was shown, then closes', async () => {
    const banner = await showBanner();
    const expectedHash = await hashShownContent(banner.shownContent()!);
    button(banner, 'accept').click();
    await until(() => decisions(controller).length);
    expect(decisions(controller)).to.deep.equal([{ method: 'acceptAll', context: { textHash: expectedHash, locale: 'en' } }]);
    expect(expectedHash).to.match(/^[0-9a-f]{64}$/);
    // The outbox can upload exactly what was shown under that hash.
    expect(tcfShownContent(expectedHash)!.texts).to.include('See our 12 partners');
    expect(banner.open).to.equal(false);
    expect(controller.calls.at(-1)).to.deep.equal({ method: 'setUiVisible', visible: false });
  });

  it('Reject all hands a refusal to the controller and closes', async () => {
    const banner = await showBanner({ locale: 'fr' });
    button(banner, 'reject').click();
    await until(() => decisions(controller).length);
    const [call] = decisions(controller);
    expect(call).to.include({ method: 'rejectAll' });
    expect(call && 'context' in call && call.context?.locale).to.equal('fr');
    expect(banner.open).to.equal(false);
  });

  it('a different screen gives a different hash (the vendor count is part of it)', async () => {
    const banner = await showBanner();
    const twelve = await hashShownContent(banner.shownContent()!);
    ui!.destroy();
    controller = await fakeController({ vendors: [10, 21] });
    const other = await showBanner();
    expect(await hashShownContent(other.shownContent()!)).to.not.equal(twelve);
  });

  it('Manage options opens the dialog, decides nothing; Escape closes it, focus returns, the banner stays', async () => {
    const banner = await showBanner();
    button(banner, 'customise').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog()?.isOpen);
    expect(banner.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog()!.isOpen);
    expect(deepActive()).to.equal(button(banner, 'customise'));
    expect(banner.open).to.equal(true);
    expect(decisions(controller)).to.deep.equal([]);
    expect(controller.calls.at(-1)).to.deep.equal({ method: 'setUiVisible', visible: true });
  });

  it('is reached in reading order by Tab: vendor list, privacy notice, then Accept all, Reject all, Manage options', async () => {
    const banner = await showBanner();
    root(banner).querySelector<HTMLButtonElement>('[part~=vendor-list-link]')!.focus();
    const order = [deepActive()!.getAttribute('part')];
    for (let step = 0; step < 4; step++) {
      await sendKeys({ press: 'Tab' });
      order.push(deepActive()!.getAttribute('part'));
    }
    expect(order).to.deep.equal(['vendor-list-link', 'privacy-link', 'button accept-button', 'button reject-button', 'button customise-button']);
    // Space works on the choice as on any button.
    await sendKeys({ press: 'Space' });
    await until(() => document.querySelector('assent-tcf-preferences')?.isOpen);
    expect(decisions(controller)).to.deep.equal([]);
  });

  it('the vendor-list link opens the dialog at the vendor list', async () => {
    const banner = await showBanner();
    root(banner).querySelector<HTMLButtonElement>('[part~=vendor-list-link]')!.click();
    await until(() => dialog()?.isOpen);
    await until(() => deepActive()?.id === 'vendors');
    expect(deepActive()!.textContent).to.contain('Partners');
  });

  it('offers Accept all, Reject all and Manage options with identical size and style', async () => {
    for (const width of [320, 390, 1280]) {
      await setViewport({ width, height: 800 });
      const banner = await showBanner();
      const properties = [
        'width',
        'height',
        'font-size',
        'font-weight',
        'color',
        'background-color',
        'border-top-width',
        'border-top-color',
        'border-radius',
        'padding-top',
        'padding-left',
        'opacity',
      ];
      const value = (b: HTMLElement, name: string) =>
        getComputedStyle(b)
          .getPropertyValue(name)
          .replace(/^(\d+\.\d+)px$/, (_, n: string) => `${Number(n).toFixed(1)}px`);
      const styles = buttons(banner).map((b) => properties.map((name) => `${name}: ${value(b, name)}`));
      expect(styles).to.have.length(3);
      expect(styles[1], `Reject at ${width}px`).to.deep.equal(styles[0]);
      expect(styles[2], `Manage options at ${width}px`).to.deep.equal(styles[0]);
      ui!.destroy();
    }
  });

  it('speaks French with the translated chrome', async () => {
    const banner = await showBanner({ locale: 'fr' });
    expect(banner.getAttribute('lang')).to.equal('fr');
    expect(text(banner, 'body')).to.contain('nos 12 partenaires');
    expect(buttons(banner).map((b) => b.textContent!.trim())).to.deep.equal(['Tout accepter', 'Tout refuser', 'Gérer les options']);
    expect(text(banner, 'vendor-list-link')).to.equal('Voir nos 12 partenaires');
    // Stacks and purposes in the IAB's French wording.
    const french = (await loadPurposeTexts('fr'))!;
    const names = new Set([...Object.values(french.stacks), ...Object.values(french.purposes)].map((entry) => entry.name));
    const listed = [...root(banner).querySelectorAll('[part~=stack], [part~=purpose]')].map((item) => item.textContent!.trim());
    expect(listed.length).to.be.greaterThan(0);
    for (const name of listed) expect(names.has(name), name).to.equal(true);
  });

  it('is right-to-left in Arabic', async () => {
    const banner = await showBanner({ locale: 'ar' });
    expect(banner.getAttribute('dir')).to.equal('rtl');
    expect(banner.getAttribute('lang')).to.equal('ar');
    expect(button(banner, 'accept').textContent!.trim()).to.equal('قبول الكل');
    expect(getComputedStyle(root(banner).querySelector('.title')!).direction).to.equal('rtl');
  });

  it('keeps page content that gets keyboard focus clear of the open layer (WCAG 2.4.11), and releases the space when closed', async () => {
    const page = document.createElement('div');
    page.innerHTML = '<div style="height: 150vh"></div><a href="#x" id="behind">a link</a><div style="height: 150vh"></div>';
    document.body.append(page);
    try {
      const banner = await showBanner();
      await until(() => document.documentElement.style.scrollPaddingBottom !== '');
      const link = page.querySelector<HTMLAnchorElement>('#behind')!;
      window.scrollTo(0, link.offsetTop - window.innerHeight + link.offsetHeight + 10);
      link.focus();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(link.getBoundingClientRect().bottom).to.be.at.most(banner.getBoundingClientRect().top);
      button(banner, 'reject').click();
      await until(() => !banner.open);
      await banner.updateComplete;
      expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    } finally {
      page.remove();
      window.scrollTo(0, 0);
    }
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const banner = await showBanner({ locale: 'de' });
    const box = root(banner).querySelector('[part=base]')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  for (const [label, locale, scheme] of [
    ['light', 'en', 'light'],
    ['dark', 'en', 'dark'],
    ['ar (RTL)', 'ar', 'light'],
  ] as const) {
    for (const width of [390, 1280]) {
      it(`has no axe violations: ${label} at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        await emulateMedia({ colorScheme: scheme });
        const banner = await showBanner({ locale });
        await new Promise((resolve) => setTimeout(resolve, 250)); // after the entry animation
        await expect(banner).to.be.accessible();
      });
    }
  }
});
