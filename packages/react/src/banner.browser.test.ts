import { expect } from '@open-wc/testing';
import { act, createElement as h, StrictMode } from 'react';
import type { AssentBanner } from '@assent/banner';
import { ConsentProvider } from './index.js';
import {
  cleanUp,
  ConsentProbe,
  GrantedProbe,
  lastConsent,
  render,
  returningVisitor,
  seen,
  SettingsButton,
  settle,
  testOptions,
  until,
  watchConsole,
} from './react.test-helper.js';

const banner = () => document.querySelector<AssentBanner>('assent-banner');
const dialog = () => document.querySelector<HTMLElement & { isOpen: boolean }>('assent-preferences');
const button = (root: ParentNode, text: string) => [...root.querySelectorAll('button')].find((element) => element.textContent!.trim() === text)!;

describe('the banner', () => {
  afterEach(cleanUp);

  it('is shown on a first visit, and a choice in it reaches the hooks', async () => {
    const { host } = await render(h(ConsentProvider, { options: testOptions(), ui: { privacyPolicyUrl: '/privacy' } }, h(GrantedProbe, { id: 'analytics' })));
    await until(() => banner()?.open);
    expect(banner()!.shadowRoot!.querySelector('a[href="/privacy"]')).not.to.equal(null);

    await act(async () => button(banner()!.shadowRoot!, 'Accept all').click());
    await until(() => host.querySelector('#granted-analytics')!.textContent === 'on');
    expect(banner()!.open).to.equal(false);
  });

  it('closes when the decision is made through useConsent()', async () => {
    await render(h(ConsentProvider, { options: testOptions() }, h(ConsentProbe)));
    await until(() => banner()?.open);
    await act(async () => void lastConsent().rejectAll());
    await until(() => !banner()!.open);
    expect(lastConsent().needsDecision).to.equal(false);
  });

  it('is never created for a returning visitor', async () => {
    returningVisitor((store) => store.rejectAll());
    await render(h(ConsentProvider, { options: testOptions() }, h('p', null, 'Page')));
    await settle(500);
    expect(banner()).to.equal(null);
  });

  it('is shown when the decision expires while the page is open, with nothing reading the store', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    // Decided a day ago minus 1.5 s: the decision runs out 1.5 s into this test. The provider's store
    // keeps its clock a minute back until the page is checked, so a slow machine cannot expire it early.
    let offset = -60_000;
    const options = testOptions({ expiresAfterDays: 1, now: () => Date.now() + offset });
    returningVisitor((store) => store.acceptAll(), { ...options, now: () => Date.now() - DAY + 1500 });
    const { host } = await render(h(ConsentProvider, { options }, h(GrantedProbe, { id: 'analytics' }), h(ConsentProbe)));
    await settle();
    expect(banner()).to.equal(null);
    expect(host.querySelector('#granted-analytics')!.textContent).to.equal('on');
    offset = 0;

    // No read from outside: the provider's timer makes the store notice.
    await until(() => banner()?.open, 5000);
    expect(host.querySelector('#granted-analytics')!.textContent).to.equal('off');
  });

  it('is created once in Strict Mode, and removed on unmount', async () => {
    const errors = watchConsole();
    const { root } = await render(h(StrictMode, null, h(ConsentProvider, { options: testOptions() }, h('p', null, 'Page'))));
    await until(() => banner()?.open);
    await settle();
    expect(document.querySelectorAll('assent-banner')).to.have.length(1);
    await act(async () => root.unmount());
    await until(() => !banner());
    expect(errors).to.deep.equal([]);
  });
});

describe('useOpenPreferences', () => {
  afterEach(cleanUp);

  it('opens the dialog for a returning visitor without showing the banner', async () => {
    returningVisitor((store) => store.update({ analytics: true }));
    const { host } = await render(h(ConsentProvider, { options: testOptions() }, h(SettingsButton), h(GrantedProbe, { id: 'analytics' })));
    const opener = host.querySelector<HTMLButtonElement>('#settings')!;
    await act(async () => opener.click());
    await until(() => dialog()?.isOpen);
    expect(banner()).to.equal(null);
    // The switches show what applies now.
    expect(dialog()!.shadowRoot!.querySelector<HTMLInputElement>('#switch-analytics')!.checked).to.equal(true);

    // A choice saved in the dialog reaches the hooks; focus returns to the opener.
    await act(async () => button(dialog()!.shadowRoot!, 'Reject all').click());
    await until(() => host.querySelector('#granted-analytics')!.textContent === 'off');
    await until(() => !dialog()!.isOpen);
    expect(document.activeElement).to.equal(opener);
  });

  it('rejects under ui={false}', async () => {
    await render(h(ConsentProvider, { options: testOptions(), ui: false }, h(SettingsButton)));
    let error: unknown;
    await seen.openPreferences!().catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('ui={false}');
    expect(dialog()).to.equal(null);
  });
});
