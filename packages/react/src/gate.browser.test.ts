import { expect } from '@open-wc/testing';
import { act, createElement as h } from 'react';
import { ConsentProvider, Gate } from './index.js';
import { cleanUp, render, testStore } from './react.test-helper.js';

describe('Gate', () => {
  afterEach(cleanUp);

  it('shows the fallback until the category is granted, and switches as consent changes', async () => {
    const store = testStore();
    const { host } = await render(
      h(
        ConsentProvider,
        { store },
        h(Gate, { category: 'analytics', fallback: h('p', { id: 'fallback' }, 'Analytics is off') }, h('p', { id: 'content' }, 'Charts')),
      ),
    );
    expect(host.querySelector('#content')).to.equal(null);
    expect(host.querySelector('#fallback')!.textContent).to.equal('Analytics is off');

    await act(async () => void store.update({ analytics: true }));
    expect(host.querySelector('#fallback')).to.equal(null);
    expect(host.querySelector('#content')!.textContent).to.equal('Charts');

    await act(async () => void store.withdraw());
    expect(host.querySelector('#content')).to.equal(null);
    expect(host.querySelector('#fallback')).not.to.equal(null);
  });

  it('gates a service on its own consent, and renders nothing without a fallback', async () => {
    const store = testStore();
    const { host } = await render(h(ConsentProvider, { store }, h(Gate, { service: 'video' }, h('iframe', { title: 'Video' }))));
    expect(host.innerHTML).to.equal('');

    await act(async () => void store.update({ video: true }));
    expect(host.querySelector('iframe')).not.to.equal(null);
    await act(async () => void store.update({ video: false }));
    expect(host.innerHTML).to.equal('');
  });
});
