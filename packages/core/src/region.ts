// @assent/core/region — DOM-free: the visitor's region from the CDN's request headers, and the
// consent regime that applies there. For servers and edge functions.
export { regionFromHeaders, assertEdgeCdn, EDGE_REGION_HEADERS } from './regions/edge.js';
export type { EdgeCdn } from './regions/edge.js';
export { regimeForRegion } from './regions/index.js';
