import type { Scope } from '../api/types.js';

/** The console's views, in navigation order. */
export const ROUTES = ['overview', 'evidence', 'integrity', 'erasure'] as const;

/** One view of the console. */
export type Route = (typeof ROUTES)[number];

/** Navigation labels and the scopes a view needs at all (any one of them). */
export const ROUTE_INFO: Record<Route, { label: string; scopes: Scope[] }> = {
  overview: { label: 'Overview', scopes: ['console'] },
  evidence: { label: 'Evidence', scopes: ['read', 'export'] },
  integrity: { label: 'Integrity', scopes: ['console'] },
  erasure: { label: 'Erasure', scopes: ['erase', 'console'] },
};

/**
 * The view a location hash names (`#evidence`), else the overview. Hashes carry view names only,
 * never an id: ids stay out of history and logs.
 *
 * @example
 * routeFromHash('#integrity'); // 'integrity'
 */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}
