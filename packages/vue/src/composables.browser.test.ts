import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { defineComponent, h, nextTick, watchEffect } from 'vue';
import type { ConsentStore } from '@assent/core';
import { useConsent, useGranted } from './index.js';
import { clearConsentCookie, mountWith, testStore } from './vue.test-helper.js';

describe('useConsent and useGranted', () => {
  let store: ConsentStore;
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
  });
  afterEach(() => {
    store.destroy();
    clearConsentCookie();
  });

  it('useConsent returns refs that follow the store and actions that decide', async () => {
    let consent!: ReturnType<typeof useConsent>;
    const { root, unmount } = mountWith(
      defineComponent(() => {
        consent = useConsent();
        return () => h('p', consent.needsDecision.value ? 'asking' : `decided: ${consent.decision.value?.method}`);
      }),
      { store, ui: false },
    );
    expect(root.textContent).to.equal('asking');
    expect(consent.decision.value).to.equal(undefined);
    consent.rejectAll();
    await nextTick();
    expect(root.textContent).to.equal('decided: reject-all');
    expect(consent.decision.value).to.equal(store.state);
    consent.update({ analytics: true });
    await nextTick();
    expect(store.granted('analytics')).to.equal(true);
    expect(root.textContent).to.equal('decided: custom');
    unmount();
  });

  it('follows decisions made on the store directly (another part of the page, another tab)', async () => {
    let analytics!: ReturnType<typeof useGranted>;
    const { root, unmount } = mountWith(
      defineComponent(() => {
        analytics = useGranted('analytics');
        return () => h('p', String(analytics.value));
      }),
      { store, ui: false },
    );
    expect(root.textContent).to.equal('false');
    store.acceptAll();
    await nextTick();
    expect(root.textContent).to.equal('true');
    store.withdraw();
    await nextTick();
    expect(root.textContent).to.equal('false');
    unmount();
  });

  it('useGranted triggers effects and renders only when its own id changes', async () => {
    let effectRuns = 0;
    let renders = 0;
    const { root, unmount } = mountWith(
      defineComponent(() => {
        const analytics = useGranted('analytics');
        watchEffect(() => {
          void analytics.value;
          effectRuns++;
        });
        return () => {
          renders++;
          return h('p', String(analytics.value));
        };
      }),
      { store, ui: false },
    );
    expect([effectRuns, renders]).to.deep.equal([1, 1]);

    // Another category changes: neither the effect nor the render runs again.
    store.update({ functional: true });
    await nextTick();
    expect(store.granted('functional')).to.equal(true);
    expect([effectRuns, renders]).to.deep.equal([1, 1]);
    store.update({ functional: false, advertising: false });
    await nextTick();
    expect([effectRuns, renders]).to.deep.equal([1, 1]);

    // Its own id changes: once each.
    store.update({ analytics: true });
    await nextTick();
    expect([effectRuns, renders]).to.deep.equal([2, 2]);
    expect(root.textContent).to.equal('true');
    // A decision that keeps analytics granted changes nothing for it.
    store.acceptAll();
    await nextTick();
    expect([effectRuns, renders]).to.deep.equal([2, 2]);
    unmount();
  });

  it('a service id follows its category', async () => {
    let video!: ReturnType<typeof useGranted>;
    const { unmount } = mountWith(
      defineComponent(() => {
        video = useGranted('video');
        return () => h('p');
      }),
      { store, ui: false },
    );
    expect(video.value).to.equal(false);
    store.update({ functional: true });
    await nextTick();
    expect(video.value).to.equal(true);
    unmount();
  });

  it('outside an app with the plugin, the composables say what is missing', () => {
    expect(() => useConsent()).to.throw(/app.use\(createAssent\(\)\) first/);
  });
});
