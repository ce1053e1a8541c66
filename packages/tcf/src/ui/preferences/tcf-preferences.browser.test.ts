import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '../test-commands.js';
import type { TcfChoices } from '../../types.js';
import { loadPurposeTexts } from '../../locales/purposes/load.js';
import { createTcfUi, type TcfUi } from '../create-tcf-ui.js';
import { decisions, deepActive, fakeController, type FakeController, noChoices, until } from '../ui.test-helper.js';
import type { AssentTcfPreferences } from './tcf-preferences.component.js';

let controller: FakeController;
let ui: TcfUi | undefined;
let opener: HTMLButtonElement;

async function openDialog(options: Partial<Parameters<typeof createTcfUi>[1]> = {}): Promise<AssentTcfPreferences> {
  ui = createTcfUi(controller, { privacyPolicyUrl: '/privacy', ...options });
  opener.focus();
  await ui.showPreferences(opener);
  const element = document.querySelector('assent-tcf-preferences')!;
  await until(() => element.isOpen);
  return element;
}
const $ = <T extends HTMLElement = HTMLElement>(element: AssentTcfPreferences, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const toggle = (element: AssentTcfPreferences, id: string) => $<HTMLInputElement>(element, `#${id}`);
const checked = (element: AssentTcfPreferences, prefix: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[id^="${prefix}-"]`)]
    .filter((input) => input.checked)
    .map((input) => Number(input.id.split('-')[1]))
    .sort((a, b) => a - b);
const vendor = (element: AssentTcfPreferences, id: number) => $(element, `[data-vendor="${id}"]`);
const textOf = (element: HTMLElement) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('<assent-tcf-preferences>', () => {
  beforeEach(async () => {
    controller = await fakeController();
    opener = Object.assign(document.createElement('button'), { textContent: 'Privacy settings' });
    document.body.append(opener);
  });
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    controller.destroy();
    opener.remove();
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('before any decision: every consent off, every legitimate interest on (not objected)', async () => {
    const dialog = await openDialog();
    expect(checked(dialog, 'purposeConsents')).to.deep.equal([]);
    expect(checked(dialog, 'specialFeatureOptins')).to.deep.equal([]);
    expect(checked(dialog, 'vendorConsents')).to.deep.equal([]);
    // Purposes 2, 7, 8, 9, 10 are claimed on legitimate interest by some fixture vendor.
    expect(checked(dialog, 'purposeLegitimateInterests')).to.deep.equal([2, 7, 8, 9, 10]);
    expect(checked(dialog, 'vendorLegitimateInterests')).to.deep.equal([21, 28, 52, 755, 1126]);
    // A switch to object only where legitimate interest is claimed; a consent switch only where asked.
    expect(dialog.shadowRoot!.querySelector('#purposeLegitimateInterests-1')).to.equal(null);
    expect(dialog.shadowRoot!.querySelector('#vendorLegitimateInterests-10')).to.equal(null);
    expect(dialog.shadowRoot!.querySelector('#vendorConsents-1126')).to.equal(null);
    expect(toggle(dialog, 'site-analytics').checked).to.equal(false);
  });

  it('shows the decision in effect', async () => {
    const choices: TcfChoices = { ...noChoices(), purposeConsents: [1, 3], purposeLegitimateInterests: [7], vendorConsents: [755], specialFeatureOptins: [2] };
    controller = await fakeController({}, choices);
    const dialog = await openDialog();
    expect(checked(dialog, 'purposeConsents')).to.deep.equal([1, 3]);
    expect(checked(dialog, 'purposeLegitimateInterests')).to.deep.equal([7]);
    expect(checked(dialog, 'vendorConsents')).to.deep.equal([755]);
    expect(checked(dialog, 'vendorLegitimateInterests')).to.deep.equal([]);
    expect(checked(dialog, 'specialFeatureOptins')).to.deep.equal([2]);
  });

  it('Save hands exactly the switched choices and the site categories to the controller', async () => {
    const dialog = await openDialog();
    for (const id of [
      'purposeConsents-1',
      'purposeConsents-3',
      'vendorConsents-755',
      'purposeLegitimateInterests-8',
      'vendorLegitimateInterests-21',
      'specialFeatureOptins-1',
      'site-analytics',
    ])
      toggle(dialog, id).click();
    $(dialog, '[part~=save-button]').click();
    await until(() => decisions(controller).length);
    const [call] = decisions(controller);
    if (call?.method !== 'save') throw new Error(`expected save, got ${call?.method}`);
    expect(call.choices).to.deep.equal({
      purposeConsents: [1, 3],
      purposeLegitimateInterests: [2, 7, 9, 10],
      specialFeatureOptins: [1],
      vendorConsents: [755],
      vendorLegitimateInterests: [28, 52, 755, 1126],
      publisherConsents: [],
      publisherLegitimateInterests: [],
      googleAtpConsents: [],
    });
    expect(call.siteChoices).to.deep.equal({ necessary: true, functional: false, analytics: true, advertising: false });
    expect(call.context!.textHash).to.match(/^[0-9a-f]{64}$/);
    expect(call.context!.locale).to.equal('en');
    await until(() => !dialog.isOpen);
    expect(controller.calls.at(-1)).to.deep.equal({ method: 'setUiVisible', visible: false });
    expect($(dialog, '[part~=status]').textContent).to.equal('Preferences saved');
  });

  it('Accept all and Reject all in the dialog go to the controller as such', async () => {
    let dialog = await openDialog();
    $(dialog, '[part~=accept-button]').click();
    await until(() => decisions(controller).length === 1);
    await until(() => !dialog.isOpen);
    await ui!.showPreferences(opener);
    dialog = document.querySelector('assent-tcf-preferences')!;
    $(dialog, '[part~=reject-button]').click();
    await until(() => decisions(controller).length === 2);
    expect(decisions(controller).map((call) => call.method)).to.deep.equal(['acceptAll', 'rejectAll']);
  });

  it("names each vendor's purposes, retention, data categories, storage and policy links", async () => {
    const dialog = await openDialog();
    const google = vendor(dialog, 755);
    expect(textOf(google.querySelector('summary')!)).to.equal('Google Advertising Products');
    const facts = textOf(google);
    expect(facts).to.contain('Retention: 548 days');
    // Per-purpose retention (purposes 3 and 4: 180 days; special purpose 1: 1096 days).
    expect(facts).to.contain(`${controller.gvl!.purposes[3]!.name} (Retention: 180 days)`);
    expect(facts).to.contain(`${controller.gvl!.specialPurposes[1]!.name} (Retention: 1,096 days)`);
    for (const id of controller.gvl!.vendors[755]!.dataDeclaration!) expect(facts).to.contain(controller.gvl!.dataCategories![id]!.name);
    expect(facts).to.contain('Cookies last up to 396 days');
    expect(facts).to.contain('Also stores or reads information by other means');
    expect(google.querySelector('[part~=vendor-privacy-link]')!.getAttribute('href')).to.equal('https://business.safety.google/privacy/');
    expect(google.querySelector('[part~=vendor-legint-link]')!.getAttribute('href')).to.equal('https://policies.google.com/privacy#europeanrequirements');
    // No legitimate-interest claim link for a vendor that claims none.
    expect(vendor(dialog, 10).querySelector('[part~=vendor-legint-link]')).to.equal(null);
    expect(textOf(vendor(dialog, 10))).to.not.contain('Also stores or reads');
  });

  it('finds vendors by name', async () => {
    const dialog = await openDialog();
    const search = $<HTMLInputElement>(dialog, '[part~=vendor-search]');
    search.value = 'trade';
    search.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    const visible = [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[part~=vendor]')].filter((element) => !element.hidden);
    expect(visible.map((element) => element.dataset.vendor)).to.deep.equal(['21']);
  });

  it("lists the publisher's own purposes and Google's ATPs when configured", async () => {
    controller = await fakeController({ publisherPurposes: { consent: [1], legitimateInterest: [7] }, googleAtpIds: [89, 2008] });
    const dialog = await openDialog();
    expect(toggle(dialog, 'publisherConsents-1').checked).to.equal(false);
    expect(toggle(dialog, 'publisherLegitimateInterests-7').checked).to.equal(true);
    expect(textOf($(dialog, '[part~=google-atp]'))).to.contain('Provider #89');
    toggle(dialog, 'googleAtpConsents-2008').click();
    toggle(dialog, 'publisherConsents-1').click();
    $(dialog, '[part~=save-button]').click();
    await until(() => decisions(controller).length);
    const [call] = decisions(controller);
    if (call?.method !== 'save') throw new Error('expected save');
    expect(call.choices.googleAtpConsents).to.deep.equal([2008]);
    expect(call.choices.publisherConsents).to.deep.equal([1]);
    expect(call.choices.publisherLegitimateInterests).to.deep.equal([7]);
  });

  it('works by keyboard alone: Tab reaches a switch, Space toggles it, Tab wraps, Escape closes deciding nothing', async () => {
    const dialog = await openDialog();
    expect(deepActive()).to.equal($(dialog, '[part~=close-button]'));
    // Close button → privacy link → first purpose's consent switch.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(dialog, '[part~=privacy-link]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(toggle(dialog, 'purposeConsents-1'));
    await sendKeys({ press: 'Space' });
    expect(toggle(dialog, 'purposeConsents-1').checked).to.equal(true);
    $(dialog, '[part~=accept-button]').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(dialog, '[part~=close-button]'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActive()).to.equal($(dialog, '[part~=accept-button]'));
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.isOpen);
    expect(deepActive()).to.equal(opener);
    expect(decisions(controller)).to.deep.equal([]);
    expect(controller.calls.at(-1)).to.deep.equal({ method: 'setUiVisible', visible: false });
  });

  it('labels each switch with its purpose or vendor', async () => {
    const dialog = await openDialog();
    const labelOf = (input: HTMLInputElement) =>
      input
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => textOf(dialog.shadowRoot!.getElementById(id)!))
        .join(' ');
    expect(labelOf(toggle(dialog, 'purposeLegitimateInterests-2'))).to.equal(`Legitimate interest ${controller.gvl!.purposes[2]!.name}`);
    expect(labelOf(toggle(dialog, 'vendorConsents-91'))).to.equal('Consent Criteo SA');
  });

  it('speaks French and Arabic (right-to-left) with the translated chrome', async () => {
    let dialog = await openDialog({ locale: 'fr' });
    expect(dialog.getAttribute('lang')).to.equal('fr');
    expect(textOf($(dialog, '#vendors'))).to.equal('Partenaires (fournisseurs) (12)');
    expect(textOf($(dialog, '[part~=save-button]'))).to.equal('Enregistrer mes choix');
    expect(textOf(vendor(dialog, 755).querySelector('[part~=vendor-storage]')!)).to.contain('Conservation : 548 jours');
    // The IAB's French texts for purposes and data categories, not the vendor list's English.
    const french = (await loadPurposeTexts('fr'))!;
    expect(textOf($(dialog, '#purpose-name-1'))).to.equal(french.purposes[1]!.name);
    expect(french.purposes[1]!.name).to.not.equal(controller.gvl!.purposes[1]!.name);
    expect(textOf(vendor(dialog, 755))).to.contain(french.dataCategories[1]!.name);
    ui!.destroy();
    dialog.remove();
    dialog = await openDialog({ locale: 'ar' });
    expect(dialog.getAttribute('dir')).to.equal('rtl');
    expect(textOf($(dialog, '[part~=accept-button]'))).to.equal('قبول الكل');
    // The site's own category names come from the banner's Arabic texts.
    expect(textOf($(dialog, '[part~=site-category]'))).to.not.contain('necessary');
  });

  for (const [label, locale, scheme] of [
    ['en', 'en', 'light'],
    ['en dark', 'en', 'dark'],
    ['ar (RTL)', 'ar', 'light'],
  ] as const) {
    for (const width of [390, 1280]) {
      it(`has no axe violations, details open: ${label} at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        await emulateMedia({ colorScheme: scheme });
        controller = await fakeController({ publisherPurposes: { consent: [1] }, googleAtpIds: [89] });
        const dialog = await openDialog({ locale });
        for (const details of dialog.shadowRoot!.querySelectorAll('details')) details.open = true;
        await new Promise((resolve) => setTimeout(resolve, 250)); // after the entry animation
        await expect(dialog).to.be.accessible();
      });
    }
  }
});
