// Test helper: checks real answers of the ledger against its own OpenAPI document. The status must
// be documented for the operation (or, for a path or method the document does not list, be its
// 404 / 405 or an error every operation may answer); the JSON body must match the documented
// schema (ajv), a documented empty answer must be empty, and required headers must be there.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { isCalendarInstant } from '../../evidence/validate.js';
import type { LedgerHandler } from '../handler.js';

/**
 * One request and its answer, as any of the tests sees it (Fetch, node:http, raw socket).
 *
 * @example
 * const exchange: Exchange = { method: 'GET', target: '/healthz', status: 200, headers: {}, body: '{"status":"ok","storage":"sqlite"}' };
 */
export interface Exchange {
  method: string;
  /** The request target's path (a query or an absolute-form target is reduced to it). */
  target: string;
  /** `undefined` when the connection closed without an answer: nothing to check. */
  status: number | undefined;
  headers: Headers | Record<string, string>;
  body: string;
}

type Response = { content?: Record<string, { schema: object }>; headers?: Record<string, { required?: boolean }> };
type Operations = Record<string, { responses: Record<string, Response> }>;
interface Document {
  servers: Array<{ url: string }>;
  paths: Record<string, Operations>;
}

const METHODS = ['get', 'post', 'delete', 'put', 'patch', 'options'];
const errorResponses = new Map<string, Response>();
const errorWith = (code: string): Response => {
  if (!errorResponses.has(code))
    errorResponses.set(code, {
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error', properties: { error: { properties: { code: { const: code } } } } } } },
    });
  return errorResponses.get(code)!;
};

// The document's `#/…` references, made absolute so that a schema taken out of it still resolves them.
const anchored = (schema: unknown): unknown =>
  Array.isArray(schema)
    ? schema.map(anchored)
    : typeof schema === 'object' && schema !== null
      ? Object.fromEntries(
          Object.entries(schema).map(([key, value]) => [
            key,
            key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `https://ledger.test/openapi.json${value}` : anchored(value),
          ]),
        )
      : schema;

/**
 * A checker of exchanges against a ledger's OpenAPI document (as served at `/v1/openapi.json`);
 * it throws an `Error` that names the request and what the document does not describe.
 *
 * @example
 * const check = openApiChecker(await (await handler(new Request('http://x/v1/openapi.json'))).json());
 * check({ method: 'GET', target: '/healthz', status: 200, headers: response.headers, body: await response.text() });
 */
export function openApiChecker(document: unknown): (exchange: Exchange) => void {
  const doc = document as Document;
  const basePath = doc.servers[0]!.url.replace(/\/$/, '');
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, formats: { 'date-time': isCalendarInstant, date: /^\d{4}-\d{2}-\d{2}$/ } });
  ajv.addSchema(document as object, 'https://ledger.test/openapi.json');
  const validators = new Map<object, ValidateFunction>();
  const templates = Object.keys(doc.paths).map((template) => ({ template, segments: template.split('/') }));
  const operationsOf = (item: Operations) => Object.entries(item).filter(([method]) => METHODS.includes(method));
  // An error status and code every operation of `items` may answer with (the transport's, say).
  const common = (exchange: Exchange, items: Operations[], status: number, code: string) =>
    items.every((item) =>
      operationsOf(item).every(([, operation]) => {
        const schema = operation.responses[status]?.content?.['application/json']?.schema as {
          properties?: { error?: { properties?: { code?: { enum?: string[] } } } };
        };
        const codes = schema?.properties?.error?.properties?.code?.enum;
        // An answer to HEAD has no body to name its code: the status must be one every operation has.
        return codes !== undefined && (code === '' && exchange.method === 'HEAD' ? true : codes.includes(code));
      }),
    );

  return (exchange) => {
    const { status } = exchange;
    if (status === undefined) return;
    const where = `${exchange.method} ${exchange.target} → ${status}`;
    const header = (name: string) => (exchange.headers instanceof Headers ? exchange.headers.get(name) : (exchange.headers[name.toLowerCase()] ?? null));
    let body: unknown;
    // Plain-text answers (signed notes) are checked below against a text/plain document entry.
    const plain = String(header('content-type')).startsWith('text/plain');
    try {
      body = exchange.body && !plain ? JSON.parse(exchange.body) : undefined;
    } catch {
      throw new Error(`${where}: the body is not JSON: ${exchange.body.slice(0, 200)}`);
    }
    const code = (body as { error?: { code?: string } } | undefined)?.error?.code ?? '';
    const path = exchange.target.replace(/^[a-z]+:\/\/[^/]*/i, '').split('?')[0]!;
    const inner = basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : basePath ? undefined : path;
    const parts = inner?.split('/');
    const match = parts && templates.find(({ segments }) => segments.length === parts.length && segments.every((s, i) => s.startsWith('{') || s === parts[i]));
    // The router matches methods exactly: `get` is not GET.
    const method = exchange.method === 'HEAD' ? 'get' : /^[A-Z]+$/.test(exchange.method) ? exchange.method.toLowerCase() : '';
    const item = match && doc.paths[match.template]!;
    const operation = item?.[method];
    let response: Response | undefined;
    if (item && operation && METHODS.includes(method)) {
      response = operation.responses[status];
      if (!response) throw new Error(`${where}: status ${status} is not documented for ${method.toUpperCase()} ${match.template} (${code || 'no code'})`);
    } else if (common(exchange, item ? [item] : Object.values(doc.paths), status, code)) {
      response = errorWith(code);
    } else if (item && status === 405) {
      const allowed = operationsOf(item)
        .map(([name]) => name.toUpperCase())
        .filter((name) => name !== 'OPTIONS');
      if (header('allow') !== allowed.join(', ')) throw new Error(`${where}: Allow is ${header('allow')}, the document lists ${allowed.join(', ')}`);
      response = errorWith('method_not_allowed');
    } else if (!item && status === 404) {
      response = errorWith('not_found');
    } else {
      throw new Error(`${where}: ${item ? 'a method' : 'a path'} the document does not list, answered with ${status} ${code}`);
    }
    for (const [name, spec] of Object.entries(response.headers ?? {})) {
      if (spec.required && header(name) === null) throw new Error(`${where}: the documented header ${name} is missing`);
    }
    if (plain && !response.content?.['text/plain']) throw new Error(`${where}: answered with text, documented as JSON or without a body`);
    if (response.content?.['text/plain']) {
      if (exchange.method !== 'HEAD' && !String(header('content-type')).startsWith('text/plain'))
        throw new Error(`${where}: content-type ${header('content-type')}, documented as text`);
      return;
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema) {
      if (exchange.body) throw new Error(`${where}: documented without a body, answered with ${exchange.body.slice(0, 200)}`);
      return;
    }
    if (exchange.method === 'HEAD') return;
    if (!String(header('content-type')).startsWith('application/json')) throw new Error(`${where}: content-type ${header('content-type')}, documented as JSON`);
    let validate = validators.get(schema);
    if (!validate) validators.set(schema, (validate = ajv.compile(anchored(schema) as object)));
    if (!validate(body)) throw new Error(`${where}: the body does not match the document: ${ajv.errorsText(validate.errors)}\n${exchange.body.slice(0, 500)}`);
  };
}

/**
 * Wraps a Fetch handler so that every answer it gives is checked against the document the
 * handler itself serves (fetched once, at its `/v1/openapi.json`), before the test sees it.
 *
 * @example
 * const handler = documented(createLedgerHandler({ ledger }), '/consent');
 * await handler(new Request('http://x/consent/healthz')); // throws if the answer is not documented
 */
export function documented(handler: LedgerHandler, basePath = ''): LedgerHandler {
  let checker: Promise<(exchange: Exchange) => void> | undefined;
  return async (request, connection) => {
    checker ??= handler(new Request(`http://ledger.test${basePath}/v1/openapi.json`)).then(async (answer) => openApiChecker(await answer.json()));
    const check = await checker;
    const response = await handler(request, connection);
    const url = new URL(request.url);
    check({ method: request.method, target: url.pathname, status: response.status, headers: response.headers, body: await response.clone().text() });
    return response;
  };
}
