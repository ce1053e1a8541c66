import { EVIDENCE_PATTERNS } from '../../evidence/schema.js';

/**
 * One documented answer of a route: a success with its body schema, or an error status with the
 * codes the route itself throws (the router adds those of its checks: key, origin, rate limit).
 *
 * @example
 * const notFound: ResponseDoc = { description: 'No decision recorded for this consent id', codes: ['not_found'] };
 */
export interface ResponseDoc {
  /** Required for a success; an error's codes describe it (this is put first when given). */
  description?: string;
  /** JSON body of a success; errors always have the `Error` shape. */
  schema?: object;
  /** A success whose body is plain text (UTF-8) instead, e.g. a signed checkpoint note. */
  plainText?: true;
  /** Error codes (`error.code`) of this status. */
  codes?: readonly string[];
  /** Response headers, by name: a description, and whether every such answer carries it. */
  headers?: Record<string, { description: string; required?: boolean; schema?: object }>;
}

/**
 * What the OpenAPI document says about one route; every route in the table has one.
 *
 * @example
 * const doc: RouteDoc = { operationId: 'health', tag: 'service', summary: 'Liveness', responses: { 200: { description: 'ok' } } };
 */
export interface RouteDoc {
  operationId: string;
  tag: 'consents' | 'subjects' | 'service' | 'log' | 'texts' | 'statistics' | 'console' | 'tcf';
  summary: string;
  description?: string;
  /** Query parameters, by name: the only ones the route accepts (the route answers 400 to others). */
  query?: Record<string, { description: string; required?: boolean; schema: object }>;
  requestBody?: { description: string; schema: object; mediaTypes: readonly string[] };
  responses: Record<number, ResponseDoc>;
}

/**
 * The path parameters routes may have: the pattern the router checks once decoded (400
 * `invalid_id` otherwise), what an error calls it, and its description in the document.
 *
 * @example
 * new RegExp(PATH_PARAMETERS.consentId.pattern).test('consent-0001'); // true
 */
export const PATH_PARAMETERS: Readonly<Record<string, { pattern: string; what: string; description: string }>> = {
  consentId: { pattern: EVIDENCE_PATTERNS.id, what: 'consent id', description: "The decision's id (the browser's consent id)." },
  textHash: { pattern: EVIDENCE_PATTERNS.sha256, what: 'text hash', description: 'A textHash as decisions carry it: SHA-256, 64 lowercase hex characters.' },
  recordId: { pattern: EVIDENCE_PATTERNS.id, what: 'record id', description: "A record's id (the recordId of its receipt)." },
  treeSize: { pattern: '^[1-9][0-9]{0,14}$', what: 'tree size', description: 'A tree size of the transparency log (number of leaves, from 1).' },
  fromSize: { pattern: '^[1-9][0-9]{0,14}$', what: 'tree size', description: 'The smaller tree size (an older checkpoint).' },
  toSize: { pattern: '^[1-9][0-9]{0,14}$', what: 'tree size', description: 'The larger tree size (a newer checkpoint).' },
  subjectId: {
    pattern: EVIDENCE_PATTERNS.subjectId,
    what: 'subject id',
    description: 'A known person (account id) that decisions were recorded for; percent-encode reserved characters.',
  },
};

/**
 * Every error code the ledger answers with, and what it means.
 *
 * @example
 * ERROR_CODES.rate_limited; // 'too many requests from this address; see Retry-After'
 */
export const ERROR_CODES: Readonly<Record<string, string>> = {
  bad_request: 'a request node:http cannot parse',
  invalid_host: 'the Host header (or the authority of an absolute target) is not a valid host and port, or is repeated',
  invalid_target: 'the request target has dot segments, backslashes or characters a URL parser would rewrite',
  invalid_id: 'a path parameter is malformed',
  invalid_json: 'the body is not UTF-8 JSON',
  invalid_record: 'the body does not match DecisionRecord; `details` names each field',
  incomplete_body: 'the body ended before its declared length',
  unauthorized: 'no valid API key (`Authorization: Bearer <key>`)',
  insufficient_scope: 'the API key lacks the scope this operation needs',
  origin_not_allowed: 'the `Origin` is neither this server nor on the allow-list',
  not_found: 'nothing recorded under this id',
  record_id_conflict: 'the record id is already used by another consent id',
  request_timeout: 'the request did not arrive in time (node:http server)',
  body_too_large: 'the body (declared or sent) is over the limit',
  unsupported_media_type: 'the body is neither application/json nor text/plain',
  rate_limited: 'too many requests from this address; see Retry-After',
  headers_too_large: 'the request headers are too large (node:http server)',
  internal: 'an unexpected failure',
  storage_unavailable: 'the storage does not answer; retry later',
  invalid_texts: 'the body does not match the text snapshot schema; `details` names each field',
  text_hash_mismatch: 'the texts and choices do not hash to the textHash sent',
  log_not_signed: 'the ledger has no transparency-log signing key, so it signs no checkpoint',
  invalid_range: 'the tree sizes are out of order or beyond the log',
  vendor_list_unavailable: 'the ledger has not obtained a copy of the IAB Global Vendor List yet; see Retry-After',
  invalid_query: 'a query parameter is missing, malformed, repeated or unknown; `details` names it',
  invalid_request: 'the JSON body lacks a field, has an unknown one, or one that is not a non-empty string; `details` names it',
  invalid_key: 'the API key given to sign in to the console is not valid',
  csrf_failed: 'a state change made with a console session lacks the `X-Assent-CSRF` token of the session, or comes from another origin',
  console_not_built: 'the console package has no build (run `pnpm run build` in packages/console)',
};
