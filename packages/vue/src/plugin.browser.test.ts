import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { defineComponent, h, nextTick } from 'vue';
import { createConsent, type ConsentStore } from '@assent/core';
import type { AssentPreferences } from '@assent/banner/preferences';
import { useConsent, useOpenPreferences } from './index.js';
import { OPTIONS, clearConsentCookie, mountWith, removeBannerElements, testStore, until } from './vue.test-helper.js';

const Empty = defineComponent(() => () => h('p', 'page'));
const bannerOpen = () => document.querySelector('assent-banner')?.hasAttribute('open') === true;

describe('createAssent', () => {
  beforeEach(clearConsentCookie);
  afterEach(() => {
    removeBannerElements();
    clearConsentCookie();
  });

  it('shows the banner in the browser when a decision is needed, and deciding in it closes it', async () => {
    const store = testStore();
    const { unmount } = mountWith(Empty, { store, ui: {} });
    await until(bannerOpen);
    const banner = document.querySelector('assent-banner')!;
    const acceptAll = [...banner.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Accept all');
    acceptAll!.click();
    await until(() => !store.needsDecision);
    expect(store.granted('analytics')).to.equal(true);
    await until(() => !bannerOpen());
    unmount();
    // Removed on unmount (the UI is reached through the promise of its import).
    await until(() => !document.querySelector('assent-banner'));
    store.destroy();
  });

  it('never creates the banner for a returning visitor, not even for a moment', async () => {
    const earlier = testStore();
    earlier.rejectAll();
    earlier.destroy();
    const added: string[] = [];
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) added.push(node.localName);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const { app, unmount } = mountWith(Empty, { options: OPTIONS, ui: {} });
    // Long enough for an import() of the banner and its first render.
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(added, 'the app only').to.deep.equal(['div', 'p']);
    expect(!!document.querySelector('assent-banner')).to.equal(false);
    // The store it made read the cookie: no decision needed.
    let needsDecision: boolean | undefined;
    app.runWithContext(() => (needsDecision = useConsent().needsDecision.value));
    expect(needsDecision).to.equal(false);
    unmount();
  });

  it('a withdrawal is a decision too: no banner appears for it', async () => {
    const store = testStore();
    store.acceptAll();
    const { unmount } = mountWith(Empty, { store, ui: {} });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(!!document.querySelector('assent-banner')).to.equal(false);
    store.withdraw();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(!!document.querySelector('assent-banner')).to.equal(false);
    unmount();
    store.destroy();
  });

  it('openPreferences opens the dialog, loading the UI on first use, also for a returning visitor', async () => {
    const store = testStore();
    store.rejectAll();
    let open!: ReturnType<typeof useOpenPreferences>;
    const { root, unmount } = mountWith(
      defineComponent(() => {
        open = useOpenPreferences();
        return () => h('button', { type: 'button', onClick: (event: MouseEvent) => open(event.currentTarget as HTMLElement) }, 'Cookie settings');
      }),
      { store, ui: {} },
    );
    expect(!!document.querySelector('assent-preferences')).to.equal(false);
    root.querySelector('button')!.click();
    await until(() => (document.querySelector('assent-preferences') as AssentPreferences | null)?.isOpen);
    expect(!!document.querySelector('assent-banner'), 'no banner for a returning visitor').to.equal(false);
    unmount();
    await until(() => !document.querySelector('assent-preferences'));
    store.destroy();
  });

  it('runs setup once mounted, and its cleanup, the subscription and a store it made end with the app', async () => {
    const calls: string[] = [];
    let made: ConsentStore | undefined;
    let renders = 0;
    const { app, root } = mountWith(
      defineComponent(() => {
        const { needsDecision } = useConsent();
        return () => (renders++, h('p', { id: 'probe' }, String(needsDecision.value)));
      }),
      {
        options: OPTIONS,
        ui: false,
        setup(store) {
          made = store;
          calls.push(`setup, mounted: ${document.getElementById('probe')?.textContent}`);
          return () => calls.push('cleanup');
        },
      },
    );
    expect(calls).to.deep.equal(['setup, mounted: true']);
    made!.acceptAll();
    await nextTick();
    expect(root.textContent).to.equal('false');
    app.unmount();
    expect(calls).to.deep.equal(['setup, mounted: true', 'cleanup']);
    const rendersAtUnmount = renders;
    // The store it made is destroyed: its listeners are gone.
    made!.withdraw();
    await nextTick();
    expect(renders).to.equal(rendersAtUnmount);
    root.remove();
  });

  it('leaves a store passed in running when the app unmounts (it belongs to the site)', () => {
    const store = createConsent(OPTIONS);
    const { unmount } = mountWith(Empty, { store, ui: false });
    unmount();
    let heard = 0;
    store.subscribe(() => heard++);
    store.acceptAll();
    expect(heard).to.equal(1);
    store.destroy();
  });
});
