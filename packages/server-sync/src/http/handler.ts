import type { Ledger } from '../ledger/create-ledger.js';
import { publicReceipt, type EvidenceRecord } from '../evidence/types.js';
import { EvidenceInputError } from '../evidence/validate.js';
import { truncateIp } from '../evidence/truncate-ip.js';
import { apiKeyCheck, apiKeysFromEnv, type ApiKey, type ApiKeyScope } from './api-key.js';
import { clientIpResolver } from './client-ip.js';
import { HttpError, errorReply, json, logFailure, type LedgerLogEntry } from './errors.js';
import { DIRECT_HANDLER, fromFetchRequest, toFetchResponse, type DirectHandler, type LedgerReply, type LedgerRequest } from './exchange.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';

/**
 * Largest accepted request body: a decision is well under 2 KB.
 *
 * @example
 * createLedgerHandler({ ledger, bodyLimit: DEFAULT_BODY_LIMIT * 2 });
 */
export const DEFAULT_BODY_LIMIT = 16 * 1024;

/**
 * Options of `createLedgerHandler`.
 *
 * @example
 * createLedgerHandler({ ledger, allowedOrigins: ['https://shop.example'], trustedProxies: ['10.0.0.2'] });
 */
export interface LedgerHandlerOptions {
  ledger: Ledger;
  /**
   * Keys for the evidence and subject endpoints: a string has every scope, `{ key, scopes }` only
   * those listed (`read` the evidence trail, `export` a subject, `erase` a subject).
   * Default: `ASSENT_API_KEYS` (see `apiKeysFromEnv`).
   */
  apiKeys?: readonly (string | ApiKey)[];
  /** Origins allowed to write from browsers (exact, e.g. `https://shop.example`); `'*'` allows any. Same-origin always works. */
  allowedOrigins?: readonly string[];
  /** Direct peers whose `X-Forwarded-For` is believed (your load balancer). Default: none. */
  trustedProxies?: readonly string[];
  /** Per-IP limit, or `false` to turn off. Default 120 requests per minute. */
  rateLimit?: RateLimitOptions | false;
  /** Default 16 KB. */
  bodyLimit?: number;
  /** Prefix the API is mounted under, e.g. `/consent`. Default `''`. */
  basePath?: string;
  /** `lastUpdate` of `/.well-known/gpc.json` (YYYY-MM-DD); omitted when not given. */
  gpcLastUpdate?: string;
  /** Receives failures (code, status, route); never request headers, keys or personal data. */
  log?: (entry: LedgerLogEntry) => void;
  now?: () => number;
}

/**
 * Peer facts only the server adapter knows (the Fetch `Request` carries no socket).
 *
 * @example
 * handler(request, { remoteAddress: req.socket.remoteAddress });
 */
export interface ConnectionInfo {
  remoteAddress?: string | undefined;
}

/**
 * A Fetch handler for the ledger's HTTP API.
 *
 * @example
 * const handler: LedgerHandler = createLedgerHandler({ ledger });
 * const response = await handler(new Request('http://localhost/healthz'));
 */
export type LedgerHandler = (request: Request, connection?: ConnectionInfo) => Promise<Response>;

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const SUBJECT = /^[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x5b\x5d-\x7e]{1,128}$/;

/** The public view of the decision in effect (no identifying fields). */
const currentView = (record: EvidenceRecord, now: number) => ({
  consentId: record.consentId,
  status: now >= Date.parse(record.expiresAt) ? 'expired' : 'valid',
  revision: record.revision,
  categories: record.categories,
  services: record.services,
  method: record.method,
  event: record.event,
  gpc: record.gpc,
  recordedAt: record.recordedAt,
  expiresAt: record.expiresAt,
  recordId: record.recordId,
  seq: record.seq,
});

/**
 * Creates the ledger's `(Request) => Promise<Response>` handler: `POST /v1/consents`,
 * `GET /v1/consents/{id}`, `GET /v1/consents/{id}/records`, `GET|DELETE /v1/subjects/{id}`,
 * `GET /healthz` and `GET /.well-known/gpc.json`. Mount it in any Fetch-style server, or in
 * node:http / Express / Fastify through `toNodeListener`.
 *
 * @example
 * const handler = createLedgerHandler({ ledger, allowedOrigins: ['https://shop.example'] });
 * Bun.serve({ fetch: handler }); // or: createServer(toNodeListener(handler)).listen(8787)
 */
export function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler {
  const { ledger } = options;
  const now = options.now ?? Date.now;
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const scopesOf = apiKeyCheck(options.apiKeys ?? apiKeysFromEnv());
  const allowed = new Set(options.allowedOrigins ?? []);
  const ipOf = clientIpResolver(options.trustedProxies ?? []);
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit, now);

  const requireScope = (request: LedgerRequest, scope: ApiKeyScope) => {
    const scopes = scopesOf(request.header('authorization'));
    if (!scopes.size) {
      throw new HttpError(401, 'unauthorized', 'A valid API key is required (Authorization: Bearer <key>)', { 'www-authenticate': 'Bearer realm="assent-ledger"' });
    }
    if (!scopes.has(scope)) {
      // RFC 6750 §3.1: a valid key without the scope this request needs.
      throw new HttpError(403, 'insufficient_scope', `This API key lacks the "${scope}" scope`, { 'www-authenticate': `Bearer realm="assent-ledger", error="insufficient_scope", scope="${scope}"` });
    }
  };
  const corsFor = (request: LedgerRequest, url: URL): Record<string, string> => {
    const origin = request.header('origin');
    if (!origin || origin === url.origin) return {};
    if (!allowed.has('*') && !allowed.has(origin)) throw new HttpError(403, 'origin_not_allowed', 'This origin may not write to the ledger');
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  };
  const idFrom = (value: string, pattern: RegExp, what: string) => {
    let id: string;
    try {
      id = decodeURIComponent(value);
    } catch {
      id = '';
    }
    if (!pattern.test(id)) throw new HttpError(400, 'invalid_id', `Malformed ${what}`);
    return id;
  };
  const methodNotAllowed = (allow: string) => new HttpError(405, 'method_not_allowed', `Use ${allow}`, { allow });

  const recordConsent = async (request: LedgerRequest, url: URL, ip: string, cors: Record<string, string>) => {
    const type = (request.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // text/plain is accepted so browsers can send without a CORS preflight (keepalive on pagehide).
    if (type !== 'application/json' && type !== 'text/plain') throw new HttpError(415, 'unsupported_media_type', 'Send JSON (application/json or text/plain)');
    const text = await request.text(bodyLimit);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', 'Request body is not valid JSON');
    }
    let outcome;
    try {
      outcome = await ledger.record(body, {
        ip: truncateIp(ip),
        userAgent: (request.header('user-agent') ?? '').slice(0, 512),
        origin: (request.header('origin') ?? url.origin).slice(0, 256),
      });
    } catch (error) {
      if (error instanceof EvidenceInputError) throw new HttpError(400, 'invalid_record', 'The record does not match the evidence schema', {}, error.issues.slice(0, 20));
      throw new HttpError(503, 'storage_unavailable', 'The ledger could not store the record; retry later');
    }
    const { record, created } = outcome;
    if (!created && record.consentId !== (body as { consentId: string }).consentId) {
      throw new HttpError(409, 'record_id_conflict', 'This record id is already used by another consent id');
    }
    return json(created ? 201 : 200, { record: publicReceipt(record) }, { ...cors, location: `${basePath}/v1/consents/${record.consentId}` });
  };

  const route = async (request: LedgerRequest, url: URL, ip: string): Promise<LedgerReply> => {
    const path = url.pathname.slice(basePath.length);
    const method = request.method;
    if (path === '/healthz') {
      if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET');
      await ledger.storage.ping().catch(() => {
        throw new HttpError(503, 'storage_unavailable', 'Storage does not answer');
      });
      return json(200, { status: 'ok', storage: ledger.storage.kind });
    }
    if (path === '/.well-known/gpc.json') {
      if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET');
      return json(200, { gpc: true, ...(options.gpcLastUpdate ? { lastUpdate: options.gpcLastUpdate } : {}) }, { 'cache-control': 'public, max-age=86400' });
    }
    const parts = path.split('/');
    if (parts[1] !== 'v1' || parts.length > 5) throw new HttpError(404, 'not_found', 'No such endpoint');
    const verdict = limiter?.take(ip);
    if (verdict && !verdict.allowed) throw new HttpError(429, 'rate_limited', 'Too many requests from this address', { 'retry-after': String(verdict.retryAfterSeconds) });

    if (parts[2] === 'consents' && parts.length === 3) {
      const cors = corsFor(request, url);
      if (method === 'OPTIONS') {
        return { status: 204, headers: { ...cors, 'access-control-allow-methods': 'POST, GET', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' }, body: null };
      }
      if (method !== 'POST') throw methodNotAllowed('POST');
      try {
        return await recordConsent(request, url, ip, cors);
      } catch (error) {
        if (error instanceof HttpError) return errorReply(error, cors);
        throw error;
      }
    }
    if (parts[2] === 'consents' && parts[3] !== undefined) {
      const consentId = idFrom(parts[3], ID, 'consent id');
      if (parts.length === 4) {
        if (method !== 'GET') throw methodNotAllowed('GET');
        const cors = corsFor(request, url);
        const record = await ledger.current(consentId);
        if (!record) throw new HttpError(404, 'not_found', 'No decision recorded for this consent id', cors);
        return json(200, currentView(record, now()), cors);
      }
      if (parts[4] === 'records') {
        if (method !== 'GET') throw methodNotAllowed('GET');
        requireScope(request, 'read');
        const records = await ledger.history(consentId);
        if (!records.length) throw new HttpError(404, 'not_found', 'No records for this consent id');
        return json(200, { consentId, records });
      }
    }
    if (parts[2] === 'subjects' && parts[3] !== undefined && parts.length === 4) {
      if (method !== 'GET' && method !== 'DELETE') throw methodNotAllowed('GET, DELETE');
      requireScope(request, method === 'GET' ? 'export' : 'erase');
      const subjectId = idFrom(parts[3], SUBJECT, 'subject id');
      if (method === 'GET') {
        const exported = await ledger.exportSubject(subjectId);
        if (!exported.records.length) throw new HttpError(404, 'not_found', 'Nothing held about this subject');
        return json(200, exported);
      }
      const report = await ledger.eraseSubject(subjectId);
      if (!report.records) throw new HttpError(404, 'not_found', 'Nothing held about this subject');
      return json(200, report);
    }
    throw new HttpError(404, 'not_found', 'No such endpoint');
  };

  const direct: DirectHandler = async (request, connection) => {
    const { url, method } = request;
    try {
      if (basePath && !url.pathname.startsWith(basePath + '/')) throw new HttpError(404, 'not_found', 'No such endpoint');
      const ip = ipOf(connection.remoteAddress, request.header('x-forwarded-for'));
      const reply = await route(request, url, ip);
      if (reply.status >= 400) logFailure(options.log, method, url, reply.status, 'error response');
      return reply;
    } catch (caught) {
      const error = caught instanceof HttpError ? caught : new HttpError(500, 'internal', 'Internal error');
      logFailure(options.log, method, url, error.status, error.code === 'internal' ? String(caught) : error.message, error.code);
      return errorReply(error);
    }
  };
  const handler: LedgerHandler = async (request, connection = {}) => {
    let ledgerRequest: LedgerRequest;
    try {
      ledgerRequest = fromFetchRequest(request);
    } catch (caught) {
      logFailure(options.log, request.method, undefined, 500, String(caught), 'internal');
      return toFetchResponse(errorReply(new HttpError(500, 'internal', 'Internal error')));
    }
    return toFetchResponse(await direct(ledgerRequest, connection));
  };
  // toNodeListener answers node:http requests through `direct`, without Fetch objects, and reports
  // what it answers itself (a bad Host, an oversized body) to the same log.
  return Object.assign(handler, { [DIRECT_HANDLER]: { handle: direct, log: options.log } });
}
