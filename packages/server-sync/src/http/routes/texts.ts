import { textSnapshotSchema } from '../../evidence/schema.js';
import type { Ledger } from '../../ledger/create-ledger.js';
import { TEXTS_BODY_LIMIT, TextSnapshotError } from '../../texts/snapshot.js';
import { HttpError, json } from '../errors.js';
import { responseRef } from '../openapi/schemas.js';
import type { Route, RouteContext } from '../router.js';

const LOCATION = { description: 'Where the snapshot is served: `GET /v1/texts/{textHash}`.', required: true };
// A snapshot is content-addressed: what is served under a hash never changes.
const IMMUTABLE = { 'cache-control': 'public, max-age=31536000, immutable' };

/**
 * `POST /v1/texts` and `GET /v1/texts/{textHash}`: the exact texts behind each `textHash`, stored
 * once. Public like `POST /v1/consents` (CORS allow-list, rate limit, JSON also as text/plain so
 * browsers send it without a preflight), with its own body cap (`TEXTS_BODY_LIMIT`, 64 KB).
 *
 * @example
 * const routes = [...otherRoutes, ...textRoutes(ledger, '')];
 */
export function textRoutes(ledger: Pick<Ledger, 'storeTexts' | 'texts'>, basePath: string): Route[] {
  const storeTexts = async ({ request, cors }: RouteContext) => {
    const type = (request.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain') throw new HttpError(415, 'unsupported_media_type', 'Send JSON (application/json or text/plain)');
    const text = await request.text(TEXTS_BODY_LIMIT);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', 'Request body is not valid JSON');
    }
    let outcome: Awaited<ReturnType<Ledger['storeTexts']>>;
    try {
      outcome = await ledger.storeTexts(body);
    } catch (error) {
      if (error instanceof TextSnapshotError) throw new HttpError(400, error.code, error.message, {}, error.issues.slice(0, 20));
      throw new HttpError(503, 'storage_unavailable', 'The ledger could not store the texts; retry later');
    }
    const { snapshot, created } = outcome;
    return json(created ? 201 : 200, { snapshot }, { ...cors, location: `${basePath}/v1/texts/${snapshot.textHash}` });
  };

  return [
    {
      method: 'POST',
      path: '/v1/texts',
      cors: true,
      limited: true,
      handle: storeTexts,
      doc: {
        operationId: 'storeTexts',
        tag: 'texts',
        summary: 'Store the texts behind a text hash',
        description: `The banner's exact texts and choices, under the textHash its decisions carry. The ledger recomputes the hash from the texts and choices and refuses a mismatch; a snapshot is stored once (the same one again answers 200). Bodies up to ${TEXTS_BODY_LIMIT} bytes, also as text/plain so that browsers need no preflight.`,
        requestBody: { description: 'The snapshot.', schema: textSnapshotSchema, mediaTypes: ['application/json', 'text/plain'] },
        responses: {
          200: { description: 'Stored before: the snapshot as first stored.', schema: responseRef('TextSnapshotAnswer'), headers: { Location: LOCATION } },
          201: { description: 'Stored.', schema: responseRef('TextSnapshotAnswer'), headers: { Location: LOCATION } },
          400: { codes: ['invalid_json', 'invalid_texts', 'text_hash_mismatch', 'incomplete_body'] },
          415: { codes: ['unsupported_media_type'] },
          503: { codes: ['storage_unavailable'] },
        },
      },
    },
    {
      method: 'GET',
      path: '/v1/texts/:textHash',
      cors: true,
      limited: true,
      doc: {
        operationId: 'textSnapshot',
        tag: 'texts',
        summary: 'The texts behind a text hash',
        description: "Public: the site's own banner texts. Immutable, so cacheable for a year.",
        responses: { 200: { description: 'The snapshot.', schema: responseRef('TextSnapshot') }, 404: { codes: ['not_found'] } },
      },
      async handle({ params, cors }) {
        const snapshot = await ledger.texts(params.textHash!);
        if (!snapshot) throw new HttpError(404, 'not_found', 'No texts stored under this hash');
        return json(200, snapshot, { ...cors, ...IMMUTABLE });
      },
    },
  ];
}
