// A stale decision (the site bumped its revision, or the decision expired) is asked again; in the
// opt-out regime what it refused stays refused meanwhile (an opt-out of sale or sharing holds until
// the person changes it), in opt-in nothing but necessary applies.
import { describe, expect, it, vi } from 'vitest';
import { consentFromCookie, consentSnapshot } from '../cookie-codec/server-view.js';
import { startConsentMode } from '../consent-mode/index.js';
import { DAY, makeStore, SERVICES, sharedStorage } from './store.test-helper.js';

const US = { region: 'US-CA' } as const;
const NON_NECESSARY = ['functional', 'youtube', 'analytics', 'matomo', 'ga4', 'advertising', 'google-ads'];
const grantedOf = (store: { granted(id: string): boolean }) => NON_NECESSARY.filter((id) => store.granted(id));

describe('a stale decision in the opt-out regime', () => {
  it('keeps an opt-out of advertising refused after the site changes its revision, and still asks again', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ advertising: false });
    const { store } = makeStore({ ...US, revision: '2' }, shared);
    expect(store.status).toBe('revision-changed');
    expect(store.needsDecision).toBe(true);
    expect(store.state).toBeUndefined();
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('google-ads')).toBe(false);
    expect(grantedOf(store)).toEqual(['functional', 'youtube', 'analytics', 'matomo', 'ga4']);
  });

  it('keeps every refusal, a single service included, while what it granted follows the regime', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ analytics: false, youtube: false });
    const { store } = makeStore({ ...US, revision: '2' }, shared);
    expect(grantedOf(store)).toEqual(['functional', 'advertising', 'google-ads']);
  });

  it('keeps an opt-out refused when the decision expires while the page is open, and expiry changes nothing granted', () => {
    const { store, clock } = makeStore(US);
    store.update({ advertising: false });
    const seen = vi.fn();
    store.subscribe(seen);
    clock.advance(183 * DAY);
    expect(store.granted('advertising')).toBe(false);
    expect(store.status).toBe('expired');
    expect(store.needsDecision).toBe(true);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![1]).toMatchObject({ source: 'expiry', granted: [], revoked: [], withdrawn: [] });
  });

  it('keeps an opt-out refused on a page loaded after expiry: the cookie outlives the decision in opt-out', () => {
    const shared = sharedStorage();
    const write = vi.spyOn(shared.jar, 'write');
    makeStore(US, shared).store.update({ advertising: false });
    // 13 months, the longest a decision may apply, whatever expiresAfterDays says.
    expect(write.mock.calls[0]![2].maxAgeSeconds).toBe(395 * 86_400);
    shared.clock.advance(200 * DAY);
    const { store } = makeStore(US, shared);
    expect(store.status).toBe('expired');
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('analytics')).toBe(true);
  });

  it("keeps a GPC decision's refusal after a revision change, even once the signal is gone", async () => {
    const shared = sharedStorage();
    const first = makeStore({ ...US, revision: '1', gpc: true }, shared).store;
    await Promise.resolve();
    expect(first.state?.method).toBe('gpc');
    const { store } = makeStore({ ...US, revision: '2', gpc: false }, shared);
    await Promise.resolve();
    expect(store.needsDecision).toBe(true);
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('analytics')).toBe(true);
  });

  it('applies GPC on top: a signal now denies advertising a stale decision granted, and the recorded opt-out keeps its other refusals', async () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ analytics: false });
    const { store } = makeStore({ ...US, revision: '2', gpc: true }, shared);
    expect(store.granted('advertising')).toBe(false);
    expect(store.granted('analytics')).toBe(false);
    expect(store.granted('functional')).toBe(true);
    await Promise.resolve();
    expect(store.state).toMatchObject({ method: 'gpc', revision: '2', categories: { functional: true, analytics: false, advertising: false } });
  });

  it('lets a service added since follow its category: refused in a refused category, granted in a granted one', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ advertising: false });
    const extra = [
      { ...SERVICES[4]!, id: 'meta-pixel', name: 'Meta Pixel' },
      { ...SERVICES[2]!, id: 'plausible', name: 'Plausible' },
    ];
    const { store } = makeStore({ ...US, revision: '2', services: [...SERVICES, ...extra] }, shared);
    expect(store.granted('meta-pixel')).toBe(false);
    expect(store.granted('plausible')).toBe(true);
  });

  it('counts a category added since as refused: the cookie lists granted categories only, so it cannot be told from one refused', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ advertising: false });
    const categories = ['functional', 'analytics', 'advertising', 'personalisation'];
    const { store } = makeStore({ ...US, revision: '2', categories }, shared);
    expect(store.granted('personalisation')).toBe(false);
    expect(store.granted('analytics')).toBe(true);
    // Without a stale decision the new category gets the opt-out default.
    expect(makeStore({ ...US, revision: '2', categories }).store.granted('personalisation')).toBe(true);
  });

  it('is replaced by the next decision, which starts from what applies', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ advertising: false });
    const { store } = makeStore({ ...US, revision: '2' }, shared);
    const seen = vi.fn();
    store.subscribe(seen);
    store.update({ analytics: false });
    expect(store.state).toMatchObject({ revision: '2', categories: { functional: true, analytics: false, advertising: false } });
    expect(seen.mock.calls[0]![1]).toMatchObject({ granted: [], revoked: ['analytics', 'matomo', 'ga4'], withdrawn: [] });
    store.acceptAll();
    expect(store.granted('advertising')).toBe(true);
    expect(store.needsDecision).toBe(false);
  });

  it('gives a server reading the cookie the same answers', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ advertising: false });
    const header = `assent=${shared.jar.read('assent')}`;
    const options = { ...US, revision: '2', services: SERVICES, now: shared.clock.now };
    const view = consentFromCookie(header, options);
    expect(view.status).toBe('revision-changed');
    expect(view.decision).toBeUndefined();
    expect(view.granted('advertising')).toBe(false);
    expect(view.granted('analytics')).toBe(true);
    const snapshot = consentSnapshot(header, options);
    expect(snapshot.needsDecision).toBe(true);
    expect(snapshot.granted).not.toContain('advertising');
    expect(snapshot.granted).toEqual(['functional', 'analytics', 'necessary', 'session', 'youtube', 'matomo', 'ga4']);
  });

  it('is told to Google Consent Mode at once: the opt-out default grants advertising, the update denies it', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.update({ advertising: false });
    const { store } = makeStore({ ...US, revision: '2' }, shared);
    const win: Record<string, unknown[]> = {};
    startConsentMode(store, { root: { defaultView: win } as unknown as Document, event: false });
    const commands = win.dataLayer!.map((args) => [...(args as unknown[])]);
    expect(commands[0]).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'granted' })]);
    expect(commands).toContainEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'granted' })]);
  });
});

describe('a stale decision in the opt-in regime', () => {
  it('grants nothing but necessary, as before', () => {
    const shared = sharedStorage();
    makeStore({ region: 'DE', revision: '1' }, shared).store.acceptAll();
    const { store } = makeStore({ region: 'DE', revision: '2' }, shared);
    expect(store.status).toBe('revision-changed');
    expect(grantedOf(store)).toEqual([]);
    expect(store.granted('necessary')).toBe(true);
    const win: Record<string, unknown[]> = {};
    startConsentMode(store, { root: { defaultView: win } as unknown as Document, event: false });
    // Consent Mode hears of the stale decision too: an update that repeats the opt-in default.
    const [, , defaults] = [...(win.dataLayer![0] as unknown[])] as [string, string, Record<string, unknown>];
    const { wait_for_update, ...types } = defaults;
    expect(types).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied' });
    expect(win.dataLayer!.map((args) => [...(args as unknown[])])).toContainEqual(['consent', 'update', types]);
  });

  it('ends the cookie with the decision', () => {
    const shared = sharedStorage();
    const write = vi.spyOn(shared.jar, 'write');
    makeStore({ region: 'DE' }, shared).store.acceptAll();
    expect(write.mock.calls[0]![2].maxAgeSeconds).toBe(182 * 86_400);
    shared.clock.advance(183 * DAY);
    expect(makeStore({ region: 'DE' }, shared).store.granted('analytics')).toBe(false);
  });
});
