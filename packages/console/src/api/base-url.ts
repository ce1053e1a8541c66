/**
 * The ledger's API base for a console page: the page's own origin and path minus `/console/…`,
 * so a ledger mounted under a base path (`https://example.org/consent/console/`) is called at
 * `https://example.org/consent`. No trailing slash.
 *
 * @example
 * apiBase(new URL('https://example.org/consent/console/#overview')); // 'https://example.org/consent'
 */
export function apiBase(location: Pick<URL, 'origin' | 'pathname'>): string {
  const path = location.pathname.replace(/\/console(\/[^/]*)?$/, '').replace(/\/+$/, '');
  return location.origin + path;
}
