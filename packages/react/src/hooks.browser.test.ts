import { expect } from '@open-wc/testing';
import { act, createElement as h, StrictMode, useState } from 'react';
import type { ConsentStore } from '@assent/core';
import { ConsentProvider, useConsent, useGranted, type ConsentValue } from './index.js';
import { cleanUp, render, testOptions, testStore, watchConsole } from './react.test-helper.js';

describe('useGranted', () => {
  afterEach(cleanUp);

  it('re-renders only when its own id changes', async () => {
    const store = testStore();
    let analyticsRenders = 0;
    let consentRenders = 0;
    function Analytics() {
      analyticsRenders++;
      return h('p', { id: 'analytics' }, useGranted('analytics') ? 'on' : 'off');
    }
    // Re-renders on every change: proves the store did notify when Analytics stayed still.
    function Everything() {
      consentRenders++;
      useConsent();
      return null;
    }
    const { host } = await render(h(ConsentProvider, { store }, h(Analytics), h(Everything)));
    expect([analyticsRenders, consentRenders]).to.deep.equal([1, 1]);
    expect(host.querySelector('#analytics')!.textContent).to.equal('off');

    await act(async () => void store.update({ functional: true }));
    expect([analyticsRenders, consentRenders]).to.deep.equal([1, 2]);

    await act(async () => void store.update({ analytics: true }));
    expect([analyticsRenders, consentRenders]).to.deep.equal([2, 3]);
    expect(host.querySelector('#analytics')!.textContent).to.equal('on');

    await act(async () => void store.update({ video: true, functional: false }));
    expect(analyticsRenders).to.equal(2);

    await act(async () => void store.withdraw());
    expect(analyticsRenders).to.equal(3);
    expect(host.querySelector('#analytics')!.textContent).to.equal('off');
  });

  it('answers for services as for categories, and necessary always', async () => {
    const store = testStore();
    function Answers() {
      return h('p', null, `${useGranted('necessary')} ${useGranted('video')} ${useGranted('unknown-id')}`);
    }
    const { host } = await render(h(ConsentProvider, { store }, h(Answers)));
    expect(host.textContent).to.equal('true false false');
    await act(async () => void store.update({ video: true }));
    expect(host.textContent).to.equal('true true false');
  });

  it('outside a provider, throws an error that names the provider', async () => {
    const errors = watchConsole();
    function Orphan() {
      useGranted('analytics');
      return null;
    }
    let caught: unknown;
    const { createRoot } = await import('react-dom/client');
    const root = createRoot(document.createElement('div'), { onUncaughtError: (error) => (caught = error) });
    try {
      await act(async () => root.render(h(Orphan)));
    } catch (error) {
      caught = error;
    }
    root.unmount();
    expect(String(caught)).to.contain('<ConsentProvider>');
    expect(errors).to.deep.equal([]);
  });
});

describe('useConsent', () => {
  afterEach(cleanUp);

  it('exposes the decision and actions; every consumer follows', async () => {
    const store = testStore();
    const seen: ConsentValue[] = [];
    function Panel() {
      const consent = useConsent();
      seen.push(consent);
      return h(
        'div',
        null,
        h('p', { id: 'state' }, `${consent.needsDecision ? 'undecided' : consent.decision!.method} analytics=${consent.granted('analytics')}`),
        h('button', { id: 'accept', onClick: () => consent.acceptAll() }, 'Accept'),
        h('button', { id: 'reject', onClick: () => consent.rejectAll() }, 'Reject'),
        h('button', { id: 'analytics', onClick: () => consent.update({ analytics: true }) }, 'Analytics'),
        h('button', { id: 'withdraw', onClick: () => consent.withdraw() }, 'Withdraw'),
      );
    }
    const { host } = await render(h(ConsentProvider, { store }, h(Panel)));
    const state = () => host.querySelector('#state')!.textContent;
    const click = (id: string) => act(async () => (host.querySelector(`#${id}`) as HTMLButtonElement).click());
    expect(state()).to.equal('undecided analytics=false');
    expect(seen[0]!.store).to.equal(store);

    await click('accept');
    expect(state()).to.equal('accept-all analytics=true');
    expect(store.state!.method).to.equal('accept-all');
    await click('reject');
    expect(state()).to.equal('reject-all analytics=false');
    await click('analytics');
    expect(state()).to.equal('custom analytics=true');
    expect(store.granted('functional')).to.equal(false);
    await click('withdraw');
    expect(state()).to.equal('withdraw analytics=false');
    expect(document.cookie).to.contain('assent=');
  });

  it('returns the same object until the decision changes', async () => {
    const store = testStore();
    const seen: ConsentValue[] = [];
    let bump = () => {};
    function Panel() {
      const [count, setCount] = useState(0);
      bump = () => setCount(count + 1);
      seen.push(useConsent());
      return null;
    }
    await render(h(ConsentProvider, { store }, h(Panel)));
    await act(async () => bump());
    expect(seen).to.have.length(2);
    expect(seen[1]).to.equal(seen[0]);
    await act(async () => void store.acceptAll());
    expect(seen).to.have.length(3);
    expect(seen[2]).not.to.equal(seen[1]);
    expect(seen[2]!.decision).to.equal(store.state);
  });
});

describe('ConsentProvider', () => {
  afterEach(cleanUp);

  it('creates one store from options, even in Strict Mode, and runs setup once per mount', async () => {
    const errors = watchConsole();
    const options = testOptions();
    const setups: ConsentStore[] = [];
    let cleanups = 0;
    const stores = new Set<ConsentStore>();
    function Probe() {
      stores.add(useConsent().store!);
      return null;
    }
    const setup = (store: ConsentStore) => {
      setups.push(store);
      return () => void cleanups++;
    };
    const tree = (key: number) => h(StrictMode, null, h(ConsentProvider, { options, setup, ui: false, key: 'p' }, h(Probe, { key })));
    const { root } = await render(tree(1));
    // Strict Mode mounts effects twice (setup, cleanup, setup) on the same store.
    expect(setups.length - cleanups).to.equal(1);
    expect(new Set(setups).size).to.equal(1);
    expect(stores.size).to.equal(1);
    expect([...stores][0]).to.equal(setups[0]);

    const before = setups.length;
    // A re-render with a new setup function does not set up again.
    await act(async () =>
      root.render(h(StrictMode, null, h(ConsentProvider, { options, setup: () => void setups.push(null!), ui: false, key: 'p' }, h(Probe, { key: 2 })))),
    );
    expect(setups.length).to.equal(before);

    await act(async () => root.unmount());
    expect(cleanups).to.equal(setups.length);
    expect(errors).to.deep.equal([]);
  });

  it('without store or options, creates a store with the default options', async () => {
    let consent: ConsentValue | undefined;
    function Probe() {
      consent = useConsent();
      return null;
    }
    await render(h(ConsentProvider, { ui: false }, h(Probe)));
    expect(consent!.store!.config.categories).to.deep.equal(['necessary', 'functional', 'analytics', 'advertising']);
    expect(consent!.store!.config.services).to.deep.equal([]);
    expect(consent!.needsDecision).to.equal(true);
  });
});
