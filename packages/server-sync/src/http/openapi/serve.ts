import { createHash } from 'node:crypto';
import { BASE_HEADERS } from '../errors.js';
import type { Route } from '../router.js';
import { openApiDocument, type OpenApiOptions } from './document.js';
import { responseRef } from './schemas.js';

// The document changes only with the server's configuration (a restart), so caches may keep it an
// hour and revalidate it by ETag; any origin may read it (API explorers, code generators).
const CACHE_CONTROL = 'public, max-age=3600';

/**
 * The `GET /v1/openapi.json` route: the OpenAPI document of `routes` (this route included), built
 * on the first request and then served from memory, with an ETag and `304` for `If-None-Match`.
 *
 * @example
 * routes.push(openApiRoute(routes, { basePath: '', evidenceSchema: {}, bodyLimit: 16 * 1024, version: '0.1.0' }));
 */
export function openApiRoute(routes: readonly Route[], options: OpenApiOptions): Route {
  let served: { body: string; etag: string } | undefined;
  return {
    method: 'GET',
    path: '/v1/openapi.json',
    doc: {
      operationId: 'openApiDocument',
      tag: 'service',
      summary: 'This OpenAPI 3.1 document',
      responses: {
        200: {
          description: 'The document; cacheable for an hour, revalidated by ETag.',
          schema: responseRef('OpenApiDocument'),
          headers: {
            ETag: { description: 'Changes when the document does.', required: true },
            'Cache-Control': { description: `\`${CACHE_CONTROL}\``, required: true },
          },
        },
        304: { description: '`If-None-Match` named the current ETag.', headers: { ETag: { description: 'The current ETag.', required: true } } },
      },
    },
    handle({ request }) {
      if (!served) {
        const body = JSON.stringify(openApiDocument(routes, options));
        served = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      }
      const headers: Record<string, string> = { ...BASE_HEADERS, 'cache-control': CACHE_CONTROL, etag: served.etag, 'access-control-allow-origin': '*' };
      const asked = request.header('if-none-match');
      // RFC 9110 §13.1.2: a list of entity tags, weak ones compared weakly, or `*`.
      const matches = asked?.split(',').some((tag) => ['*', served!.etag, `W/${served!.etag}`].includes(tag.trim()));
      if (!matches) return { status: 200, headers, body: served.body };
      const { 'content-type': _none, ...notModified } = headers;
      return { status: 304, headers: notModified, body: null };
    },
  };
}
