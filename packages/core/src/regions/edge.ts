// The visitor's region as the site's CDN states it in request headers. Headers are trusted only for
// the CDN the site names: without that CDN in front, anyone could send them.

/**
 * A CDN whose request headers carry the visitor's country (and, where configured, subdivision).
 *
 * @example
 * const cdn: EdgeCdn = 'cloudflare';
 */
export type EdgeCdn = 'cloudflare' | 'cloudfront' | 'vercel' | 'fastly' | 'akamai';

/**
 * Where each CDN puts the country and subdivision. Cloudflare sends `cf-region-code` only with the
 * "Add visitor location headers" managed transform; CloudFront's headers must be added to the
 * origin request policy; Akamai's `X-Akamai-Edgescape` must be forwarded (EdgeScape); Fastly sends
 * nothing by default, so the site's VCL sets the two headers named here
 * (`set req.http.Fastly-Geo-Country = client.geo.country_code;`
 * `set req.http.Fastly-Geo-Region = client.geo.region;`).
 *
 * @example
 * EDGE_REGION_HEADERS.vercel; // { country: 'x-vercel-ip-country', region: 'x-vercel-ip-country-region' }
 */
export const EDGE_REGION_HEADERS: Readonly<Record<EdgeCdn, { country: string; region?: string }>> = {
  cloudflare: { country: 'cf-ipcountry', region: 'cf-region-code' },
  cloudfront: { country: 'cloudfront-viewer-country', region: 'cloudfront-viewer-country-region' },
  vercel: { country: 'x-vercel-ip-country', region: 'x-vercel-ip-country-region' },
  fastly: { country: 'fastly-geo-country', region: 'fastly-geo-region' },
  akamai: { country: 'x-akamai-edgescape' },
};

/** Headers as a Fetch `Headers`, or a node:http / Express / API Gateway header object. */
type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

// ASCII only, checked before upper-casing: `toUpperCase()` turns 'ß' into 'SS' and 'ſ' into 'S'.
const COUNTRY = /^[A-Za-z]{2}$/;
const SUBDIVISION = /^[A-Za-z0-9]{1,3}$/;
// Placeholders the CDNs send instead of a country: unknown, Tor, anonymous proxy, satellite.
const NOT_A_COUNTRY = ['XX', 'T1', 'A1', 'A2', 'O1', 'ZZ'];

/** One header's value; a repeated or non-string one counts as none (`''`). */
function read(headers: HeaderSource, name: string): string {
  let value: unknown;
  if (typeof headers.get === 'function') value = (headers as { get(name: string): string | null }).get(name);
  // Header objects are usually lower-cased (node:http), not always (API Gateway): any case matches.
  else for (const key in headers) if (key.toLowerCase() === name) value = (headers as Record<string, unknown>)[key];
  if (Array.isArray(value)) value = value.length === 1 ? value[0] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Throws a `TypeError` unless `cdn` is one of `EDGE_REGION_HEADERS`' keys, so a misspelt
 * configuration fails when a server starts rather than on each request.
 *
 * @example
 * assertEdgeCdn(process.env.ASSENT_CDN); // throws for 'cloudfare'
 */
export function assertEdgeCdn(cdn: unknown): asserts cdn is EdgeCdn {
  if (typeof cdn !== 'string' || !Object.hasOwn(EDGE_REGION_HEADERS, cdn))
    throw new TypeError(`cdn must be one of ${Object.keys(EDGE_REGION_HEADERS).join(', ')} (got ${JSON.stringify(cdn)})`);
}

function akamaiFields(value: string): { country: string; region: string } {
  const fields = Object.fromEntries(value.split(',').map((pair) => pair.split('=').map((part) => part.trim()) as [string, string]));
  return { country: fields.country_code ?? '', region: fields.region_code ?? '' };
}

/**
 * The visitor's ISO 3166 code (`DE`, `US-CA`) from the headers of the CDN the site is behind, or
 * `undefined` when they carry none (then opt-in stays the default). A subdivision is added only
 * when the CDN sends one; malformed values and placeholders (`XX`, `T1`) count as none.
 *
 * @example
 * regionFromHeaders(request.headers, { cdn: 'cloudflare' }); // 'US-CA' for CF-IPCountry: US, cf-region-code: CA
 */
export function regionFromHeaders(headers: HeaderSource, options: { cdn: EdgeCdn }): string | undefined {
  assertEdgeCdn(options.cdn);
  const names = EDGE_REGION_HEADERS[options.cdn];
  let country = read(headers, names.country);
  let region = names.region ? read(headers, names.region) : '';
  if (options.cdn === 'akamai') ({ country, region } = akamaiFields(country));
  if (!COUNTRY.test(country)) return undefined;
  country = country.toUpperCase();
  if (NOT_A_COUNTRY.includes(country)) return undefined;
  // Some send the whole ISO 3166-2 code (`US-CA`), most only the part after the dash.
  if (region.toUpperCase().startsWith(`${country}-`)) region = region.slice(country.length + 1);
  return SUBDIVISION.test(region) ? `${country}-${region.toUpperCase()}` : country;
}
