import { expect } from '@open-wc/testing';
import { createElement as h } from 'react';
import { ConsentProvider } from './index.js';
import { cleanUp, ConsentProbe, lastConsent, render, settle, testOptions, until } from './react.test-helper.js';

// This page loads no banner code until the control test below: every module the browser fetches
// is listed by the Resource Timing API (its buffer enlarged so none is dropped).
performance.setResourceTimingBufferSize(10_000);
const bannerFetches = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/packages/banner/'));

describe('ui={false}', () => {
  afterEach(cleanUp);

  it('fetches no banner code and shows nothing, even when a decision is needed', async () => {
    await render(h(ConsentProvider, { options: testOptions(), ui: false }, h(ConsentProbe)));
    await settle(500);
    expect(lastConsent().needsDecision).to.equal(true);
    expect(document.querySelector('assent-banner, assent-preferences')).to.equal(null);
    expect(bannerFetches()).to.deep.equal([]);
  });

  it('(control) the default fetches the banner in the same page', async () => {
    await render(h(ConsentProvider, { options: testOptions() }, h(ConsentProbe)));
    await until(() => document.querySelector('assent-banner'));
    expect(bannerFetches().length).to.be.greaterThan(0);
  });
});
