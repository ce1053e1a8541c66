import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentStore } from '@assent/core';
import { createConsentUi, type ConsentUi } from '../ui/create-ui.js';
import { hashShownContent } from '../text-hash/index.js';
import { clearConsentCookie, deepActive, testStore, until } from '../ui/ui.test-helper.js';
import type { AssentPreferences } from './preferences.component.js';
import { part, showDialog } from './preferences.test-helper.js';

let store: ConsentStore;
let ui: ConsentUi | undefined;
let opener: HTMLButtonElement;

async function openDialog(options: Parameters<typeof createConsentUi>[1] = {}): Promise<AssentPreferences> {
  ui = createConsentUi(store, { privacyPolicyUrl: '/privacy', ...options });
  return showDialog(ui, opener);
}
const switchOf = (element: AssentPreferences, id: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`#switch-${id}`)!;

describe('<assent-preferences>', () => {
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
    opener = Object.assign(document.createElement('button'), { textContent: 'Cookie settings' });
    document.body.append(opener);
  });
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    store.destroy();
    opener.remove();
    clearConsentCookie();
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('is a native modal <dialog> labelled by its title, with focus inside', async () => {
    const element = await openDialog();
    const dialog = part(element, 'dialog') as HTMLDialogElement;
    expect(dialog.tagName).to.equal('DIALOG');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(element.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Cookie settings');
    expect(dialog.contains(deepActive())).to.equal(true);
  });

  it('lists every category; necessary is locked "always active"; nothing is pre-ticked in opt-in', async () => {
    const element = await openDialog();
    const names = [...element.shadowRoot!.querySelectorAll('[part=category-name]')].map((node) => node.textContent);
    expect(names).to.deep.equal(['necessary cookies', 'functional cookies', 'analytical cookies', 'advertising cookies']);
    expect(switchOf(element, 'necessary')).to.equal(null);
    expect(part(element, 'always-active').textContent).to.equal('Always active');
    for (const id of ['functional', 'analytics', 'advertising']) {
      const toggle = switchOf(element, id);
      // A native checkbox, not role=switch: a category can be mixed, which a switch cannot convey.
      expect([toggle.type, toggle.getAttribute('role')]).to.deep.equal(['checkbox', null]);
      expect(toggle.checked, id).to.equal(false);
      expect(toggle.labels![0]!.textContent, 'labelled by the category name in the same shadow root').to.equal(
        names[['necessary', 'functional', 'analytics', 'advertising'].indexOf(id)],
      );
      expect(element.shadowRoot!.getElementById(toggle.getAttribute('aria-describedby')!)).to.not.equal(null);
    }
  });

  it('shows services with their cookie table (name, provider, purpose, retention)', async () => {
    const element = await openDialog();
    const details = element.shadowRoot!.querySelectorAll('details');
    expect(details).to.have.length(2);
    const analytics = [...details].find((node) => node.textContent!.includes('Matomo'))!;
    analytics.querySelector('summary')!.click();
    const rows = [...analytics.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['_pk_id.*', 'Example Analytics Ltd', 'Audience measurement', '13 months'],
      ['_pk_ses.*', 'Example Analytics Ltd', 'Groups page views into a visit', '30 minutes'],
    ]);
    expect([...analytics.querySelectorAll('th')].map((cell) => cell.textContent)).to.deep.equal(['Cookie', 'Provider', 'Purpose', 'Retention']);
  });

  it('Save records the switches as set, with the hash of what was shown, and announces it', async () => {
    const element = await openDialog();
    const expectedHash = await hashShownContent(element.shownContent()!);
    switchOf(element, 'analytics').click();
    part(element, 'save-button').click();
    await until(() => store.state);
    expect(store.state!.method).to.equal('custom');
    expect(store.granted('analytics')).to.equal(true);
    expect(store.granted('functional') || store.granted('advertising')).to.equal(false);
    expect(store.state!.textHash).to.equal(expectedHash);
    await until(() => !element.isOpen);
    await element.updateComplete;
    const status = element.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal('Preferences saved');
    expect(document.activeElement).to.equal(opener);
  });

  it('Accept all and Reject all decide from the dialog too', async () => {
    let element = await openDialog();
    part(element, 'accept-button').click();
    await until(() => store.state?.method === 'accept-all');
    expect(store.granted('advertising')).to.equal(true);
    await until(() => !element.isOpen);
    element = (await ui!.showPreferences(opener), element);
    await until(() => element.isOpen);
    expect(switchOf(element, 'advertising').checked, 'switches show what applies').to.equal(true);
    part(element, 'reject-button').click();
    await until(() => store.state?.method === 'reject-all');
    expect(store.granted('advertising')).to.equal(false);
  });

  it('Escape closes without deciding and focus returns to the opener', async () => {
    await openDialog();
    await sendKeys({ press: 'Escape' });
    await until(() => !document.querySelector('assent-preferences')!.isOpen);
    expect(store.needsDecision).to.equal(true);
    expect(document.activeElement).to.equal(opener);
  });

  it('the close button decides nothing and returns focus', async () => {
    const element = await openDialog();
    part(element, 'close-button').click();
    await until(() => !element.isOpen);
    expect(store.needsDecision).to.equal(true);
    expect(document.activeElement).to.equal(opener);
  });

  it('Tab wraps from the last control to the first and Shift+Tab back', async () => {
    const element = await openDialog();
    const close = part(element, 'close-button');
    const accept = part(element, 'accept-button');
    accept.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(close);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActive()).to.equal(accept);
  });

  it('can be used with the keyboard alone: Tab to a switch, Space, Tab to Save, Enter', async () => {
    const element = await openDialog();
    part(element, 'close-button').focus();
    const analytics = switchOf(element, 'analytics');
    for (let presses = 0; deepActive() !== analytics && presses < 20; presses++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(analytics);
    await sendKeys({ press: 'Space' });
    expect(analytics.checked).to.equal(true);
    const save = part(element, 'save-button');
    for (let presses = 0; deepActive() !== save && presses < 20; presses++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => store.state);
    expect(store.granted('analytics')).to.equal(true);
    expect(store.granted('functional')).to.equal(false);
  });

  it('offers Save, Reject all and Accept all with identical style', async () => {
    const element = await openDialog();
    const properties = [
      'height',
      'font-size',
      'font-weight',
      'color',
      'background-color',
      'border-top-width',
      'border-top-color',
      'border-radius',
      'padding-top',
    ];
    const styles = ['save-button', 'reject-button', 'accept-button'].map((name) =>
      properties.map((property) => getComputedStyle(part(element, name)).getPropertyValue(property)),
    );
    expect(styles[1]).to.deep.equal(styles[0]);
    expect(styles[2]).to.deep.equal(styles[0]);
  });

  it('says the opt-out was honoured when a GPC signal is on', async () => {
    store.destroy();
    store = testStore({ gpc: true });
    const element = await openDialog();
    expect(part(element, 'note').textContent).to.contain('Opt-out honoured');
  });

  it("isolates the site's own texts (service names, providers, purposes, cookies) from the dialog's direction", async () => {
    const element = await openDialog({ locale: 'ar' });
    const root = element.shadowRoot!;
    expect(element.getAttribute('dir')).to.equal('rtl');
    expect([...root.querySelectorAll('[part=service-name] bdi')].map((bdi) => bdi.textContent)).to.have.members(['Matomo', 'Video host']);
    expect([...root.querySelectorAll('.service-details dd')].every((dd) => dd.firstElementChild?.localName === 'bdi')).to.equal(true);
    const cells = [...root.querySelector('[part=cookie-table]')!.querySelectorAll('tbody tr:first-child td')];
    expect(cells.map((cell) => cell.firstElementChild?.localName)).to.deep.equal(['code', 'bdi', 'bdi', 'bdi']);
    expect(cells[0]!.firstElementChild!.getAttribute('dir')).to.equal('ltr');
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
        const element = await openDialog({ locale });
        for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
        expect(element.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        await expect(element).to.be.accessible();
      });
    }
  }
});
