import { describe, expect, it } from 'vitest';
import { assertEdgeCdn, regionFromHeaders, type EdgeCdn } from './edge.js';
import { regimeForRegion } from './index.js';

const fetchHeaders = (entries: Record<string, string>) => new Headers(entries);

describe('regionFromHeaders', () => {
  it.each<[EdgeCdn, Record<string, string>, string]>([
    ['cloudflare', { 'CF-IPCountry': 'US', 'cf-region-code': 'CA' }, 'US-CA'],
    ['cloudfront', { 'CloudFront-Viewer-Country': 'US', 'CloudFront-Viewer-Country-Region': 'CO' }, 'US-CO'],
    ['vercel', { 'x-vercel-ip-country': 'DE', 'x-vercel-ip-country-region': 'BE' }, 'DE-BE'],
    ['fastly', { 'Fastly-Geo-Country': 'CA', 'Fastly-Geo-Region': 'QC' }, 'CA-QC'],
    ['akamai', { 'X-Akamai-Edgescape': 'georegion=246,country_code=US,region_code=VA,city=ASHBURN,dma=511' }, 'US-VA'],
  ])('%s: the country and subdivision from its own headers', (cdn, headers, region) => {
    expect(regionFromHeaders(fetchHeaders(headers), { cdn })).toBe(region);
  });

  it('reads node:http header objects (lower-cased names, arrays) as well as Fetch Headers', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'fr' }, { cdn: 'cloudflare' })).toBe('FR');
    expect(regionFromHeaders({ 'x-vercel-ip-country': ['US'], 'x-vercel-ip-country-region': 'TX' }, { cdn: 'vercel' })).toBe('US-TX');
  });

  it('trusts only the CDN the site names: another CDN’s headers are ignored', () => {
    const spoofed = fetchHeaders({ 'CF-IPCountry': 'US', 'cf-region-code': 'CA' });
    expect(regionFromHeaders(spoofed, { cdn: 'vercel' })).toBeUndefined();
  });

  it('gives no region for missing, placeholder or malformed values, and drops a bad subdivision only', () => {
    for (const country of ['', 'XX', 'T1', 'A1', 'USA', 'U', '12', 'US;', 'US CA'])
      expect(regionFromHeaders(fetchHeaders({ 'CF-IPCountry': country }), { cdn: 'cloudflare' })).toBeUndefined();
    expect(regionFromHeaders(fetchHeaders({ 'CF-IPCountry': 'US', 'cf-region-code': 'CALIF' }), { cdn: 'cloudflare' })).toBe('US');
    expect(regionFromHeaders(fetchHeaders({ 'CF-IPCountry': 'US', 'cf-region-code': 'C-A' }), { cdn: 'cloudflare' })).toBe('US');
    expect(regionFromHeaders(fetchHeaders({ 'X-Akamai-Edgescape': 'garbage' }), { cdn: 'akamai' })).toBeUndefined();
  });

  it('refuses non-ASCII letters that upper-case into a code, repeated headers and non-strings', () => {
    for (const country of ['ß', 'uſ', 'ｕｓ', 'U\u0301S']) expect(regionFromHeaders({ 'cf-ipcountry': country }, { cdn: 'cloudflare' })).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'ﬀ' }, { cdn: 'cloudflare' })).toBe('US');
    expect(regionFromHeaders({ 'cf-ipcountry': [] }, { cdn: 'cloudflare' })).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': ['US', 'DE'] }, { cdn: 'cloudflare' })).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': ['de'] }, { cdn: 'cloudflare' })).toBe('DE');
    expect(regionFromHeaders({ 'cf-ipcountry': [{ key: 'CF-IPCountry', value: 'US' }] } as never, { cdn: 'cloudflare' })).toBeUndefined();
    // The same repeated header through Fetch Headers (joined with ', ') is refused as well.
    expect(
      regionFromHeaders(
        new Headers([
          ['cf-ipcountry', 'US'],
          ['cf-ipcountry', 'DE'],
        ]),
        { cdn: 'cloudflare' },
      ),
    ).toBeUndefined();
  });

  it('finds headers in an object whatever their case (API Gateway keeps CloudFront-Viewer-Country)', () => {
    expect(regionFromHeaders({ 'CloudFront-Viewer-Country': 'US', 'CloudFront-Viewer-Country-Region': 'ny' }, { cdn: 'cloudfront' })).toBe('US-NY');
  });

  it('accepts a subdivision sent as a whole ISO 3166-2 code', () => {
    expect(regionFromHeaders(fetchHeaders({ 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'US-CA' }), { cdn: 'vercel' })).toBe('US-CA');
  });

  it('an unknown cdn is a TypeError naming the choices', () => {
    expect(() => regionFromHeaders(fetchHeaders({}), { cdn: 'akami' as EdgeCdn })).toThrow(/cloudflare, cloudfront, vercel, fastly, akamai/);
    expect(() => assertEdgeCdn('toString')).toThrow(TypeError);
    expect(() => assertEdgeCdn(undefined)).toThrow(/got undefined/);
    expect(() => assertEdgeCdn('fastly')).not.toThrow();
  });

  it('US visitors get the opt-out regime, EU visitors and visitors without a region opt-in', () => {
    const regime = (headers: Record<string, string>) => regimeForRegion(regionFromHeaders(fetchHeaders(headers), { cdn: 'cloudflare' }));
    expect(regime({ 'CF-IPCountry': 'US', 'cf-region-code': 'CA' })).toBe('opt-out');
    expect(regime({ 'CF-IPCountry': 'DE' })).toBe('opt-in');
    expect(regime({})).toBe('opt-in');
    expect(regime({ 'CF-IPCountry': 'XX' })).toBe('opt-in');
  });
});
