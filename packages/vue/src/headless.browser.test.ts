// Its own file (its own page): no other test may have loaded the banner's modules before.
import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { defineComponent, h } from 'vue';
import { useConsent, useOpenPreferences } from './index.js';
import { OPTIONS, clearConsentCookie, mountWith } from './vue.test-helper.js';

describe('createAssent with ui: false', () => {
  beforeEach(clearConsentCookie);
  afterEach(clearConsentCookie);

  it('fetches no banner code and adds no element, though a decision is needed', async () => {
    let consent!: ReturnType<typeof useConsent>;
    let open!: ReturnType<typeof useOpenPreferences>;
    const { unmount } = mountWith(
      defineComponent(() => {
        consent = useConsent();
        open = useOpenPreferences();
        return () => h('p');
      }),
      { options: OPTIONS, ui: false },
    );
    expect(consent.needsDecision.value).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      fetched.some((url) => url.includes('/packages/core/')),
      'the resource list sees module fetches',
    ).to.equal(true);
    expect(fetched.filter((url) => url.includes('/packages/banner/'))).to.deep.equal([]);
    expect(customElements.get('assent-banner')).to.equal(undefined);
    expect(!!document.querySelector('assent-banner, assent-preferences')).to.equal(false);
    let error: unknown;
    await open().catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/ui is false/);
    unmount();
  });
});
