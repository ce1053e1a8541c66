import { decisionRecordSchema } from '../../evidence/schema.js';
import type { EvidenceSchema } from '../../evidence/validate.js';
import { API_KEY_SCOPES } from '../api-key.js';
import type { Route } from '../router.js';
import { ERROR_CODES, PATH_PARAMETERS, type ResponseDoc } from './route-doc.js';
import { RESPONSE_SCHEMAS } from './schemas.js';

/**
 * What the document needs besides the route table.
 *
 * @example
 * const options: OpenApiOptions = { basePath: '', evidenceSchema: {}, bodyLimit: 16 * 1024, version: '0.1.0' };
 */
export interface OpenApiOptions {
  basePath: string;
  /** The category and service ids the ledger accepts: they are part of the request schema. */
  evidenceSchema: EvidenceSchema;
  bodyLimit: number;
  version: string;
}

type Operation = Record<string, unknown> & { responses: Record<string, unknown> };

// What any request may be answered with, whatever its route: the node:http adapter and server
// answer these before (or instead of) the router.
const TRANSPORT: ReadonlyArray<[number, string]> = [
  [400, 'invalid_host'],
  [400, 'invalid_target'],
  [400, 'bad_request'],
  [408, 'request_timeout'],
  [413, 'body_too_large'],
  [431, 'headers_too_large'],
  [500, 'internal'],
];

const header = (description: string, required = false, schema: object = { type: 'string' }) => ({ description, required, schema });
const json = (schema: object) => ({ 'application/json': { schema } });

/**
 * Builds the OpenAPI 3.1 document of a route table: every route's operation with its parameters,
 * request body, security (API key scopes) and every status it can answer — its own, those of the
 * router's checks its flags turn on (`scope`, `cors`, `limited`), and those of the transport.
 *
 * @example
 * const document = openApiDocument(routes, { basePath: '', evidenceSchema: {}, bodyLimit: 16 * 1024, version: '0.1.0' });
 */
export function openApiDocument(routes: readonly Route[], options: OpenApiOptions) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const template = route.path.replace(/:(\w+)/g, '{$1}');
    const params = parametersOf(route);
    // Parameters belong to the path, so that its preflight shares them.
    const item = (paths[template] ??= params.length ? { parameters: params.map((name) => ({ $ref: `#/components/parameters/${name}` })) } : {});
    item[route.method.toLowerCase()] = operation(route, options);
    if (route.cors && !item.options) item.options = preflight(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Assent evidence ledger',
      version: options.version,
      license: { name: 'MIT', identifier: 'MIT' },
      description: [
        'Records consent decisions as append-only, hash-chained evidence and answers questions about them.',
        `Every error is \`{ "error": { "code", "message" } }\`; the codes of each status are listed with it. A path not listed here is a 404 \`not_found\`; a listed path with another method a 405 \`method_not_allowed\` whose \`Allow\` header lists the methods. HEAD is answered as GET without a body. Request bodies are capped at ${options.bodyLimit} bytes.`,
        'Routes marked CORS check the `Origin` header (this server, or an allowed origin) and answer preflights; their answers carry `Access-Control-Allow-Origin` for allowed origins.',
      ].join('\n\n'),
    },
    servers: [{ url: options.basePath || '/', description: 'this ledger' }],
    tags: [
      { name: 'consents', description: 'Recording decisions and reading them back' },
      { name: 'subjects', description: 'Access and erasure requests of a known person' },
      { name: 'service', description: 'Health, GPC support and this document' },
      { name: 'log', description: 'The transparency log: signed checkpoints, inclusion and consistency proofs (RFC 9162)' },
      { name: 'texts', description: 'The exact texts behind each textHash, stored once' },
      { name: 'statistics', description: "Aggregate counts for the privacy officer's console (nothing personal)" },
      { name: 'console', description: "The privacy officer's console: sign-in, integrity, erasure log" },
      { name: 'tcf', description: 'The IAB TCF Global Vendor List, downloaded, cached and served by the ledger (when TCF serving is on)' },
    ],
    paths,
    components: {
      schemas: { DecisionRecord: decisionRecordSchema(options.evidenceSchema), ...RESPONSE_SCHEMAS },
      parameters: Object.fromEntries(
        Object.entries(PATH_PARAMETERS).map(([name, { pattern, description }]) => [
          name,
          { name, in: 'path', required: true, description, schema: { type: 'string', pattern } },
        ]),
      ),
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'API key',
          description: `An API key as \`Authorization: Bearer <key>\`, configured in ASSENT_API_KEYS (\`KEY\` or \`KEY:scope+scope\`). Scopes: ${API_KEY_SCOPES.map((scope) => `\`${scope}\``).join(', ')} — the scope an operation needs is named in its security requirement. In a browser, the console's session cookie (\`assent_console\`, from \`POST /console/session\`) stands in for the key it was made with; a POST or DELETE made with it also needs the session's \`X-Assent-CSRF\` token.`,
        },
      },
    },
  };
}

function operation(route: Route, options: OpenApiOptions): Operation {
  const { doc } = route;
  const errors = new Map<number, Set<string>>();
  const add = (status: number, code: string) => errors.set(status, (errors.get(status) ?? new Set()).add(code));
  const responses: Record<number, ResponseDoc> = {};
  for (const [status, response] of Object.entries(doc.responses)) {
    if (response.codes) for (const code of response.codes) add(Number(status), code);
    else responses[Number(status)] = response;
  }
  if (parametersOf(route).length) add(400, 'invalid_id');
  if (route.scope) {
    add(401, 'unauthorized');
    add(403, 'insufficient_scope');
    // A console session's state changes need its CSRF token (safe methods never do).
    if (route.method !== 'GET') add(403, 'csrf_failed');
  }
  for (const [status, code] of routerAndTransport(route)) add(status, code);
  for (const [status, codes] of errors) responses[status] = errorResponse(status, [...codes], doc.responses[status]);
  return {
    operationId: doc.operationId,
    tags: [doc.tag],
    summary: doc.summary,
    ...(doc.description && { description: doc.description }),
    security: route.scope ? [{ apiKey: [route.scope] }] : [],
    ...(doc.query && {
      parameters: Object.entries(doc.query).map(([name, { description, required = false, schema }]) => ({ name, in: 'query', required, description, schema })),
    }),
    ...(doc.requestBody && {
      requestBody: {
        required: true,
        description: `${doc.requestBody.description} At most ${options.bodyLimit} bytes.`,
        content: Object.fromEntries(doc.requestBody.mediaTypes.map((type) => [type, { schema: doc.requestBody!.schema }])),
      },
    }),
    responses: responsesOf(responses),
  };
}

const parametersOf = (route: Route) => [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]!);

function routerAndTransport(route: Route): Array<[number, string]> {
  const checks: Array<[number, string]> = [];
  if (route.cors) checks.push([403, 'origin_not_allowed']);
  if (route.limited) checks.push([429, 'rate_limited']);
  return [...checks, ...TRANSPORT];
}

// An error status lists its codes, each with its meaning, after what the route says about it.
function errorResponse(status: number, codes: string[], own?: ResponseDoc): ResponseDoc {
  const meanings = codes.map((code) => `\`${code}\`: ${ERROR_CODES[code] ?? code}`).join('; ');
  return {
    description: own?.description ? `${own.description}. ${meanings}` : meanings,
    codes,
    headers: { ...errorHeaders(status, new Set(codes)), ...own?.headers },
  };
}

function errorHeaders(status: number, codes: Set<string>): ResponseDoc['headers'] {
  if (status === 429) return { 'Retry-After': header('Seconds until the window resets.', true, { type: 'string', pattern: '^[0-9]+$' }) };
  if (status === 401) return { 'WWW-Authenticate': header('`Bearer realm="assent-ledger"`', true) };
  if (codes.has('insufficient_scope'))
    return { 'WWW-Authenticate': header('For `insufficient_scope`: `Bearer …, error="insufficient_scope", scope="<scope>"`') };
  return {};
}

function preflight(route: Route): Operation {
  const responses: Record<number, ResponseDoc> = {
    204: {
      description: 'The preflight is allowed: methods, the `content-type` header, cached for 600 s.',
      headers: {
        'Access-Control-Allow-Methods': header('The methods of this path that browsers may call (those with CORS).', true),
        'Access-Control-Allow-Headers': header('`content-type`', true),
        'Access-Control-Max-Age': header('`600`', true),
        'Access-Control-Allow-Origin': header('The request `Origin`, when it is another allowed origin.'),
      },
    },
  };
  const errors = new Map<number, string[]>();
  for (const [status, code] of routerAndTransport(route)) errors.set(status, [...(errors.get(status) ?? []), code]);
  for (const [status, codes] of errors) responses[status] = errorResponse(status, codes);
  return {
    operationId: `${route.doc.operationId}Preflight`,
    tags: [route.doc.tag],
    summary: 'CORS preflight',
    security: [],
    responses: responsesOf(responses),
  };
}

function responsesOf(responses: Record<number, ResponseDoc>): Record<string, unknown> {
  const sorted = Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b));
  return Object.fromEntries(
    sorted.map(([status, { description, schema, codes, headers, plainText }]) => {
      const body = codes ? { $ref: '#/components/schemas/Error', properties: { error: { properties: { code: { enum: codes } } } } } : schema;
      return [
        status,
        {
          description,
          ...(headers &&
            Object.keys(headers).length && {
              headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, { schema: { type: 'string' }, ...value }])),
            }),
          ...(body && { content: json(body) }),
          ...(plainText && { content: { 'text/plain': { schema: { type: 'string' } } } }),
        },
      ];
    }),
  );
}
