import { describe, expect, it, vi } from 'vitest';
import type { CookieJar, DecisionRecords } from '../config/types.js';
import { broadcastSyncChannel } from '../sync/channel.js';
import { encodeConsentCookie } from '../cookie-codec/index.js';
import { memoryCookieJar } from '../storage/cookie-jar.js';
import { makeStore, sharedStorage } from './store.test-helper.js';

describe('opt-out regime', () => {
  it('grants non-necessary categories until the person opts out', () => {
    const { store } = makeStore({ region: 'US-CA' });
    expect(store.config.regime).toBe('opt-out');
    expect(store.needsDecision).toBe(true);
    expect(['functional', 'analytics', 'advertising', 'google-ads'].every((id) => store.granted(id))).toBe(true);
    store.update({ advertising: false });
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('analytics')).toBe(true);
    expect(store.state?.regime).toBe('opt-out');
  });

  it('an unknown region is opt-in', () => {
    expect(makeStore({ region: 'ZZ' }).store.granted('analytics')).toBe(false);
  });
});

describe('Global Privacy Control', () => {
  it('in an opt-out region it denies advertising at once and records a gpc opt-out without asking', async () => {
    const { store } = makeStore({ region: 'US-CO', gpc: true });
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('analytics')).toBe(true);
    // Recorded in a microtask, so a listener attached right after creation (the outbox) sees it.
    const seen = vi.fn();
    store.subscribe(seen);
    await Promise.resolve();
    expect(store.state).toMatchObject({ method: 'gpc', gpc: true, categories: { functional: true, analytics: true, advertising: false } });
    expect(seen).toHaveBeenCalledWith(store.state, expect.objectContaining({ source: 'local' }));
    expect(store.granted('google-ads')).toBe(false);
    expect(store.needsDecision).toBe(false);
  });

  it('in an opt-in region it grants nothing and Accept all leaves advertising off', () => {
    const { store } = makeStore({ region: 'DE', gpc: true });
    expect(store.state).toBeUndefined();
    expect(store.granted('advertising')).toBe(false);
    const decision = store.acceptAll();
    expect(decision).toMatchObject({ method: 'accept-all', gpc: true, categories: { analytics: true, advertising: false } });
    expect(store.granted('google-ads')).toBe(false);
  });

  it('only an explicit per-category choice turns advertising on under GPC, and that choice survives a reload', () => {
    const shared = sharedStorage();
    const { store } = makeStore({ gpc: true }, shared);
    store.update({ advertising: true });
    expect(store.granted('advertising')).toBe(true);
    expect(makeStore({ gpc: true }, shared).store.granted('advertising')).toBe(true);
  });

  it('a GPC signal that arrives after a decision denies advertising at once, then records the opt-out', async () => {
    const shared = sharedStorage();
    const given = makeStore({}, shared).store.acceptAll();
    const { store } = makeStore({ gpc: true }, shared);
    const seen = vi.fn();
    store.subscribe(seen);
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('google-ads')).toBe(false);
    expect(store.granted('analytics')).toBe(true);
    await Promise.resolve();
    expect(store.state).toMatchObject({ id: given.id, method: 'gpc', gpc: true, categories: { analytics: true, advertising: false } });
    // Already denied on this page, yet withdrawn from what the decision before it granted.
    expect(seen.mock.calls[0]![1]).toMatchObject({ revoked: [], withdrawn: ['advertising', 'google-ads'] });
  });

  it('records nothing for GPC when a decision made without the signal grants nothing in advertising', async () => {
    const shared = sharedStorage();
    const custom = makeStore({}, shared).store.update({ analytics: true });
    const { store } = makeStore({ gpc: true }, shared);
    await Promise.resolve();
    expect(store.state).toMatchObject({ method: 'custom', gpc: false, updatedAt: custom.updatedAt });
    expect(store.granted('analytics')).toBe(true);
  });

  it('records nothing for GPC when a decision made with the signal already denies advertising', async () => {
    const shared = sharedStorage();
    const rejected = makeStore({ gpc: true }, shared).store.rejectAll();
    const { store } = makeStore({ gpc: true }, shared);
    await Promise.resolve();
    expect(store.state).toMatchObject({ method: 'reject-all', updatedAt: rejected.updatedAt });
  });

  it('does nothing when the site has no advertising category', () => {
    const { store } = makeStore({ region: 'US-CA', gpc: true, categories: ['analytics'], services: [] });
    expect(store.state).toBeUndefined();
    expect(store.granted('analytics')).toBe(true);
  });
});

describe('storage failures and bad cookies', () => {
  const throwingJar: CookieJar = {
    read: () => {
      throw new DOMException('cookies blocked', 'SecurityError');
    },
    write: () => {
      throw new DOMException('cookies blocked', 'SecurityError');
    },
    remove: () => {},
  };
  const brokenRecords: DecisionRecords = {
    load: () => {
      throw new DOMException('IndexedDB is blocked', 'InvalidStateError');
    },
    save: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    history: () => Promise.reject(new Error('blocked')),
  };

  it('keeps working in memory, assumes no consent and reports what failed', async () => {
    const errors: unknown[] = [];
    const { store } = makeStore({ storage: { cookies: throwingJar, records: brokenRecords }, onError: (e) => errors.push(e) });
    expect(store.needsDecision).toBe(true);
    expect(store.granted('analytics')).toBe(false);
    await store.ready;
    expect(() => store.acceptAll()).not.toThrow();
    expect(store.granted('analytics')).toBe(true);
    expect(await store.history()).toEqual([]);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(errors.every((e) => e instanceof Error || e instanceof DOMException)).toBe(true);
  });

  it('survives an onError handler that throws', () => {
    const { store } = makeStore({
      storage: { cookies: throwingJar },
      onError: () => {
        throw new Error('handler bug');
      },
    });
    expect(() => store.rejectAll()).not.toThrow();
  });

  it.each([
    ['corrupt', 'A1.garbage'],
    ['foreign', 'yes'],
    ['from the future', 'FUTURE'],
  ])('treats a %s cookie as no decision', (_, value) => {
    const shared = sharedStorage();
    const future = encodeConsentCookie(
      {
        ...makeStore({}, sharedStorage()).store.acceptAll(),
        updatedAt: '2030-01-01T00:00:00.000Z',
        givenAt: '2030-01-01T00:00:00.000Z',
        expiresAt: '2030-06-01T00:00:00.000Z',
      },
      [],
    );
    shared.jar.write('assent', value === 'FUTURE' ? future : value, {
      name: 'assent',
      domain: undefined,
      path: '/',
      sameSite: 'Lax',
      secure: false,
      maxAgeSeconds: 1,
    });
    const { store } = makeStore({}, shared);
    expect(store.needsDecision).toBe(true);
    expect(store.granted('analytics')).toBe(false);
  });
});

describe('cross-tab sync (BroadcastChannel, as Node provides it)', () => {
  it('a decision in one tab reaches the other without a reload, with what changed', async () => {
    const jar = memoryCookieJar();
    const name = `assent-test-${Math.random()}`;
    const tabA = makeStore({ sync: broadcastSyncChannel(name) }, { jar }).store;
    const tabB = makeStore({ sync: broadcastSyncChannel(name) }, { jar }).store;
    const received = new Promise<Parameters<Parameters<typeof tabB.subscribe>[0]>>((resolve) => tabB.subscribe((...args) => resolve(args)));
    const decision = tabA.update({ analytics: true }, { textHash: 'h' });
    const [synced, change] = await received;
    expect(synced).toEqual(decision);
    expect(change).toMatchObject({ source: 'other-tab', granted: expect.arrayContaining(['analytics', 'matomo', 'ga4']) });
    expect(tabB.granted('analytics')).toBe(true);
    tabA.destroy();
    tabB.destroy();
  });

  it('ignores malformed messages', async () => {
    const listen = vi.fn();
    let deliver: (message: unknown) => void = () => {};
    const { store } = makeStore({ sync: { post: () => {}, close: () => {}, listen: (fn) => ((deliver = fn), listen) } });
    for (const message of [null, 'x', { type: 'assent:decision' }, { type: 'assent:decision', decision: { id: 'nope', categories: {} } }]) deliver(message);
    expect(store.state).toBeUndefined();
    store.destroy();
    expect(listen).toHaveBeenCalledTimes(1);
  });
});
