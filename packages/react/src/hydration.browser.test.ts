import { expect } from '@open-wc/testing';
import { act, createElement as h, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ConsentOptions } from '@assent/core';
import { consentSnapshot, type ConsentSnapshot } from '@assent/core/cookie';
import { ConsentProvider, Gate, useConsent } from './index.js';
import { cleanUp, GrantedProbe, returningVisitor, settle, testOptions, track, until, watchConsole } from './react.test-helper.js';

// Server rendering is renderToString() in this page, the HTML then hydrated with hydrateRoot() as
// a framework does. React renders every hook from its server snapshot there, so the HTML is what
// `initial` says, whatever cookie the page holds.

function DecisionState(): ReactNode {
  return h('p', { id: 'needs-decision' }, String(useConsent().needsDecision));
}

function Page(): ReactNode {
  return h(
    'main',
    null,
    h(GrantedProbe, { id: 'analytics' }),
    h(DecisionState),
    h(Gate, { service: 'video', fallback: h('p', { id: 'placeholder' }, 'The video loads once you allow it.') }, h('iframe', { id: 'video', title: 'Video' })),
  );
}

async function serverThenHydrate(options: ConsentOptions, initial: ConsentSnapshot | undefined, hydrationInitial = initial) {
  const html = renderToString(h(ConsentProvider, { options, initial }, h(Page)));
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const serverNodes = [...host.querySelectorAll('*')];
  const errors = watchConsole();
  const recoverable: unknown[] = [];
  await act(async () => {
    const root = hydrateRoot(host, h(ConsentProvider, { options, initial: hydrationInitial }, h(Page)), {
      onRecoverableError: (error) => void recoverable.push(error),
    });
    track(root, host);
  });
  return { html, host, errors, recoverable, serverNodes };
}

/** Gated content with an effect: whether it ever ran in the browser is what a tracker would do. */
const trackerRuns: string[] = [];
function Tracker(): ReactNode {
  useEffect(() => void trackerRuns.push('tracker effect'), []);
  return h('iframe', { id: 'video', title: 'Video' });
}

const text = (host: HTMLElement, selector: string) => host.querySelector(selector)?.textContent;
const banner = () => document.querySelector('assent-banner');

describe('server rendering and hydration', () => {
  afterEach(cleanUp);

  it('a returning visitor: the server HTML shows the granted content, hydration keeps it, no banner', async () => {
    const options = testOptions();
    returningVisitor((store) => store.update({ analytics: true, video: true }), options);
    const initial = consentSnapshot(document.cookie, options);
    expect(initial.needsDecision).to.equal(false);

    const { html, host, errors, recoverable, serverNodes } = await serverThenHydrate(options, initial);
    expect(html).to.contain('<iframe id="video"');
    expect(html).not.to.contain('placeholder');
    expect(recoverable).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    // Hydration adopted the server's elements rather than rendering new ones.
    expect([...host.querySelectorAll('*')]).to.deep.equal(serverNodes);
    expect(text(host, '#granted-analytics')).to.equal('on');
    expect(text(host, '#needs-decision')).to.equal('false');

    await settle(500);
    expect(banner()).to.equal(null);
    expect(host.querySelector('#video')).to.equal(serverNodes.find((node) => node.id === 'video'));
  });

  it('a first visit: the gated content is absent from the server HTML; the banner comes after hydration', async () => {
    const options = testOptions();
    const initial = consentSnapshot(document.cookie, options);
    expect(initial).to.deep.equal({ needsDecision: true, granted: ['necessary'] });

    const { html, host, errors, recoverable } = await serverThenHydrate(options, initial);
    expect(html).not.to.contain('iframe');
    expect(html).to.contain('id="placeholder"');
    expect(recoverable).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(text(host, '#needs-decision')).to.equal('true');
    await until(() => (banner() as (HTMLElement & { open?: boolean }) | null)?.open);
    expect(host.querySelector('iframe')).to.equal(null);
  });

  it('without initial: nothing granted on the server even with a consenting cookie; the client catches up after hydration', async () => {
    const options = testOptions();
    returningVisitor((store) => store.acceptAll(), options);

    const { html, host, errors, recoverable } = await serverThenHydrate(options, undefined);
    expect(html).not.to.contain('iframe');
    expect(html).to.contain('<p id="granted-analytics">off</p>');
    expect(html).to.contain('<p id="needs-decision">true</p>');
    expect(recoverable).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    // After hydration the store's own answers apply.
    expect(text(host, '#granted-analytics')).to.equal('on');
    expect(text(host, '#needs-decision')).to.equal('false');
    expect(host.querySelector('iframe#video')).not.to.equal(null);
  });

  it('a snapshot that grants more than this browser store (e.g. a withdrawal in another tab) never runs the gated content', async () => {
    const options = testOptions();
    returningVisitor((store) => store.rejectAll(), options);
    // What the server saw before the withdrawal reached it.
    const stale = { needsDecision: false, granted: ['necessary', 'functional', 'video', 'analytics'] };
    trackerRuns.length = 0;
    const page = () => h(Gate, { service: 'video', fallback: h('p', { id: 'placeholder' }, 'Allow the video to see it.') }, h(Tracker));
    // The HTML a server rendered from that snapshot (written out: renderToString in this page would
    // find the browser's store).
    const host = document.createElement('div');
    host.innerHTML = '<iframe id="video" title="Video"></iframe>';
    document.body.append(host);
    await act(async () => {
      track(hydrateRoot(host, h(ConsentProvider, { options, initial: stale }, page()), { onRecoverableError: () => {} }), host);
    });
    // Hydration answered with the store's denial (a mismatch, in the safe direction): the gated
    // component never rendered in the browser, so its effect never ran.
    expect(trackerRuns).to.deep.equal([]);
    expect(host.querySelector('iframe')).to.equal(null);
    expect(host.querySelector('#placeholder')).not.to.equal(null);
  });

  it('(control) HTML rendered for another snapshot than the hydration is reported as a mismatch', async () => {
    const options = testOptions();
    const granted = { needsDecision: false, granted: ['necessary', 'functional', 'video', 'analytics'] };
    const { recoverable, errors } = await serverThenHydrate(options, granted, { needsDecision: true, granted: ['necessary'] });
    expect(recoverable.length + errors.length).to.be.greaterThan(0);
  });
});
