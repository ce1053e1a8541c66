// A decision made under the opt-out regime (a US region) is not consent under the opt-in regime
// (GDPR): there, non-necessary categories were granted by default, not by the person's choice, so
// a page in an opt-in region asks again. Meanwhile what the decision refused stays refused and
// nothing beyond the opt-in defaults applies. A decision made under opt-in holds under opt-out: it
// is an explicit choice, and stricter.
import { describe, expect, it } from 'vitest';
import { consentFromCookie, consentSnapshot } from '../cookie-codec/server-view.js';
import { startConsentMode } from '../consent-mode/index.js';
import { makeStore, SERVICES, sharedStorage } from './store.test-helper.js';

const US = { region: 'US-CA' } as const;
const DE = { region: 'DE' } as const;
const NON_NECESSARY = ['functional', 'youtube', 'analytics', 'matomo', 'ga4', 'advertising', 'google-ads'];
const grantedOf = (store: { granted(id: string): boolean }) => NON_NECESSARY.filter((id) => store.granted(id));
const serverView = (shared: ReturnType<typeof sharedStorage>, options: object) => {
  const header = `assent=${shared.jar.read('assent')}`;
  const all = { ...options, services: SERVICES, now: shared.clock.now };
  return { view: consentFromCookie(header, all), snapshot: consentSnapshot(header, all) };
};

describe('an opt-out-regime decision read in an opt-in region', () => {
  it('is asked again after the automatic GPC decision, granting nothing but necessary', async () => {
    const shared = sharedStorage();
    const us = makeStore({ ...US, gpc: true }, shared).store;
    await Promise.resolve();
    expect(us.state).toMatchObject({ method: 'gpc', regime: 'opt-out', categories: { analytics: true, advertising: false } });
    const { store } = makeStore(DE, shared);
    expect(store.status).toBe('regime-changed');
    expect(store.needsDecision).toBe(true);
    expect(store.state).toBeUndefined();
    expect(grantedOf(store)).toEqual([]);
    expect(store.granted('necessary')).toBe(true);
    const { view, snapshot } = serverView(shared, DE);
    expect(view.status).toBe('regime-changed');
    expect(view.decision).toBeUndefined();
    expect(view.granted('analytics')).toBe(false);
    expect(view.granted('functional')).toBe(false);
    expect(snapshot).toEqual({ needsDecision: true, granted: ['necessary', 'session'] });
  });

  it('is asked again after "Do not sell or share", and the refusal stays refused once the person decides', () => {
    const shared = sharedStorage();
    makeStore(US, shared).store.update({ advertising: false });
    const { store } = makeStore(DE, shared);
    expect(store.status).toBe('regime-changed');
    expect(grantedOf(store)).toEqual([]);
    expect(serverView(shared, DE).view.granted('analytics')).toBe(false);
    // Choosing only analytics in DE does not bring advertising back.
    store.update({ analytics: true });
    expect(store.status).toBe('valid');
    expect(store.state).toMatchObject({ regime: 'opt-in', categories: { functional: false, analytics: true, advertising: false } });
    expect(makeStore(DE, shared).store.status).toBe('valid');
  });

  it('is asked again after an explicit acceptAll(): it answered a notice of opt-out rights, not a GDPR consent request', () => {
    // Under opt-out, accepting confirms what already applied by default; the person was never told
    // that nothing happens without their consent, so it is not the informed, specific consent GDPR needs.
    const shared = sharedStorage();
    makeStore(US, shared).store.acceptAll();
    const { store } = makeStore(DE, shared);
    expect(store.status).toBe('regime-changed');
    expect(grantedOf(store)).toEqual([]);
    const { view, snapshot } = serverView(shared, DE);
    expect(view.status).toBe('regime-changed');
    expect(view.granted('advertising')).toBe(false);
    expect(snapshot.needsDecision).toBe(true);
  });

  it('is reported as regime-changed even when the revision changed too', () => {
    const shared = sharedStorage();
    makeStore({ ...US, revision: '1' }, shared).store.acceptAll();
    expect(makeStore({ ...DE, revision: '2' }, shared).store.status).toBe('regime-changed');
  });

  it('is told to Google Consent Mode as the opt-in default', () => {
    const shared = sharedStorage();
    makeStore(US, shared).store.acceptAll();
    const { store } = makeStore(DE, shared);
    const win: Record<string, unknown[]> = {};
    startConsentMode(store, { root: { defaultView: win } as unknown as Document, event: false });
    const commands = win.dataLayer!.map((args) => [...(args as unknown[])]);
    expect(commands[0]).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied' })]);
    expect(commands).toContainEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied' })]);
    expect(commands).not.toContainEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted' })]);
  });
});

describe('an opt-in decision read in an opt-out region', () => {
  it('stays valid: it is explicit and stricter', () => {
    const shared = sharedStorage();
    makeStore(DE, shared).store.update({ analytics: true });
    const { store } = makeStore(US, shared);
    expect(store.status).toBe('valid');
    expect(store.needsDecision).toBe(false);
    expect(grantedOf(store)).toEqual(['analytics', 'matomo', 'ga4']);
    const { view, snapshot } = serverView(shared, US);
    expect(view.status).toBe('valid');
    expect(view.granted('analytics')).toBe(true);
    expect(view.granted('functional')).toBe(false);
    expect(snapshot.needsDecision).toBe(false);
  });

  it('stays valid after a rejection, which the opt-out defaults do not override', () => {
    const shared = sharedStorage();
    makeStore(DE, shared).store.rejectAll();
    const { store } = makeStore(US, shared);
    expect(store.status).toBe('valid');
    expect(grantedOf(store)).toEqual([]);
  });
});

describe('cross-tab sync between regimes', () => {
  // Two tabs of one origin, one served as a US page and one as an EU page, on one channel.
  const channelPair = () => {
    const listeners = new Set<(message: unknown) => void>();
    const tab = () => {
      let own: ((message: unknown) => void) | undefined;
      return {
        post: (message: unknown) => listeners.forEach((listener) => listener !== own && listener(message)),
        listen: (onMessage: (message: unknown) => void) => {
          own = onMessage;
          listeners.add(onMessage);
          return () => void listeners.delete(onMessage);
        },
        close: () => undefined,
      };
    };
    return [tab(), tab()] as const;
  };

  it('an opt-out decision from a US tab does not become consent in an EU tab: it is asked again there', () => {
    const shared = sharedStorage();
    const [us, eu] = channelPair();
    const euTab = makeStore({ ...DE, sync: eu }, shared).store;
    euTab.update({ analytics: true });
    const usTab = makeStore({ ...US, sync: us }, shared).store;
    usTab.acceptAll();
    expect(usTab.status).toBe('valid');
    expect(euTab.status).toBe('regime-changed');
    expect(euTab.needsDecision).toBe(true);
    expect(grantedOf(euTab)).toEqual([]);
  });

  it('an opt-in decision from an EU tab applies in a US tab', () => {
    const shared = sharedStorage();
    const [us, eu] = channelPair();
    const usTab = makeStore({ ...US, sync: us }, shared).store;
    const euTab = makeStore({ ...DE, sync: eu }, shared).store;
    euTab.update({ functional: true });
    expect(usTab.status).toBe('valid');
    expect(grantedOf(usTab)).toEqual(['functional', 'youtube']);
  });
});
