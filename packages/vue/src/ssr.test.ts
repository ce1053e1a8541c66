// On a real server (Node, no DOM): the plugin creates no store from `options`, starts nothing,
// loads no banner, and the app renders from `initial` alone.
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import { consentSnapshot } from '@assent/core/cookie';
import { ConsentGate, createAssent, useConsent, useGranted, type AssentPluginOptions } from './index.js';

const options = { revision: 'test', region: 'DE' };

function render(plugin: AssentPluginOptions, check?: (consent: ReturnType<typeof useConsent>) => void): Promise<string> {
  const Page = defineComponent(() => {
    const consent = useConsent();
    const analytics = useGranted('analytics');
    check?.(consent);
    return () =>
      h('main', [
        h('p', `banner: ${consent.needsDecision.value}, analytics: ${analytics.value}`),
        h(ConsentGate, { category: 'functional' }, { default: () => [h('iframe', { title: 'Video' })], fallback: () => [h('p', 'Video blocked')] }),
      ]);
  });
  return renderToString(createSSRApp(Page).use(createAssent(plugin)));
}

describe('server rendering in Node', () => {
  it('without consent the gated content is not in the HTML; the store from `options` is never created', async () => {
    let setupRan = false;
    let store: unknown = 'not read';
    const html = await render(
      { options, initial: consentSnapshot(undefined, options), setup: () => void (setupRan = true), ui: { privacyPolicyUrl: '/privacy' } },
      (consent) => (store = consent.store),
    );
    expect(html).toContain('banner: true, analytics: false');
    expect(html).toContain('Video blocked');
    expect(html).not.toContain('iframe');
    expect(store).toBeUndefined();
    expect(setupRan).toBe(false);
  });

  it('renders what the request cookie grants', async () => {
    // The cookie a browser wrote when the visitor allowed functional cookies.
    const cookies = memoryCookieJar();
    const browser = createConsent({ ...options, storage: { cookies, records: memoryRecords() }, sync: false });
    browser.update({ functional: true });
    const cookie = `other=1; assent=${cookies.read('assent')}`;
    const html = await render({ options, initial: consentSnapshot(cookie, options) });
    expect(html).toContain('banner: false, analytics: false');
    expect(html).toContain('<iframe title="Video"></iframe>');
    expect(html).not.toContain('Video blocked');
  });

  it('with neither a store nor `initial`, nothing is granted and a decision is needed', async () => {
    const html = await render({ options });
    expect(html).toContain('banner: true, analytics: false');
    expect(html).not.toContain('iframe');
  });

  it('`necessary` is granted without `initial` too, as the store and consentSnapshot() always grant it', async () => {
    let necessary: boolean | undefined;
    let analytics: boolean | undefined;
    await render({ options }, () => {
      necessary = useGranted('necessary').value;
      analytics = useGranted('analytics').value;
    });
    expect(necessary).toBe(true);
    expect(analytics).toBe(false);
  });

  it.each([
    ['no granted list', { needsDecision: false }],
    ['granted as a string', { granted: 'functional analytics', needsDecision: false }],
    ['not even an object', 'functional'],
  ])('a malformed `initial` (%s) renders a first visit instead of throwing or matching substrings', async (_, initial) => {
    let necessary: boolean | undefined;
    const html = await render({ options, initial: initial as never }, () => void (necessary = useGranted('necessary').value));
    expect(html).toContain('banner: true, analytics: false');
    expect(html).toContain('Video blocked');
    expect(html).not.toContain('iframe');
    expect(necessary).toBe(true);
  });

  it('the actions throw on a server: no one decides there', async () => {
    let error: unknown;
    await render({ options }, (consent) => {
      try {
        consent.acceptAll();
      } catch (caught) {
        error = caught;
      }
    });
    expect(String(error)).toMatch(/server rendering/);
  });
});
