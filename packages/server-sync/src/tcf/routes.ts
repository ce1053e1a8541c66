import { BASE_HEADERS, HttpError } from '../http/errors.js';
import type { Route } from '../http/router.js';
import type { LedgerReply } from '../http/types.js';
import type { VendorListCache } from './vendor-list-cache.js';

/**
 * How long browsers and CDNs keep the vendor list: an hour fresh, then a day served while
 * revalidated (an `If-None-Match` answered 304 costs no body).
 *
 * @example
 * reply.headers['cache-control'] = VENDOR_LIST_CACHE_CONTROL;
 */
export const VENDOR_LIST_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/** Most vendor ids one request may name (the whole GVL holds about a thousand). */
const MAX_VENDOR_IDS = 2000;
const VENDOR_IDS = /^[1-9][0-9]{0,5}(?:,[1-9][0-9]{0,5})*$/;

const invalidQuery = (field: string, message: string) => new HttpError(400, 'invalid_query', message, {}, [{ path: field, message }]);

function vendorIdsOf(url: URL): number[] | undefined {
  let vendors: string | undefined;
  for (const [name, value] of url.searchParams) {
    if (name !== 'vendors') throw invalidQuery(name.slice(0, 32), `Unknown query parameter "${name.slice(0, 32)}" (use vendors)`);
    if (vendors !== undefined) throw invalidQuery('vendors', 'Query parameter "vendors" is given more than once');
    vendors = value;
  }
  if (vendors === undefined) return undefined;
  if (!VENDOR_IDS.test(vendors)) throw invalidQuery('vendors', 'vendors must be vendor ids (positive integers) separated by commas, e.g. vendors=8,28,755');
  const ids = vendors.split(',').map(Number);
  if (ids.length > MAX_VENDOR_IDS) throw invalidQuery('vendors', `vendors names at most ${MAX_VENDOR_IDS} ids`);
  return ids;
}

// If-None-Match is a list of entity tags, or `*`; weak comparison, as RFC 9110 asks for it.
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * `GET /v1/tcf/vendor-list.json[?vendors=8,28,755]`: the IAB Global Vendor List as the ledger
 * holds it (whole, or only the vendors named), so browsers never fetch it from a third party.
 * Public and CORS like the other public reads; strong `ETag` per variant, 304 on `If-None-Match`,
 * 503 `vendor_list_unavailable` while the ledger has never obtained a good copy.
 *
 * @example
 * const routes = [...otherRoutes, ...tcfRoutes(createVendorListCache({ cacheFile }))];
 */
export function tcfRoutes(cache: VendorListCache): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/tcf/vendor-list.json',
      cors: true,
      limited: true,
      doc: {
        operationId: 'tcfVendorList',
        tag: 'tcf',
        summary: 'The IAB TCF Global Vendor List (v3), served by the ledger',
        description:
          "The Global Vendor List the ledger downloads from its source (by default the IAB's), checks (GVL specification 3) and keeps on disk, refreshed on a schedule. When the source is unreachable or sends something that is not a GVL v3, the last good copy is served. Cacheable: strong ETag per variant, If-None-Match answered 304.",
        query: {
          vendors: {
            description: `Only these vendors (ids separated by commas, at most ${MAX_VENDOR_IDS}); purposes, features, stacks and the rest are kept. Ids not in the list are left out.`,
            schema: { type: 'string', pattern: VENDOR_IDS.source },
          },
        },
        responses: {
          200: {
            description: 'The vendor list (GVL specification version 3), whole or narrowed to the vendors asked for.',
            schema: {
              type: 'object',
              required: ['gvlSpecificationVersion', 'vendorListVersion', 'purposes', 'vendors'],
              properties: {
                gvlSpecificationVersion: { const: 3 },
                vendorListVersion: { type: 'integer', minimum: 1 },
                purposes: { type: 'object' },
                vendors: { type: 'object' },
              },
            },
            headers: {
              ETag: { description: 'SHA-256 of this body (base64url), strong.', required: true },
              'Cache-Control': { description: VENDOR_LIST_CACHE_CONTROL, required: true },
            },
          },
          304: {
            description: 'If-None-Match names this variant: the copy the client holds is current.',
            headers: { ETag: { description: 'As for 200.', required: true } },
          },
          400: { codes: ['invalid_query'] },
          503: { codes: ['vendor_list_unavailable'] },
        },
      },
      handle({ request, url, cors }): LedgerReply {
        const ids = vendorIdsOf(url);
        const served = cache.served(ids);
        if (!served) throw new HttpError(503, 'vendor_list_unavailable', 'The ledger has no copy of the vendor list yet; retry later', { 'retry-after': '60' });
        const headers = { ...cors, etag: served.etag, 'cache-control': VENDOR_LIST_CACHE_CONTROL };
        if (matches(request.header('if-none-match'), served.etag))
          return { status: 304, headers: { 'x-content-type-options': 'nosniff', ...headers }, body: null };
        // The body is serialised once per list and variant, not per request.
        return { status: 200, headers: { ...BASE_HEADERS, ...headers }, body: served.body };
      },
    },
  ];
}
