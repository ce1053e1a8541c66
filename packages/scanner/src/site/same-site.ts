// Which hosts belong to the scanned site. A browser decides with the Public Suffix List; the
// scanner approximates it without shipping the list: the last two labels of a host, or three when
// the second-level label is one of the common shared ones (`co.uk`, `com.au`, `co.jp` …). An IP
// address or a single-label host (`localhost`) is its own site.

const SHARED_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'or', 'org', 'ne', 'go', 'gob', 'gouv', 'nic', 'mil', 'ltd', 'plc', 'sch', 'nom']);

/**
 * The registrable part of a host (its "site"): `www.shop.example.co.uk` → `example.co.uk`.
 *
 * @example
 * siteOf('cdn.example.com'); // 'example.com'
 */
export function siteOf(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':') || !name.includes('.')) return name;
  const labels = name.split('.');
  const secondLevel = labels.at(-2) ?? '';
  const keep = labels.length > 2 && labels.at(-1)?.length === 2 && SHARED_SECOND_LEVEL.has(secondLevel) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * Whether two hosts are on the same site.
 *
 * @example
 * sameSite('www.example.com', 'cdn.example.com'); // true
 */
export const sameSite = (a: string, b: string): boolean => siteOf(a) === siteOf(b);

/**
 * The host a cookie is set on, without the leading dot of a domain cookie.
 *
 * @example
 * cookieHost('.example.com'); // 'example.com'
 */
export const cookieHost = (domain: string): string => domain.replace(/^\./, '');

/**
 * A URL without query string and fragment (they carry identifiers): what reports keep.
 *
 * @example
 * withoutQuery('https://t.example/c?id=42#x'); // 'https://t.example/c'
 */
export function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split(/[?#]/)[0] ?? url;
  }
}

/**
 * The host of a URL, or `''` when it has none (`about:blank`, `data:`).
 *
 * @example
 * hostOf('https://example.com/a'); // 'example.com'
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}
