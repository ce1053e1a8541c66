import { expect } from '@open-wc/testing';
import { act, createElement as h, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ConsentStore } from '@assent/core';
import { ConsentProvider, useConsent, type ConsentProviderProps } from './index.js';
import { cleanUp, ConsentProbe, GrantedProbe, lastConsent, render, seen, testOptions, testStore, watchConsole } from './react.test-helper.js';

const text = (host: HTMLElement, selector: string) => host.querySelector(selector)!.textContent;

describe('useGranted', () => {
  afterEach(cleanUp);

  it('re-renders only when its own id changes', async () => {
    const store = testStore();
    // ConsentProbe re-renders on every change: it proves the store did notify while analytics stayed still.
    const { host } = await render(h(ConsentProvider, { store }, h(GrantedProbe, { id: 'analytics' }), h(ConsentProbe)));
    const counts = () => [seen.renders.get('analytics'), seen.consent.length];
    expect(counts()).to.deep.equal([1, 1]);
    expect(text(host, '#granted-analytics')).to.equal('off');

    await act(async () => void store.update({ functional: true }));
    expect(counts()).to.deep.equal([1, 2]);

    await act(async () => void store.update({ analytics: true }));
    expect(counts()).to.deep.equal([2, 3]);
    expect(text(host, '#granted-analytics')).to.equal('on');

    await act(async () => void store.update({ video: true, functional: false }));
    expect(counts()).to.deep.equal([2, 4]);

    await act(async () => void store.withdraw());
    expect(counts()).to.deep.equal([3, 5]);
    expect(text(host, '#granted-analytics')).to.equal('off');
  });

  it('does not re-render when the provider gets a new initial object (a server refresh after hydration)', async () => {
    const store = testStore();
    const probe = h(GrantedProbe, { id: 'analytics' });
    const { root } = await render(h(ConsentProvider, { store, initial: { needsDecision: true, granted: ['necessary'] } }, probe));
    expect(seen.renders.get('analytics')).to.equal(1);
    await act(async () => root.render(h(ConsentProvider, { store, initial: { needsDecision: false, granted: ['necessary', 'analytics'] } }, probe)));
    expect(seen.renders.get('analytics')).to.equal(1);
  });

  it('answers for services as for categories, necessary always, unknown ids never', async () => {
    const store = testStore();
    const ids = ['necessary', 'video', 'unknown-id'];
    const { host } = await render(h(ConsentProvider, { store }, ...ids.map((id) => h(GrantedProbe, { id, key: id }))));
    const answers = () => ids.map((id) => text(host, `#granted-${id}`));
    expect(answers()).to.deep.equal(['on', 'off', 'off']);
    await act(async () => void store.update({ video: true }));
    expect(answers()).to.deep.equal(['on', 'on', 'off']);
  });

  it('outside a provider, throws an error that names the provider', async () => {
    const errors = watchConsole();
    let caught: unknown;
    const root = createRoot(document.createElement('div'), { onUncaughtError: (error) => (caught = error) });
    try {
      await act(async () => root.render(h(GrantedProbe, { id: 'analytics' })));
    } catch (error) {
      caught = error;
    }
    root.unmount();
    expect(String(caught)).to.contain('<ConsentProvider>');
    expect(errors).to.deep.equal([]);
  });
});

function ConsentPanel(): ReactNode {
  const consent = useConsent();
  const action = (id: string, run: () => unknown) => h('button', { id, type: 'button', onClick: () => void run() }, id);
  return h(
    'div',
    null,
    h('p', { id: 'state' }, `${consent.needsDecision ? 'undecided' : consent.decision!.method} analytics=${consent.granted('analytics')}`),
    action('accept', () => consent.acceptAll()),
    action('reject', () => consent.rejectAll()),
    action('analytics', () => consent.update({ analytics: true })),
    action('withdraw', () => consent.withdraw()),
  );
}

describe('useConsent', () => {
  afterEach(cleanUp);

  it('exposes the decision and the actions; every consumer follows', async () => {
    const store = testStore();
    const { host } = await render(h(ConsentProvider, { store }, h(ConsentPanel), h(ConsentProbe)));
    const click = (id: string) => act(async () => host.querySelector<HTMLButtonElement>(`#${id}`)!.click());
    expect(text(host, '#state')).to.equal('undecided analytics=false');
    expect(lastConsent().store).to.equal(store);

    await click('accept');
    expect(text(host, '#state')).to.equal('accept-all analytics=true');
    expect(store.state!.method).to.equal('accept-all');
    expect(lastConsent().decision).to.equal(store.state);
    await click('reject');
    expect(text(host, '#state')).to.equal('reject-all analytics=false');
    await click('analytics');
    expect(text(host, '#state')).to.equal('custom analytics=true');
    expect(store.granted('functional')).to.equal(false);
    await click('withdraw');
    expect(text(host, '#state')).to.equal('withdraw analytics=false');
    expect(lastConsent().needsDecision).to.equal(false);
  });

  it('returns the same object until the decision changes', async () => {
    const store = testStore();
    await render(h(ConsentProvider, { store }, h(ConsentProbe)));
    await act(async () => seen.rerender());
    expect(seen.consent).to.have.length(2);
    expect(seen.consent[1]).to.equal(seen.consent[0]);
    await act(async () => void store.acceptAll());
    expect(seen.consent).to.have.length(3);
    expect(seen.consent[2]).not.to.equal(seen.consent[1]);
  });
});

describe('ConsentProvider', () => {
  afterEach(cleanUp);

  it('creates one store from options, even in Strict Mode, and runs setup once per mount', async () => {
    const errors = watchConsole();
    const options = testOptions();
    const setups: ConsentStore[] = [];
    let cleanups = 0;
    const setup = (store: ConsentStore) => {
      setups.push(store);
      return () => void cleanups++;
    };
    const tree = (setupFunction: ConsentProviderProps['setup']) =>
      h(StrictMode, null, h(ConsentProvider, { options, setup: setupFunction, ui: false }, h(ConsentProbe)));
    const { root } = await render(tree(setup));
    // Strict Mode runs effects twice on mount (setup, cleanup, setup), on the same store.
    expect([setups.length, cleanups]).to.deep.equal([2, 1]);
    expect(new Set(setups).size).to.equal(1);
    expect(new Set(seen.consent.map((value) => value.store))).to.deep.equal(new Set([setups[0]]));

    // A re-render with a new setup function sets nothing up again.
    const before = setups.length;
    await act(async () => root.render(tree((store) => void setups.push(store))));
    expect(setups.length).to.equal(before);

    await act(async () => root.unmount());
    expect(cleanups).to.equal(setups.length);
    expect(errors).to.deep.equal([]);
  });

  it('without store or options, creates a store with the default options', async () => {
    await render(h(ConsentProvider, { ui: false }, h(ConsentProbe)));
    expect(lastConsent().store!.config.categories).to.deep.equal(['necessary', 'functional', 'analytics', 'advertising']);
    expect(lastConsent().store!.config.services).to.deep.equal([]);
    expect(lastConsent().needsDecision).to.equal(true);
  });
});
