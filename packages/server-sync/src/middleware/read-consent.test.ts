import { createConsent, memoryCookieJar, type ConsentDecision } from '@assent/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerHandler } from '../http/handler.js';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { consentMiddleware, honoConsent, readConsent, remoteLedgerCheck, type RequestConsent } from './read-consent.js';

const site = { revision: '3' };
let dir: string;
let ledger: Ledger;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-mw-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A decision made by the real browser store, and the Cookie header it produced. */
function decide(act: (store: ReturnType<typeof createConsent>) => ConsentDecision) {
  const cookies = memoryCookieJar();
  const store = createConsent({ ...site, storage: { cookies }, sync: false });
  const decision = act(store);
  store.destroy();
  return { decision, cookie: `theme=dark; assent=${cookies.read('assent')}` };
}
const toLedger = (decision: ConsentDecision, overrides: Record<string, unknown> = {}) =>
  ledger.record({
    recordId: crypto.randomUUID(),
    consentId: decision.id,
    revision: decision.revision,
    categories: decision.categories,
    services: decision.services,
    method: decision.method,
    locale: decision.locale,
    region: decision.region,
    regime: decision.regime,
    gpc: decision.gpc,
    textHash: decision.textHash,
    updatedAt: decision.updatedAt,
    expiresAt: decision.expiresAt,
    ...overrides,
  });

describe('readConsent', () => {
  it('reads the consent cookie of a Fetch request the way the browser store decided', () => {
    const { cookie } = decide((store) => store.update({ analytics: true }));
    const consent = readConsent(new Request('https://shop.example/', { headers: { cookie } }), site);
    expect([consent.granted('necessary'), consent.granted('analytics'), consent.granted('advertising')]).toEqual([true, true, false]);
    expect(consent.decision?.revision).toBe('3');
  });

  it('denies everything optional without a cookie, with a corrupt one, or for another revision', () => {
    const { cookie } = decide((store) => store.acceptAll());
    for (const headers of [{}, { cookie: 'assent=garbage' }] as Array<Record<string, string>>)
      expect(readConsent(new Request('https://x.example/', { headers }), site).granted('analytics')).toBe(false);
    expect(readConsent(new Request('https://x.example/', { headers: { cookie } }), { revision: '4' }).granted('analytics')).toBe(false);
    expect(readConsent(new Request('https://x.example/'), site).granted('necessary')).toBe(true);
  });

  it('treats Sec-GPC: 1 as an opt-out of advertising', () => {
    const { cookie } = decide((store) => store.acceptAll());
    const withGpc = readConsent({ headers: { cookie, 'sec-gpc': '1' } }, site);
    expect([withGpc.gpc, withGpc.granted('advertising'), withGpc.granted('analytics')]).toEqual([true, false, true]);
    expect(readConsent({ headers: { cookie, 'sec-gpc': 'yes' } }, site).granted('advertising')).toBe(true);
  });

  it('takes the region from the named CDN’s headers: US visitors opt-out, EU and unknown opt-in', () => {
    const behind = { ...site, cdn: 'cloudflare' as const };
    const californian = readConsent(new Request('https://x.example/', { headers: { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' } }), behind);
    expect([californian.region, californian.regime, californian.granted('analytics')]).toEqual(['US-CA', 'opt-out', true]);
    const german = readConsent({ headers: { 'cf-ipcountry': 'DE' } }, behind);
    expect([german.region, german.regime, german.granted('analytics')]).toEqual(['DE', 'opt-in', false]);
    const unknown = readConsent({ headers: {} }, behind);
    expect([unknown.region, unknown.regime, unknown.granted('analytics')]).toEqual(['', 'opt-in', false]);
    // The site's own region stays when the CDN sends none; another CDN's headers are not trusted.
    expect(readConsent({ headers: {} }, { ...behind, region: 'FR' }).region).toBe('FR');
    expect(readConsent({ headers: { 'x-vercel-ip-country': 'US' } }, behind).regime).toBe('opt-in');
    expect(readConsent({ headers: { 'cf-ipcountry': 'US' } }, site).regime).toBe('opt-in');
    // A misspelt CDN fails when the middleware is made, not on each request.
    expect(() => consentMiddleware({ ...site, cdn: 'cloudfare' as never })).toThrow(/cdn must be one of/);
    expect(() => honoConsent({ ...site, cdn: 'cloudfare' as never })).toThrow(/cdn must be one of/);
  });

  it('confirms against the ledger: a withdrawal recorded there, or a forged cookie, is not granted', async () => {
    const accepted = decide((store) => store.acceptAll());
    const consent = readConsent({ headers: { cookie: accepted.cookie } }, { ...site, ledger });
    expect(consent.granted('advertising')).toBe(true);
    expect(await readConsent({ headers: { cookie: accepted.cookie } }, { ...site, ledger }).confirmed('advertising')).toBe(false); // ledger knows nothing yet
    await toLedger(accepted.decision);
    expect(await readConsent({ headers: { cookie: accepted.cookie } }, { ...site, ledger }).confirmed('advertising')).toBe(true);
    await toLedger(accepted.decision, { method: 'withdraw', categories: { necessary: true } });
    expect(await readConsent({ headers: { cookie: accepted.cookie } }, { ...site, ledger }).confirmed('advertising')).toBe(false);
    expect(await readConsent({ headers: { cookie: accepted.cookie } }, site).confirmed('advertising')).toBe(true); // no ledger: cookie only
  });

  it('confirms through a remote ledger over HTTP', async () => {
    const accepted = decide((store) => store.update({ functional: true }));
    await toLedger(accepted.decision);
    const handler = createLedgerHandler({ ledger, apiKeys: [] });
    const remote = remoteLedgerCheck('https://ledger.internal/', (url) => handler(new Request(url as string)));
    const consent = readConsent({ headers: { cookie: accepted.cookie } }, { ...site, ledger: remote });
    expect([await consent.confirmed('functional'), await consent.confirmed('analytics')]).toEqual([true, false]);
    expect(await remote.check('consent-unknown', 'functional')).toMatchObject({ granted: false, status: 'none', withdrawn: false });
    await toLedger(accepted.decision, { method: 'reject-all', categories: { ...accepted.decision.categories, functional: false } });
    // The same answer as the ledger in process gives: refused now, and taken back rather than never given.
    for (const id of ['functional', 'analytics'])
      expect(await remote.check(accepted.decision.id, id)).toEqual(await ledger.check(accepted.decision.id, id, { revision: '3' }));
    expect(await remote.check(accepted.decision.id, 'functional')).toMatchObject({ granted: false, status: 'valid', withdrawn: true });
  });
});

describe('middleware', () => {
  it('consentMiddleware sets req.consent for node:http / Express / Fastify requests and calls next', () => {
    const { cookie } = decide((store) => store.update({ analytics: true }));
    const req: { headers: Record<string, string>; consent?: RequestConsent } = { headers: { cookie } };
    let nextCalls = 0;
    consentMiddleware(site)(req, {}, () => nextCalls++);
    expect(nextCalls).toBe(1);
    expect(req.consent?.granted('analytics')).toBe(true);
  });

  it('honoConsent sets c.get("consent") before the next handler runs', async () => {
    const { cookie } = decide((store) => store.rejectAll());
    const values = new Map<string, RequestConsent>();
    let seen: boolean | undefined;
    await honoConsent(site)(
      { req: { raw: new Request('https://x.example/', { headers: { cookie } }) }, set: (key, value) => values.set(key, value) },
      async () => {
        seen = values.get('consent')?.granted('analytics');
      },
    );
    expect(seen).toBe(false);
    expect(values.get('consent')?.decision?.method).toBe('reject-all');
  });
});
