import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionRecordSchema } from '../../evidence/schema.js';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { openSqliteStorage } from '../../storage/sqlite/sqlite-storage.js';
import { createLedgerHandler, type LedgerHandlerOptions } from '../handler.js';
import { ledgerRoutes } from '../routes.js';
import { documented, openApiChecker, type Exchange } from './responses.test-helper.js';

const BASE = 'http://ledger.test';
let dir: string;
let ledger: Ledger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-openapi-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')), categories: ['necessary', 'support-chat'] });
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const handlerWith = (options: Partial<LedgerHandlerOptions> = {}) => createLedgerHandler({ ledger, apiKeys: ['k_doc_key_0001'], ...options });
const served = async (options: Partial<LedgerHandlerOptions> = {}) => {
  const response = await handlerWith(options)(new Request(`${BASE}${options.basePath ?? ''}/v1/openapi.json`));
  return { response, document: await response.json() };
};

describe('GET /v1/openapi.json', () => {
  it.each([{}, { basePath: '/consent' }])('is a valid OpenAPI 3.1 document for Redocly recommended-strict (%o)', async (options) => {
    const { response, document } = await served(options);
    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: options.basePath ?? '/', description: 'this ledger' }]);
    const config = await createConfig({ extends: ['recommended-strict'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    expect(problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)).toEqual([]);
  });

  it('documents every route of the table with its scope, and the request schema the ledger validates with', async () => {
    // Without the console's sign-in routes, which the handler adds around the table (tested in src/console/).
    const { document } = await served({ console: false });
    const routes = ledgerRoutes({ ledger, bodyLimit: 1, basePath: '', now: Date.now });
    for (const route of routes) {
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.path}`).toBe(route.doc.operationId);
      expect(operation.security).toEqual(route.scope ? [{ apiKey: [route.scope] }] : []);
      if (route.scope) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
      if (route.limited) expect(operation.responses['429'].headers['Retry-After'].required).toBe(true);
    }
    // Every operation, plus one CORS preflight per path with a CORS route.
    expect(Object.values(document.paths).flatMap((item) => Object.keys(item as object).filter((key) => key !== 'parameters'))).toHaveLength(
      routes.length + new Set(routes.filter((route) => route.cors).map((route) => route.path)).size,
    );
    expect(document.components.schemas.DecisionRecord).toEqual(JSON.parse(JSON.stringify(decisionRecordSchema(ledger.evidenceSchema))));
    expect(document.components.schemas.DecisionRecord.properties.categories.propertyNames.enum).toEqual(['necessary', 'support-chat']);
  });

  it('has component schemas that compile in ajv strict mode (no misspelt or unknown keyword slips through)', async () => {
    const { document } = await served();
    const schemas = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
    const ajv = new Ajv2020({ strict: true, formats: { 'date-time': true, date: true } });
    const names = Object.keys(schemas);
    expect(names.length).toBeGreaterThan(10);
    expect(() => ajv.compile({ $defs: schemas, anyOf: names.map((name) => ({ $ref: `#/$defs/${name}` })) })).not.toThrow();
    expect(() => ajv.compile({ type: 'object', propertys: {} })).toThrow(/unknown keyword/);
  });

  it('is public and cacheable: ETag, an hour of max-age, any origin, 304 for If-None-Match', async () => {
    const handler = documented(handlerWith({ rateLimit: { max: 1 } }));
    const first = await handler(new Request(`${BASE}/v1/openapi.json`));
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await handler(new Request(`${BASE}/v1/openapi.json`, { headers: { 'if-none-match': tag } }));
      expect(again.status, tag).toBe(304);
      expect(await again.text()).toBe('');
    }
    expect((await handler(new Request(`${BASE}/v1/openapi.json`, { headers: { 'if-none-match': '"other"' } }))).status).toBe(200);
  });
});

describe('openApiChecker', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  const error = (code: string) => ({ error: { code, message: 'x' } });

  it('fails an answer the document does not describe, and passes the ones it does', async () => {
    const check = openApiChecker((await served()).document);
    const passes = (exchange: Exchange) => expect(() => check(exchange)).not.toThrow();
    const fails = (exchange: Exchange, reason: RegExp) => expect(() => check(exchange), String(reason)).toThrow(reason);
    const health = { method: 'GET', target: '/healthz' };
    passes({ ...health, ...answer(200, { status: 'ok', storage: 'sqlite' }) });
    passes({ ...health, ...answer(503, error('storage_unavailable')) });
    fails({ ...health, ...answer(418, error('teapot')) }, /status 418 is not documented/);
    fails({ ...health, ...answer(200, { status: 'ok', storage: 'sqlite', secret: 1 }) }, /does not match the document/);
    fails({ ...health, ...answer(503, error('not_found')) }, /does not match the document/);
    fails({ ...health, ...answer(200, { status: 'ok', storage: 'sqlite' }), headers: { 'content-type': 'text/html' } }, /content-type/);
    fails({ ...health, status: 200, headers: {}, body: '<html>' }, /not JSON/);
    const records = { method: 'GET', target: '/v1/consents/consent-0001/records' };
    passes({ ...records, ...answer(401, error('unauthorized'), { 'www-authenticate': 'Bearer realm="assent-ledger"' }) });
    fails({ ...records, ...answer(401, error('unauthorized')) }, /header WWW-Authenticate is missing/);
    fails({ ...records, ...answer(429, error('rate_limited')) }, /header Retry-After is missing/);
    passes({ method: 'PUT', target: '/v1/consents', ...answer(405, error('method_not_allowed'), { allow: 'POST' }) });
    fails({ method: 'PUT', target: '/v1/consents', ...answer(405, error('method_not_allowed'), { allow: 'POST, PUT' }) }, /Allow is POST, PUT/);
    passes({ method: 'GET', target: '/nowhere', ...answer(404, error('not_found')) });
    passes({ method: 'GET', target: '/nowhere', ...answer(400, error('invalid_target')) });
    fails({ method: 'GET', target: '/nowhere', ...answer(200, {}) }, /a path the document does not list/);
    fails({ method: 'GET', target: '/v1/openapi.json', ...answer(304, { a: 1 }, { etag: '"x"' }) }, /documented without a body/);
  });
});
