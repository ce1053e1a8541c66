/**
 * A matcher for a declared cookie or storage key name, where `*` matches any run of characters.
 *
 * @example
 * namePattern('_ga_*').test('_ga_2XYZ'); // true
 * namePattern('_ga').test('_gat');       // false
 */
export const namePattern = (name: string): RegExp =>
  new RegExp(
    '^' +
      name
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );

/**
 * The `Domain` values a script on `hostname` may have set a cookie for: the host and each parent,
 * stopping before the top-level label. Public suffixes such as `co.uk` are included; browsers
 * refuse them harmlessly. IP addresses have no parents.
 *
 * @example
 * domainAncestors('shop.eu.example.com'); // ['shop.eu.example.com', 'eu.example.com', 'example.com']
 */
export function domainAncestors(hostname: string): string[] {
  if (/^[\d.]+$|:/.test(hostname)) return [];
  const labels = hostname.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/**
 * The `Path` values a cookie visible at `pathname` may have: `/`, every ancestor directory with and
 * without its trailing slash, and the path itself.
 *
 * @example
 * pathAncestors('/shop/cart/view'); // ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/', '/shop/cart/view']
 */
export function pathAncestors(pathname: string): string[] {
  const paths = new Set(['/']);
  let path = '';
  for (const segment of pathname.split('/').slice(1)) {
    if (!segment) continue;
    if (path) paths.add(path + '/');
    paths.add((path += '/' + segment));
  }
  if (pathname.endsWith('/')) paths.add(pathname);
  return [...paths];
}
