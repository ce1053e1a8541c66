// The banner's life around the app's: an unmount racing the banner's download and first render, a
// failed download, and a decision expiring while the page is open. Its own file (its own page), so
// the banner's modules and element are not loaded before the first test, and no afterEach removes
// banners: whatever the binding leaves behind stays visible to the assertions.
import './vue-env.test-helper.js';
import { expect } from '@open-wc/testing';
import { defineComponent, h } from 'vue';
import { createConsent, type ConsentStore } from '@assent/core';
import type { AssentPreferences } from '@assent/banner/preferences';
import { useConsent } from './index.js';
import { OPTIONS, clearConsentCookie, mountWith, testStore, until } from './vue.test-helper.js';

const Empty = defineComponent(() => () => h('p', 'page'));
const bannerOpen = () => document.querySelector('assent-banner')?.hasAttribute('open') === true;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DAY = 86_400_000;

/** Rejections nobody handled while `run` ran (and for `settleMs` after). */
async function unhandledRejections(run: () => Promise<void>, settleMs = 300): Promise<unknown[]> {
  const reasons: unknown[] = [];
  const record = (event: PromiseRejectionEvent) => {
    reasons.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', record);
  try {
    await run();
    await pause(settleMs);
  } finally {
    window.removeEventListener('unhandledrejection', record);
  }
  return reasons;
}

describe('the banner and the app lifecycle', () => {
  beforeEach(clearConsentCookie);
  afterEach(clearConsentCookie);

  it('an app unmounted right after mounting on a first visit leaves no banner once everything settled', async () => {
    const store = testStore();
    const { unmount } = mountWith(Empty, { store, ui: {} });
    unmount();
    // The banner's import(), its texts and its first render: all long done by then.
    await pause(1000);
    expect(document.querySelectorAll('assent-banner').length).to.equal(0);
    store.destroy();
  });

  it('an app unmounted while the banner is being shown leaves no banner either', async () => {
    const store = testStore();
    // German texts are a chunk of their own: show() defines the element, then waits for that
    // download before adding the banner. Unmount in between.
    const { app, root } = mountWith(Empty, { store, ui: { locale: 'de' } });
    await customElements.whenDefined('assent-banner');
    app.unmount();
    root.remove();
    await pause(1000);
    expect(document.querySelectorAll('assent-banner').length).to.equal(0);
    store.destroy();
  });

  it('openPreferences() still loading when the app unmounts opens no dialog afterwards', async () => {
    const store = testStore();
    store.rejectAll();
    let consent!: ReturnType<typeof useConsent>;
    const { unmount } = mountWith(
      defineComponent(() => {
        consent = useConsent();
        return () => h('p');
      }),
      { store, ui: {} },
    );
    const opening = consent.openPreferences();
    unmount();
    let error: unknown;
    await opening.catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/unmounted/);
    await pause(500);
    expect(document.querySelectorAll('assent-preferences, assent-banner').length).to.equal(0);
    store.destroy();
  });

  it('a failed banner load grants nothing, leaves no unhandled rejection, and the next openPreferences() tries again', async () => {
    const store = testStore();
    // An unsafe privacy policy URL makes creating the UI fail, like a failed download would.
    const ui = { privacyPolicyUrl: 'javascript:alert(1)' };
    let consent!: ReturnType<typeof useConsent>;
    let mounted!: ReturnType<typeof mountWith>;
    const reasons = await unhandledRejections(async () => {
      mounted = mountWith(
        defineComponent(() => {
          consent = useConsent();
          return () => h('p');
        }),
        { store, ui },
      );
    });
    expect(reasons, 'the failed show() is handled').to.deep.equal([]);
    expect(document.querySelectorAll('assent-banner').length).to.equal(0);
    expect(consent.needsDecision.value).to.equal(true);
    expect(store.granted('analytics')).to.equal(false);
    let error: unknown;
    await consent.openPreferences().catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/privacyPolicyUrl|URL/i);
    // The cause goes away (a download that works this time): the next attempt loads the UI.
    ui.privacyPolicyUrl = '/privacy';
    await consent.openPreferences();
    await until(() => (document.querySelector('assent-preferences') as AssentPreferences | null)?.isOpen);
    expect(store.needsDecision, 'still undecided: a failure is no consent').to.equal(true);
    mounted.unmount();
    await until(() => !document.querySelector('assent-banner, assent-preferences'));
    store.destroy();
  });

  it('a decision that expires while the page is open brings the banner back, with nothing reading the store', async () => {
    // Decided a day (less 800 ms) ago, so the one-day decision runs out 800 ms from now. The store's
    // clock is then held a minute back until the page is checked, so a slow machine cannot expire it early.
    let offset = -DAY + 800;
    const store: ConsentStore = createConsent({ ...OPTIONS, expiresAfterDays: 1, now: () => Date.now() + offset });
    store.acceptAll();
    offset = -60_000;
    let renders = 0;
    const { unmount } = mountWith(
      defineComponent(() => {
        const { needsDecision } = useConsent();
        return () => (renders++, h('p', { id: 'asking' }, String(needsDecision.value)));
      }),
      { store, ui: {} },
    );
    expect(document.getElementById('asking')?.textContent).to.equal('false');
    await pause(300);
    expect(document.querySelectorAll('assent-banner').length, 'not yet expired').to.equal(0);
    offset = 0;
    await until(bannerOpen, 4000);
    expect(document.getElementById('asking')?.textContent).to.equal('true');
    expect(store.granted('analytics')).to.equal(false);
    expect(renders).to.equal(2);
    unmount();
    await until(() => !document.querySelector('assent-banner'));
    store.destroy();
  });

  it('the expiry timer is armed for the decision, clamped to what setTimeout can hold, and cleared on unmount', async () => {
    const store = createConsent({ ...OPTIONS, expiresAfterDays: 395 });
    store.acceptAll();
    const delays: number[] = [];
    const cleared: unknown[] = [];
    const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = window;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      delays.push(delay ?? 0);
      return realSetTimeout(handler, delay, ...rest);
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      cleared.push(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    try {
      const { unmount } = mountWith(Empty, { store, ui: {} });
      // 395 days do not fit: setTimeout would fire at once for anything above 2^31 - 1 ms.
      expect(delays).to.have.length(1);
      expect(delays[0]).to.be.within(20 * DAY, 2 ** 31 - 1);
      const before = cleared.length;
      unmount();
      expect(cleared.length).to.be.greaterThan(before);
    } finally {
      Object.assign(window, { setTimeout: realSetTimeout, clearTimeout: realClearTimeout });
    }
    store.destroy();
  });
});
