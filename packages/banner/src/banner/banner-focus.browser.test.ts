import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentStore } from '@assent/core';
import { createConsentUi, type ConsentUi } from '../ui/create-ui.js';
import { mountFloatingButton } from '../script-tag/floating-button.js';
import { clearConsentCookie, deepActive, testStore, until } from '../ui/ui.test-helper.js';
import type { AssentBanner } from './banner.component.js';

// Choosing on the first layer removes the focused button with the banner: focus must land on
// something real and visible, never fall back to <body> (issue 15, item 5).

let store: ConsentStore;
let ui: ConsentUi | undefined;
let floating: ReturnType<typeof mountFloatingButton> | undefined;
const page: Element[] = [];

async function showBanner(): Promise<AssentBanner> {
  ui = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
  await ui.show();
  return document.querySelector('assent-banner')!;
}
const button = (banner: AssentBanner, name: string) => banner.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}-button"]`)!;
function addToPage(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild as HTMLElement;
  document.body.append(element);
  page.push(element);
  return element;
}
/** Presses Enter on a banner button the way a keyboard user does: focused, then Enter. */
async function choose(banner: AssentBanner, name: string): Promise<void> {
  button(banner, name).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => !banner.open && store.state);
  await banner.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
const floatingHost = () => document.querySelector<HTMLElement>('assent-way-back')!;

describe('<assent-banner> focus and the floating button', () => {
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
  });
  afterEach(() => {
    ui?.destroy();
    ui = undefined;
    floating?.remove();
    floating = undefined;
    for (const element of page.splice(0)) element.remove();
    store.destroy();
    clearConsentCookie();
  });

  it('after Accept all, focus returns to the element that had it before the banner', async () => {
    const link = addToPage('<a href="#somewhere">Somewhere</a>');
    const banner = await showBanner();
    link.focus();
    await choose(banner, 'accept');
    expect(document.activeElement).to.equal(link);
  });

  it('after Reject all on a banner shown on load, focus goes to the floating cookie-settings button', async () => {
    floating = mountFloatingButton('Cookie settings', () => {});
    const banner = await showBanner();
    expect(document.activeElement).to.equal(document.body);
    await choose(banner, 'reject');
    expect(store.state!.method).to.equal('reject-all');
    expect(deepActive()).to.equal(floatingHost().shadowRoot!.querySelector('button'));
    expect(deepActive()!.getBoundingClientRect().width).to.be.above(0);
  });

  it('without a floating button, focus goes to the main landmark, made focusable but kept out of the Tab order', async () => {
    const main = addToPage('<main><h1>Shop</h1></main>');
    const banner = await showBanner();
    await choose(banner, 'accept');
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
  });

  it('keeps a tabindex the page gave its main landmark', async () => {
    const main = addToPage('<main tabindex="0"><h1>Shop</h1></main>');
    const banner = await showBanner();
    await choose(banner, 'reject');
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('0');
  });

  it('moves no focus when the banner closes while focus is elsewhere', async () => {
    const input = addToPage('<input aria-label="Search">') as HTMLInputElement;
    addToPage('<main></main>');
    const banner = await showBanner();
    input.focus();
    store.acceptAll();
    await until(() => !banner.open);
    await banner.updateComplete;
    await Promise.resolve();
    expect(document.activeElement).to.equal(input);
  });

  it('hides the floating button while the first layer is shown, and shows it again after the choice', async () => {
    floating = mountFloatingButton('Cookie settings', () => {});
    expect(getComputedStyle(floatingHost()).display).to.not.equal('none');
    const banner = await showBanner();
    expect(getComputedStyle(floatingHost()).display).to.equal('none');
    expect(floatingHost().shadowRoot!.querySelector('button')!.getBoundingClientRect().width).to.equal(0);
    await choose(banner, 'accept');
    expect(getComputedStyle(floatingHost()).display).to.not.equal('none');
    expect(floatingHost().shadowRoot!.querySelector('button')!.getBoundingClientRect().width).to.be.at.least(44);
  });

  it('a choice made in the dialog opened with Customise also hands focus on, not to <body>', async () => {
    floating = mountFloatingButton('Cookie settings', () => {});
    const banner = await showBanner();
    button(banner, 'customise').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.querySelector('assent-preferences')?.isOpen);
    const preferences = document.querySelector('assent-preferences')!;
    preferences.shadowRoot!.querySelector<HTMLButtonElement>('[part~=reject-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => store.state && !banner.open && !preferences.isOpen);
    await until(() => document.activeElement !== document.body);
    expect(deepActive()).to.equal(floatingHost().shadowRoot!.querySelector('button'));
  });

  it('Escape in that dialog returns focus to Customise on the banner, which stays open', async () => {
    const banner = await showBanner();
    button(banner, 'customise').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.querySelector('assent-preferences')?.isOpen);
    const preferences = document.querySelector('assent-preferences')!;
    await sendKeys({ press: 'Escape' });
    await until(() => !preferences.isOpen);
    await until(() => deepActive() === button(banner, 'customise'));
    expect(banner.open).to.equal(true);
    expect(store.needsDecision).to.equal(true);
  });
});
