import { describe, expect, it } from 'vitest';
import { createElement as h, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createConsent, memoryCookieJar } from '@assent/core';
import { consentSnapshot } from '@assent/core/cookie';
import { ConsentProvider, Gate, useConsent, useGranted, type ConsentValue } from './index.js';

// Server rendering in Node, where there is no window: the provider creates no store, runs no setup
// and loads no banner; what the HTML shows comes from `initial` alone.
const options = { revision: 'test', region: 'DE', sync: false as const };

let seen: ConsentValue | undefined;
function Page(): ReactNode {
  seen = useConsent();
  return h(
    'main',
    null,
    h('p', { id: 'analytics' }, useGranted('analytics') ? 'on' : 'off'),
    h(Gate, { category: 'functional', fallback: h('p', null, 'placeholder') }, h('iframe', { title: 'Video' })),
  );
}

/** The Cookie header of a browser that made `decide`'s decision. */
function cookieHeaderAfter(decide: (store: ReturnType<typeof createConsent>) => void): string {
  const cookies = memoryCookieJar();
  const store = createConsent({ ...options, storage: { cookies } });
  decide(store);
  store.destroy();
  return `assent=${cookies.read('assent')}`;
}

describe('server rendering (Node, no DOM)', () => {
  it('without initial: only necessary granted, a decision needed, no store, no setup', () => {
    let setups = 0;
    const html = renderToString(h(ConsentProvider, { options, setup: () => void setups++ }, h(Page)));
    expect(html).toContain('<p id="analytics">off</p>');
    expect(html).not.toContain('iframe');
    expect(html).toContain('placeholder');
    expect(seen).toMatchObject({ needsDecision: true, decision: undefined, store: undefined });
    expect([seen!.granted('necessary'), seen!.granted('functional')]).toEqual([true, false]);
    expect(setups).toBe(0);
    expect(typeof window).toBe('undefined');
  });

  it('a malformed initial renders a first visit instead of throwing or matching part of an id', () => {
    for (const initial of [{ needsDecision: false }, { needsDecision: false, granted: 'functional-extra' }, { granted: null }]) {
      const html = renderToString(h(ConsentProvider, { options, initial: initial as never }, h(Page)));
      expect(html).not.toContain('iframe');
      expect(seen).toMatchObject({ needsDecision: true });
      expect([seen!.granted('necessary'), seen!.granted('functional')]).toEqual([true, false]);
    }
  });

  it("with initial from the request's cookie: the HTML shows what it grants", () => {
    const header = cookieHeaderAfter((store) => store.update({ functional: true }));
    const initial = consentSnapshot(header, options);
    const html = renderToString(h(ConsentProvider, { options, initial }, h(Page)));
    expect(html).toContain('<iframe title="Video">');
    expect(html).toContain('<p id="analytics">off</p>');
    expect(seen!.needsDecision).toBe(false);
    expect(seen!.granted('functional')).toBe(true);
  });

  it('a store passed on the server is not read: the HTML follows initial, as hydration will', () => {
    const store = createConsent({ ...options, storage: { cookies: memoryCookieJar() } });
    store.acceptAll();
    const html = renderToString(h(ConsentProvider, { store }, h(Page)));
    expect(html).not.toContain('iframe');
    expect(seen!.store).toBe(store);
    store.destroy();
  });

  it('openPreferences rejects on the server', async () => {
    renderToString(h(ConsentProvider, { options }, h(Page)));
    await expect(seen!.openPreferences()).rejects.toThrow('@assent/react');
  });
});
