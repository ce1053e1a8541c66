// GPP strings made by the IAB's own encoder (GppModel), read back by the middleware: from the
// assent_gpp cookie of a Fetch Request and of a real node:http request, and by parseGppOptOuts.
import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tcfAndUsnatString, uscaString, usnatString } from '../evidence/gpp-string.test-helper.js';
import { parseGppOptOuts } from './gpp-opt-outs.js';
import { consentMiddleware, honoConsent, readConsent, type RequestConsent } from './read-consent.js';

const site = { revision: '3' };
const fetchRequest = (cookie: string) => new Request('https://shop.example/', { headers: { cookie } });

/** A state section other than California, encoded by the library. */
function stateString(name: string, fields: Record<string, unknown>): string {
  const model = new GppModel();
  for (const [field, value] of Object.entries(fields)) model.setFieldValue(name, field, value);
  return model.encode();
}

describe('parseGppOptOuts', () => {
  it('reads a California string with sale and sharing opted out (no GPC segment)', () => {
    const gppString = uscaString();
    expect(parseGppOptOuts(gppString)).toEqual({
      gppString,
      sectionIds: [8],
      section: 'usca',
      sections: ['usca'],
      saleOptOut: true,
      sharingOptOut: true,
      // California's section has no targeted-advertising opt-out field.
      targetedAdvertisingOptOut: undefined,
      gpc: undefined,
    });
  });

  it('reads the Gpc field of a section that carries a GPC segment, on or off', () => {
    expect(parseGppOptOuts(uscaString({ gpc: true }))).toMatchObject({ section: 'usca', saleOptOut: true, gpc: true });
    expect(parseGppOptOuts(uscaString({ optedOut: false, gpc: false }))).toMatchObject({ saleOptOut: false, sharingOptOut: false, gpc: false });
  });

  it('says not applicable (0) as undefined, and did not opt out (2) as false', () => {
    expect(parseGppOptOuts(usnatString())).toMatchObject({
      section: 'usnat',
      saleOptOut: false,
      sharingOptOut: false,
      targetedAdvertisingOptOut: undefined,
      gpc: undefined,
    });
    const virginia = stateString('usva', { SaleOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(parseGppOptOuts(virginia)).toEqual({
      gppString: virginia,
      sectionIds: [9],
      section: 'usva',
      sections: ['usva'],
      saleOptOut: true,
      // Virginia's section has no sharing opt-out and no GPC segment.
      sharingOptOut: undefined,
      targetedAdvertisingOptOut: true,
      gpc: undefined,
    });
    const colorado = stateString('usco', { SaleOptOut: 2, TargetedAdvertisingOptOut: 1, GpcSegmentIncluded: true, Gpc: true });
    expect(parseGppOptOuts(colorado)).toMatchObject({ section: 'usco', saleOptOut: false, targetedAdvertisingOptOut: true, gpc: true });
  });

  it('finds the US section beside the TCF EU v2 section; without a US section every opt-out is undefined', () => {
    expect(parseGppOptOuts(tcfAndUsnatString())).toMatchObject({ sectionIds: [2, 7], section: 'usnat', saleOptOut: false });
    // The header of the TCF EU v2 section alone, then the TC string as is.
    const [, tcString] = tcfAndUsnatString().split('~') as [string, string];
    const tcfOnly = `${headerFor([2])}~${tcString}`;
    expect(parseGppOptOuts(tcfOnly)).toEqual({
      gppString: tcfOnly,
      sectionIds: [2],
      section: undefined,
      sections: [],
      saleOptOut: undefined,
      sharingOptOut: undefined,
      targetedAdvertisingOptOut: undefined,
      gpc: undefined,
    });
  });

  it('reads the sections that apply (OpenRTB gpp_sid); without them, the most protective of every US section', () => {
    // usnat did not opt out, usca opted out (both with a GPC segment, GPC off): the case of a
    // bid request carrying both where only California's applies.
    const both = 'DBABrw~CEAgAAAAAABA.QA~BQQAAABA.QA';
    expect(parseGppOptOuts(both)).toMatchObject({ sectionIds: [7, 8], sections: ['usnat', 'usca'], section: 'usnat', saleOptOut: true, gpc: false });
    expect(parseGppOptOuts(both, [8])).toMatchObject({ sections: ['usca'], section: 'usca', saleOptOut: true });
    expect(parseGppOptOuts(both, [7])).toMatchObject({ sections: ['usnat'], section: 'usnat', saleOptOut: false });
    expect(parseGppOptOuts(both, [7, 8])).toMatchObject({ sections: ['usnat', 'usca'], saleOptOut: true });
    // No US section applies (-1, or only TCF): nothing is read, every opt-out undefined.
    for (const applicable of [[-1], [2], []])
      expect(parseGppOptOuts(both, applicable), String(applicable)).toMatchObject({
        sections: [],
        section: undefined,
        saleOptOut: undefined,
        sharingOptOut: undefined,
        gpc: undefined,
      });
    // null (an absent gpp_sid) reads every section, like no argument.
    expect(parseGppOptOuts(both, null)?.sections).toEqual(['usnat', 'usca']);
    // GPC on in one section of two: on.
    const usnatWithGpc = stateString('usnat', { SaleOptOut: 2, GpcSegmentIncluded: true, Gpc: true });
    const withGpc = new GppModel(usnatWithGpc);
    withGpc.decodeSection('usca', uscaString({ optedOut: false, gpc: false }).split('~')[1]!);
    expect(parseGppOptOuts(withGpc.encode())).toMatchObject({ sections: ['usnat', 'usca'], saleOptOut: false, gpc: true });
  });

  it('answers undefined, never throws, for garbage, a broken section, a bare TC string or no string', () => {
    const [header, section] = uscaString().split('~') as [string, string];
    for (const value of [
      '',
      'garbage',
      'DB',
      `${header}`,
      `${header}~${section.slice(0, 3)}`,
      `${header}~!!`,
      'CQuf10AQuf10AACABBENBlFgAOAAAAAAAAYgF5wAgAEALzAAAAAA',
      undefined,
      null,
    ])
      expect(parseGppOptOuts(value), String(value)).toBeUndefined();
    expect(parseGppOptOuts(42 as never)).toBeUndefined();
    expect(parseGppOptOuts(`${uscaString()}${'.A'.repeat(5000)}`)).toBeUndefined();
  });
});

describe('readConsent exposes the GPP cookie as gpp', () => {
  it('from a Fetch Request: a US-CA string with opt-outs, one with Gpc; a garbage cookie or none is undefined', () => {
    expect(readConsent(fetchRequest(`theme=dark; assent_gpp=${uscaString()}`), site).gpp).toMatchObject({
      section: 'usca',
      saleOptOut: true,
      sharingOptOut: true,
    });
    expect(readConsent(fetchRequest(`assent_gpp=${uscaString({ gpc: true })}`), site).gpp?.gpc).toBe(true);
    // Percent-encoded by whatever wrote it: still read.
    expect(readConsent(fetchRequest(`assent_gpp=${encodeURIComponent(uscaString()).replace(/~/g, '%7E')}`), site).gpp?.saleOptOut).toBe(true);
    for (const cookie of ['assent_gpp=garbage', 'assent_gpp=DBABBg~x', 'assent_gpp=%E0%A4%A', 'theme=dark', ''])
      expect(readConsent(fetchRequest(cookie), site).gpp, cookie).toBeUndefined();
  });

  it('reads the cookie named by gppCookieName instead', () => {
    const cookie = `assent_gpp=${usnatString()}; site_gpp=${uscaString()}`;
    expect(readConsent(fetchRequest(cookie), site).gpp?.section).toBe('usnat');
    expect(readConsent(fetchRequest(cookie), { ...site, gppCookieName: 'site_gpp' }).gpp?.section).toBe('usca');
  });

  it('from a real node:http request, through consentMiddleware; and through honoConsent', async () => {
    const seen: Array<RequestConsent['gpp']> = [];
    const middleware = consentMiddleware(site);
    const server = createServer((req: IncomingMessage & { consent?: RequestConsent }, res) => {
      middleware(req, res, () => {
        seen.push(req.consent?.gpp);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const cookie of [`assent=x; assent_gpp=${uscaString({ gpc: true })}`, 'assent_gpp=not-gpp'])
        expect((await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie } })).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen[0]).toMatchObject({ section: 'usca', saleOptOut: true, sharingOptOut: true, gpc: true, sectionIds: [8] });
    expect(seen[1]).toBeUndefined();

    const values = new Map<string, RequestConsent>();
    // In the opt-out regime advertising applies until refused: the string's "did not opt out" stands.
    const texan = { ...site, region: 'US-TX' };
    await honoConsent(texan)({ req: { raw: fetchRequest(`assent_gpp=${usnatString()}`) }, set: (key, value) => values.set(key, value) }, async () => {});
    expect(values.get('consent')?.gpp).toMatchObject({ section: 'usnat', saleOptOut: false });
  });
});

/** A GPP v1 header listing `ids`, encoded by the library. */
function headerFor(ids: number[]): string {
  const header = new HeaderV1();
  header.setFieldValue('SectionIds', ids);
  return header.encode();
}
