import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { defineComponent, h, nextTick } from 'vue';
import type { ConsentStore } from '@assent/core';
import type { AssentPreferences } from '@assent/banner/preferences';
import { ConsentGate, type ConsentGateProps } from './index.js';
import { clearConsentCookie, mountWith, removeBannerElements, testStore, until } from './vue.test-helper.js';

/**
 * A gate around an embed, with a placeholder whose button opens the preferences. Its props are
 * typed loosely: a caller without types may pass both ids (the typed props take exactly one).
 */
const Embed = (gate: { category?: string; service?: string }) =>
  defineComponent(
    () => () =>
      h(ConsentGate, gate as ConsentGateProps, {
        default: () => [h('iframe', { id: 'embed', title: 'Video' })],
        fallback: ({ openPreferences }: { openPreferences: (opener?: HTMLElement) => Promise<void> }) => [
          h(
            'button',
            { id: 'placeholder', type: 'button', onClick: (event: MouseEvent) => openPreferences(event.currentTarget as HTMLElement) },
            'Allow videos',
          ),
        ],
      }),
  );

describe('ConsentGate', () => {
  let store: ConsentStore;
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
  });
  afterEach(() => {
    store.destroy();
    removeBannerElements();
    clearConsentCookie();
  });

  it('shows the fallback until the category is granted, then the content without a reload, and back on withdrawal', async () => {
    const { root, unmount } = mountWith(Embed({ category: 'functional' }), { store, ui: false });
    expect(!!root.querySelector('#embed')).to.equal(false);
    expect(root.querySelector('#placeholder')?.textContent).to.equal('Allow videos');
    // Another category: still the fallback.
    store.update({ analytics: true });
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(false);
    store.update({ functional: true });
    await nextTick();
    expect(root.querySelector('#embed')?.getAttribute('title')).to.equal('Video');
    expect(!!root.querySelector('#placeholder')).to.equal(false);
    store.withdraw();
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(false);
    expect(!!root.querySelector('#placeholder')).to.equal(true);
    unmount();
  });

  it('gates on a service, which follows its category or its own choice', async () => {
    const { root, unmount } = mountWith(Embed({ service: 'video' }), { store, ui: false });
    expect(!!root.querySelector('#embed')).to.equal(false);
    store.update({ video: true });
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(true);
    unmount();
  });

  it('given both ids anyway (a type error), both must be granted', async () => {
    const { root, unmount } = mountWith(Embed({ category: 'analytics', service: 'video' }), { store, ui: false });
    store.update({ video: true });
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(false);
    store.update({ analytics: true });
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(true);
    unmount();
  });

  it('with neither prop, or without a fallback slot, renders nothing gated', async () => {
    store.acceptAll();
    const { root, unmount } = mountWith(
      defineComponent(() => () => [h(ConsentGate, null, { default: () => [h('i', { id: 'ungated' })] }), h(ConsentGate, { category: 'advertising' }, {})]),
      { store, ui: false },
    );
    expect(!!root.querySelector('#ungated')).to.equal(false);
    unmount();
  });

  it("the fallback's openPreferences opens the dialog; a decision made then shows the content", async () => {
    store.rejectAll();
    const { root, unmount } = mountWith(Embed({ category: 'functional' }), { store, ui: {} });
    (root.querySelector('#placeholder') as HTMLButtonElement).click();
    await until(() => (document.querySelector('assent-preferences') as AssentPreferences | null)?.isOpen);
    store.update({ functional: true });
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(true);
    unmount();
  });
});
