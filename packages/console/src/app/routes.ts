/** The console's views, in navigation order. */
export const ROUTES = ['overview', 'evidence', 'integrity', 'erasure'] as const;

/** One view of the console. */
export type Route = (typeof ROUTES)[number];

/**
 * Navigation labels. Every view is offered to every session (a session always has the console
 * scope); inside a view, actions the session's key lacks a scope for are disabled with the reason.
 */
export const ROUTE_INFO: Record<Route, { label: string }> = {
  overview: { label: 'Overview' },
  evidence: { label: 'Evidence' },
  integrity: { label: 'Integrity' },
  erasure: { label: 'Erasure' },
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
