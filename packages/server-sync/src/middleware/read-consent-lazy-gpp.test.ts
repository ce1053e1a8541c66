// The GPP cookie is decoded only when a backend reads gpp, and once per request: a backend that
// never reads it pays nothing for it (an 8 KB cookie took milliseconds per request).
import { describe, expect, it, vi } from 'vitest';
import { uscaString } from '../evidence/gpp-string.test-helper.js';
import * as gppOptOuts from './gpp-opt-outs.js';
import { consentMiddleware, readConsent, type RequestConsent } from './read-consent.js';

vi.mock('./gpp-opt-outs.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./gpp-opt-outs.js')>();
  return { ...original, readGppString: vi.fn(original.readGppString) };
});
const decodes = vi.mocked(gppOptOuts.readGppString);

const site = { revision: '3', region: 'US-CA' };
const request = (cookie: string) => new Request('https://shop.example/', { headers: { cookie, 'sec-gpc': '1' } });

describe('readConsent decodes the GPP cookie lazily', () => {
  it('not at all when gpp is never read; once on the first read, the same answer after', () => {
    decodes.mockClear();
    const consent = readConsent(request(`assent_gpp=${uscaString({ optedOut: false })}`), site);
    expect(consent.gpc).toBe(true);
    expect(consent.granted('advertising')).toBe(false);
    expect(decodes).not.toHaveBeenCalled();
    const first = consent.gpp;
    expect(first).toMatchObject({ section: 'usca', saleOptOut: true, gpc: true });
    expect(consent.gpp).toBe(first);
    expect(decodes).toHaveBeenCalledTimes(1);
  });

  it('through the middleware too; a missing or broken cookie is decoded at most once as well', () => {
    decodes.mockClear();
    const middleware = consentMiddleware(site);
    const requests = Array.from({ length: 20 }, () => ({
      headers: { cookie: `assent_gpp=${uscaString()}` } as Record<string, string>,
      consent: undefined as RequestConsent | undefined,
    }));
    for (const req of requests) middleware(req, undefined, () => {});
    expect(decodes).not.toHaveBeenCalled();
    expect(requests[0]!.consent?.gpp?.saleOptOut).toBe(true);
    expect(decodes).toHaveBeenCalledTimes(1);

    const broken = readConsent(request('assent_gpp=DBABBg~garbage'), site);
    expect([broken.gpp, broken.gpp]).toEqual([undefined, undefined]);
    expect(decodes).toHaveBeenCalledTimes(2);
  });

  it('keeps gpp an enumerable property: JSON and spreading still carry it', () => {
    const consent = readConsent(request(`assent_gpp=${uscaString()}`), site);
    expect(JSON.parse(JSON.stringify(consent)).gpp).toMatchObject({ section: 'usca', saleOptOut: true });
    expect({ ...consent }.gpp).toMatchObject({ section: 'usca' });
  });
});
