import { describe, expect, it, vi } from 'vitest';
import { createConsent } from './create-consent.js';
import { ConsentConfigError } from '../config/validate.js';
import { DAY, makeStore, sharedStorage } from './store.test-helper.js';
import type { ConsentChange } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createConsent: opt-in (default)', () => {
  it('grants nothing but necessary before a decision', () => {
    const { store } = makeStore();
    expect(store.needsDecision).toBe(true);
    expect(store.status).toBe('none');
    expect(store.state).toBeUndefined();
    expect(store.granted('necessary')).toBe(true);
    expect(store.granted('session')).toBe(true);
    for (const id of ['functional', 'analytics', 'advertising', 'youtube', 'matomo', 'google-ads', 'unknown']) expect(store.granted(id)).toBe(false);
  });

  it('acceptAll grants everything and records a complete decision', () => {
    const { store, clock } = makeStore({ revision: 7, locale: 'fr', region: 'DE' });
    const decision = store.acceptAll({ textHash: 'abc123' });
    expect(decision).toMatchObject({
      revision: '7',
      method: 'accept-all',
      locale: 'fr',
      region: 'DE',
      regime: 'opt-in',
      gpc: false,
      textHash: 'abc123',
      categories: { necessary: true, functional: true, analytics: true, advertising: true },
      services: { session: true, youtube: true, matomo: true, ga4: true, 'google-ads': true },
      givenAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(decision.id).toMatch(UUID);
    expect(Date.parse(decision.expiresAt) - clock.now()).toBe(182 * DAY);
    expect(store.needsDecision).toBe(false);
    expect(store.state).toBe(decision);
    expect(store.granted('advertising')).toBe(true);
  });

  it('rejectAll keeps only necessary', () => {
    const { store } = makeStore();
    const decision = store.rejectAll();
    expect(decision.method).toBe('reject-all');
    expect(decision.categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
    expect(decision.services.session).toBe(true);
    expect(store.granted('matomo')).toBe(false);
    expect(store.needsDecision).toBe(false);
  });

  it('update changes only what it names; a category carries its services, a service may differ', () => {
    const { store } = makeStore();
    store.update({ analytics: true });
    expect(store.granted('analytics') && store.granted('matomo') && store.granted('ga4')).toBe(true);
    expect(store.granted('functional')).toBe(false);
    const decision = store.update({ ga4: false, functional: true });
    expect(decision.method).toBe('custom');
    expect(decision.services).toMatchObject({ matomo: true, ga4: false, youtube: true });
    expect(store.update({ necessary: false }, { method: 'api' })).toMatchObject({ method: 'api', categories: { necessary: true } });
  });

  it('update refuses unknown ids and non-boolean choices, changing nothing', () => {
    const { store } = makeStore();
    expect(() => store.update({ analytic: true })).toThrow('update(): "analytic" is not a configured category or service');
    expect(() => store.update({ analytics: 'yes' as unknown as boolean })).toThrow('must be true or false');
    expect(store.state).toBeUndefined();
  });

  it('withdraw keeps the consent id, revokes everything and says what changed', () => {
    const { store, clock } = makeStore();
    const given = store.acceptAll();
    const listener = vi.fn();
    store.subscribe(listener);
    clock.advance(DAY);
    const withdrawn = store.withdraw();
    expect(withdrawn).toMatchObject({ id: given.id, givenAt: given.givenAt, method: 'withdraw' });
    expect(withdrawn.updatedAt).not.toBe(given.updatedAt);
    const [decision, change] = listener.mock.calls[0]!;
    expect(decision).toBe(withdrawn);
    expect(change.source).toBe('local');
    expect(change.previous).toBe(given);
    expect(change.revoked.sort()).toEqual(['advertising', 'analytics', 'functional', 'ga4', 'google-ads', 'matomo', 'youtube']);
    expect(change.granted).toEqual([]);
  });

  it('throws one ConsentConfigError for a bad config', () => {
    expect(() => createConsent({ expiresAfterDays: 500 })).toThrow(ConsentConfigError);
  });
});

describe('withdrawal: what a decision takes back from the one before it', () => {
  const changes = (store: ReturnType<typeof makeStore>['store']) => {
    const seen: ConsentChange[] = [];
    store.subscribe((_, change) => seen.push(change));
    return seen;
  };

  it('reject all after accept all lists every withdrawn id; the method stays how the person acted', () => {
    const { store } = makeStore();
    const seen = changes(store);
    store.acceptAll();
    const rejected = store.rejectAll();
    expect(rejected.method).toBe('reject-all');
    expect(seen[0]!.withdrawn).toEqual([]);
    expect(seen[1]!.withdrawn.sort()).toEqual(['advertising', 'analytics', 'functional', 'ga4', 'google-ads', 'matomo', 'youtube']);
  });

  it('unticking one service withdraws that service only, even while something else is granted', () => {
    const { store } = makeStore();
    store.update({ analytics: true });
    const seen = changes(store);
    store.update({ ga4: false, functional: true });
    expect(seen[0]).toMatchObject({ withdrawn: ['ga4'], revoked: ['ga4'] });
    expect(seen[0]!.granted.sort()).toEqual(['functional', 'youtube']);
  });

  it('a first reject all, a grant, an expiry and a decision after it withdraw nothing', () => {
    const { store, clock } = makeStore({ expiresAfterDays: 30 });
    const seen = changes(store);
    store.rejectAll();
    store.update({ analytics: true });
    clock.advance(30 * DAY);
    expect(store.state).toBeUndefined();
    store.rejectAll();
    expect(seen.map((change) => [change.source, change.withdrawn])).toEqual([
      ['local', []],
      ['local', []],
      ['expiry', []],
      ['local', []],
    ]);
    // What applied did change on expiry: revoked says so, withdrawn does not.
    expect(seen[2]!.revoked.sort()).toEqual(['analytics', 'ga4', 'matomo']);
  });

  it('in an opt-out region, opting out before any decision is not a withdrawal, opting out later is', () => {
    const { store } = makeStore({ region: 'US-CA' });
    const seen = changes(store);
    store.update({ advertising: false });
    store.update({ analytics: false });
    expect(seen[0]!.revoked).toContain('advertising');
    expect(seen[0]!.withdrawn).toEqual([]);
    expect(seen[1]!.withdrawn.sort()).toEqual(['analytics', 'ga4', 'matomo']);
  });
});

describe('subscribe and onGranted', () => {
  it('notifies every listener even if one throws, and stops after unsubscribe', () => {
    const { store, errors } = makeStore();
    const good = vi.fn();
    store.subscribe(() => {
      throw new Error('listener bug');
    });
    const stop = store.subscribe(good);
    store.acceptAll();
    expect(good).toHaveBeenCalledTimes(1);
    expect(errors).toHaveLength(1);
    stop();
    store.rejectAll();
    expect(good).toHaveBeenCalledTimes(1);
  });

  it('onGranted runs at once when granted, else once when granted, and can be cancelled', () => {
    const { store } = makeStore();
    const later = vi.fn();
    const cancelled = vi.fn();
    store.onGranted('analytics', later);
    store.onGranted('advertising', cancelled)();
    expect(later).not.toHaveBeenCalled();
    store.update({ functional: true });
    expect(later).not.toHaveBeenCalled();
    store.acceptAll();
    store.withdraw();
    store.acceptAll();
    expect(later).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    const now = vi.fn();
    store.onGranted('matomo', now);
    expect(now).toHaveBeenCalledTimes(1);
    expect(() => store.onGranted('analytcs', now)).toThrow(TypeError);
  });
});

describe('persistence, expiry and revision', () => {
  it('a reload reads the decision from the cookie synchronously and the text hash from records', async () => {
    const shared = sharedStorage();
    const first = makeStore({}, shared).store;
    const decision = first.update({ analytics: true }, { textHash: 'hash-of-texts' });
    const { store: reloaded } = makeStore({}, shared);
    expect(reloaded.granted('analytics')).toBe(true);
    expect(reloaded.state).toMatchObject({ id: decision.id, categories: decision.categories, services: decision.services });
    await reloaded.ready;
    expect(reloaded.state).toEqual(decision);
    expect((await reloaded.history()).map((d) => d.method)).toEqual(['custom']);
  });

  it('an expired decision is not applied and asks again; deciding again keeps the consent id', () => {
    const shared = sharedStorage();
    const { store } = makeStore({ expiresAfterDays: 30 }, shared);
    const given = store.acceptAll();
    const listener = vi.fn();
    store.subscribe(listener);
    shared.clock.advance(30 * DAY - 1000);
    expect(store.granted('analytics')).toBe(true);
    shared.clock.advance(1000);
    expect(store.granted('analytics')).toBe(false);
    expect(store.needsDecision).toBe(true);
    expect(store.status).toBe('expired');
    expect(listener.mock.calls[0]![1]).toMatchObject({ source: 'expiry', previous: given });
    expect(makeStore({ expiresAfterDays: 30 }, shared).store.status).toBe('expired');
    const renewed = store.acceptAll();
    expect(renewed).toMatchObject({ id: given.id, givenAt: given.givenAt });
  });

  it('a new revision asks again', () => {
    const shared = sharedStorage();
    makeStore({ revision: '1' }, shared).store.acceptAll();
    const { store } = makeStore({ revision: '2' }, shared);
    expect(store.status).toBe('revision-changed');
    expect(store.needsDecision).toBe(true);
    expect(store.granted('analytics')).toBe(false);
  });

  it('writes the cookie with the configured attributes and a max-age matching the expiry', () => {
    const shared = sharedStorage();
    const write = vi.spyOn(shared.jar, 'write');
    makeStore({ cookie: { name: 'consent', domain: 'example.com', secure: true } }, shared).store.rejectAll();
    expect(write).toHaveBeenCalledWith('consent', expect.stringMatching(/^A1\./), {
      name: 'consent',
      domain: 'example.com',
      path: '/',
      sameSite: 'Lax',
      secure: true,
      maxAgeSeconds: 182 * 86400,
    });
  });

  it('records the store locale instead of a locale the cookie cannot carry, so the decision survives a reload', () => {
    const shared = sharedStorage();
    const decision = makeStore({ locale: 'fr' }, shared).store.acceptAll({ locale: '<img src=x onerror=alert(1)>' });
    expect(decision.locale).toBe('fr');
    const { store } = makeStore({ locale: 'fr' }, shared);
    expect(store.state).toMatchObject({ id: decision.id, locale: 'fr' });
    expect(makeStore({}, shared).store.acceptAll({ locale: 'pt-BR' }).locale).toBe('pt-BR');
  });

  it('a different service list falls back to category choices for services', () => {
    const shared = sharedStorage();
    makeStore({}, shared).store.update({ analytics: true, ga4: false });
    const { store } = makeStore({ services: [] }, shared);
    const { store: withNewService } = makeStore(
      {
        services: [
          ...makeStore().store.config.services,
          { id: 'hotjar', category: 'analytics', name: 'Hotjar', provider: 'Hotjar', purpose: 'Heatmaps', privacyPolicyUrl: '/p' },
        ],
      },
      shared,
    );
    expect(store.granted('analytics')).toBe(true);
    expect(withNewService.granted('ga4')).toBe(true);
    expect(withNewService.granted('hotjar')).toBe(true);
  });
});
