// Server rendering and hydration in one page: renderToString (Vue's server renderer runs in a
// browser too) stands for the server, which has no store and renders from `initial`; then the
// client hydrates the same HTML with a real store reading the real cookie.
import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { createSSRApp, defineComponent, h, nextTick } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { consentSnapshot, type ConsentSnapshot } from '@assent/core/cookie';
import { ConsentGate, createAssent, useConsent, type AssentPluginOptions } from './index.js';
import { OPTIONS, clearConsentCookie, testStore, until } from './vue.test-helper.js';

const Page = defineComponent(() => {
  const { needsDecision } = useConsent();
  return () =>
    h('main', [
      h('p', { id: 'asking' }, needsDecision.value ? 'Please decide' : 'Thanks'),
      h(
        ConsentGate,
        { category: 'functional' },
        { default: () => [h('iframe', { id: 'embed', title: 'Video' })], fallback: () => [h('p', { id: 'placeholder' }, 'Video blocked')] },
      ),
    ]);
});

/** What the server sends for a request with this cookie: it has no store, only the snapshot. */
async function serverHtml(initial: ConsentSnapshot): Promise<string> {
  return renderToString(createSSRApp(Page).use(createAssent({ initial, ui: false })));
}

/** Hydrates `html` in a fresh container and returns every warning Vue and the console gave. */
function hydrate(html: string, plugin: AssentPluginOptions): { root: HTMLElement; warnings: string[]; unmount(): void } {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const app = createSSRApp(Page).use(createAssent(plugin));
  app.config.warnHandler = (message) => void warnings.push(message);
  try {
    app.mount(root);
  } finally {
    Object.assign(console, { error, warn });
  }
  return {
    root,
    warnings,
    unmount() {
      app.unmount();
      root.remove();
    },
  };
}

describe('server rendering and hydration', () => {
  beforeEach(clearConsentCookie);
  afterEach(clearConsentCookie);

  it('a first visit: no gated content in the server HTML, and hydration agrees', async () => {
    const initial = consentSnapshot(document.cookie, OPTIONS);
    expect(initial.needsDecision).to.equal(true);
    const html = await serverHtml(initial);
    expect(html).to.contain('Video blocked').and.contain('Please decide');
    expect(html).not.to.contain('iframe');
    const { root, warnings, unmount } = hydrate(html, { options: OPTIONS, initial, ui: false });
    expect(warnings).to.deep.equal([]);
    await nextTick();
    expect(!!root.querySelector('#embed')).to.equal(false);
    expect(root.querySelector('#asking')?.textContent).to.equal('Please decide');
    unmount();
  });

  it('a returning visitor who allowed functional gets the content from the server, and hydration agrees', async () => {
    const earlier = testStore();
    earlier.update({ functional: true });
    earlier.destroy();
    const initial = consentSnapshot(document.cookie, OPTIONS);
    expect(initial).to.deep.include({ needsDecision: false });
    expect(initial.granted).to.include('functional');
    const html = await serverHtml(initial);
    expect(html).to.contain('<iframe id="embed" title="Video"></iframe>').and.contain('Thanks');
    const { root, warnings, unmount } = hydrate(html, { options: OPTIONS, initial, ui: {} });
    expect(warnings).to.deep.equal([]);
    // The banner is not even created for a returning visitor.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(!!document.querySelector('assent-banner')).to.equal(false);
    expect(!!root.querySelector('#embed')).to.equal(true);
    unmount();
  });

  it('when the cookie changed after the server rendered, hydration still agrees and the page updates right after', async () => {
    const initial = consentSnapshot(document.cookie, OPTIONS);
    const html = await serverHtml(initial);
    // Decided in another tab between the response and hydration.
    const earlier = testStore();
    earlier.acceptAll();
    earlier.destroy();
    const { root, warnings, unmount } = hydrate(html, { options: OPTIONS, initial, ui: false });
    expect(warnings).to.deep.equal([]);
    await until(() => root.querySelector('#embed'));
    expect(root.querySelector('#asking')?.textContent).to.equal('Thanks');
    unmount();
  });

  // Last in the file: Vue reports "Hydration completed but contains mismatches" once per page.
  it('the check sees a mismatch: hydrating without `initial` when the cookie differs from what the server saw', async () => {
    const html = await serverHtml(consentSnapshot(document.cookie, OPTIONS));
    const earlier = testStore();
    earlier.acceptAll();
    earlier.destroy();
    const { warnings, unmount } = hydrate(html, { options: OPTIONS, ui: false });
    expect(warnings.join('\n')).to.match(/Hydration .*mismatch/i);
    unmount();
  });
});
