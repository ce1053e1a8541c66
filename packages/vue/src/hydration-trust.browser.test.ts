// Hydration when `initial` grants more than this browser's store (a proxy stripped Sec-GPC, a
// withdrawal in another tab between the response and hydration): the store's denial wins from the
// first client render, so gated content and its effects never start on the client. Its own file:
// the mismatch this causes is reported once per page, and ssr.browser.test.ts counts warnings.
import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { createSSRApp, defineComponent, h, nextTick, onMounted } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { consentSnapshot } from '@assent/core/cookie';
import { ConsentGate, createAssent, useGranted } from './index.js';
import { OPTIONS, clearConsentCookie, testStore } from './vue.test-helper.js';

describe('hydration against the live store', () => {
  beforeEach(clearConsentCookie);
  afterEach(clearConsentCookie);

  it('content the server rendered from `initial` is not mounted when the store here denies it', async () => {
    const earlier = testStore();
    earlier.update({ functional: true });
    earlier.destroy();
    const initial = consentSnapshot(document.cookie, OPTIONS);
    expect(initial.granted).to.include('functional');

    let effects = 0;
    let answerAtSetup: boolean | undefined;
    const Embed = defineComponent(() => {
      onMounted(() => effects++);
      return () => h('iframe', { id: 'embed', title: 'Video' });
    });
    const Page = defineComponent(() => {
      answerAtSetup = useGranted('functional').value;
      return () =>
        h('main', [
          h(ConsentGate, { category: 'functional' }, { default: () => [h(Embed)], fallback: () => [h('p', { id: 'placeholder' }, 'Video blocked')] }),
        ]);
    });
    const html = await renderToString(createSSRApp(Page).use(createAssent({ initial, ui: false })));
    expect(html).to.contain('iframe');

    // Withdrawn in another tab after the server answered.
    const other = testStore();
    other.withdraw();
    other.destroy();

    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    const { error, warn } = console;
    console.error = console.warn = () => {};
    const app = createSSRApp(Page).use(createAssent({ options: OPTIONS, initial, ui: false }));
    app.config.warnHandler = () => {};
    try {
      app.mount(root);
    } finally {
      Object.assign(console, { error, warn });
    }
    await nextTick();
    expect(answerAtSetup, 'the hydration answer').to.equal(false);
    expect(effects, "the embed's effects never ran").to.equal(0);
    expect(!!root.querySelector('#embed')).to.equal(false);
    expect(!!root.querySelector('#placeholder')).to.equal(true);
    app.unmount();
    root.remove();
  });

  it('a malformed `initial` hydrates as a first visit: nothing but necessary granted, a decision needed', async () => {
    const earlier = testStore();
    earlier.acceptAll();
    earlier.destroy();
    const answers: Record<string, boolean> = {};
    const Page = defineComponent(() => {
      for (const id of ['necessary', 'functional', 'analytics']) answers[id] = useGranted(id).value;
      return () => h('p');
    });
    const root = document.createElement('div');
    document.body.append(root);
    const app = createSSRApp(Page).use(
      createAssent({ options: OPTIONS, initial: { granted: 'functional analytics', needsDecision: false } as never, ui: false }),
    );
    app.config.warnHandler = () => {};
    app.mount(root);
    expect(answers).to.deep.equal({ necessary: true, functional: false, analytics: false });
    app.unmount();
    root.remove();
  });
});
