import { publicReceipt, type EvidenceRecord } from '../evidence/types.js';
import { truncateIp } from '../evidence/truncate-ip.js';
import { EVIDENCE_PATTERNS } from '../evidence/schema.js';
import { EvidenceInputError, isCalendarInstant } from '../evidence/validate.js';
import type { Ledger } from '../ledger/create-ledger.js';
import type { AppendOutcome } from '../storage/types.js';
import { OUTBOX_VERSION } from '../outbox/version.js';
import { HttpError, json } from './errors.js';
import { openApiRoute } from './openapi/serve.js';
import { responseRef } from './openapi/schemas.js';
import { actorOf } from '../console/auth.js';
import { erasureRoutes } from './routes/erasure.js';
import { integrityRoutes, type RetentionStatus } from './routes/integrity.js';
import { lookupRoutes } from './routes/lookup.js';
import type { Route, RouteContext } from './router.js';
import { logRoutes } from './routes/log.js';
import { statisticsRoutes } from './routes/statistics.js';
import { textRoutes } from './routes/texts.js';
import { tcfRoutes } from '../tcf/routes.js';
import type { VendorListCache } from '../tcf/vendor-list-cache.js';

/**
 * What the ledger's routes need besides the request.
 *
 * @example
 * const routes = ledgerRoutes({ ledger, bodyLimit: 16 * 1024, basePath: '', now: Date.now });
 */
export interface LedgerRouteOptions {
  ledger: Ledger;
  bodyLimit: number;
  basePath: string;
  gpcLastUpdate?: string | undefined;
  now: () => number;
  /** The retention schedule the server runs, for `GET /v1/integrity`. */
  retention?: RetentionStatus | undefined;
  /** The Global Vendor List cache behind `GET /v1/tcf/vendor-list.json`; without it the route does not exist. */
  tcfVendorList?: VendorListCache | undefined;
  /** Routes added to the table (and the document) by the server around it, e.g. the console's sign-in. */
  extraRoutes?: readonly Route[];
}

const LOCATION = { description: 'The decision in effect: `GET /v1/consents/{consentId}`.', required: true };

/** The public view of the decision in effect (no identifying fields). */
const currentView = (record: EvidenceRecord, now: number) => ({
  consentId: record.consentId,
  status: now >= Date.parse(record.expiresAt) ? 'expired' : 'valid',
  revision: record.revision,
  categories: record.categories,
  services: record.services,
  method: record.method,
  event: record.event,
  withdrawn: record.withdrawn,
  gpc: record.gpc,
  recordedAt: record.recordedAt,
  expiresAt: record.expiresAt,
  recordId: record.recordId,
  seq: record.seq,
  // The opt-outs the visitor signalled to ad tech (US state laws): a backend asking "may I sell?" reads them here.
  gpp: record.gpp,
});

// `?updatedAt=` of GET /v1/consents/{id}: the only query parameter it takes, at most once, a real instant.
function knownUpdatedAt(url: URL): string | undefined {
  let updatedAt: string | undefined;
  for (const [name, value] of url.searchParams) {
    const bad = (message: string) => new HttpError(400, 'invalid_query', message, {}, [{ path: name.slice(0, 32), message }]);
    if (name !== 'updatedAt') throw bad(`Unknown query parameter "${name.slice(0, 32)}" (use updatedAt)`);
    if (updatedAt !== undefined) throw bad('Query parameter "updatedAt" is given more than once');
    if (!isCalendarInstant(value)) throw bad('Query parameter "updatedAt" must be an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SS[.fff]Z or ±HH:MM)');
    updatedAt = value;
  }
  return updatedAt;
}

/**
 * The ledger's HTTP API as a route table: one entry per endpoint.
 *
 * @example
 * const route = createRouter(ledgerRoutes(options), checks);
 */
export function ledgerRoutes(options: LedgerRouteOptions): Route[] {
  const { ledger, now } = options;
  const recordConsent = async ({ request, url, ip, cors }: RouteContext) => {
    const type = (request.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // text/plain is accepted so browsers can send without a CORS preflight (keepalive on pagehide).
    if (type !== 'application/json' && type !== 'text/plain') throw new HttpError(415, 'unsupported_media_type', 'Send JSON (application/json or text/plain)');
    const text = await request.text(options.bodyLimit);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', 'Request body is not valid JSON');
    }
    let outcome: AppendOutcome;
    try {
      outcome = await ledger.record(body, {
        ip: truncateIp(ip),
        userAgent: (request.header('user-agent') ?? '').slice(0, 512),
        origin: (request.header('origin') ?? url.origin).slice(0, 256),
      });
    } catch (error) {
      if (error instanceof EvidenceInputError)
        throw new HttpError(400, 'invalid_record', 'The record does not match the evidence schema', {}, error.issues.slice(0, 20));
      throw new HttpError(503, 'storage_unavailable', 'The ledger could not store the record; retry later');
    }
    const { record, created } = outcome;
    if (!created && record.consentId !== (body as { consentId: string }).consentId) {
      throw new HttpError(409, 'record_id_conflict', 'This record id is already used by another consent id');
    }
    return json(created ? 201 : 200, { record: publicReceipt(record) }, { ...cors, location: `${options.basePath}/v1/consents/${record.consentId}` });
  };

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/healthz',
      doc: {
        operationId: 'health',
        tag: 'service',
        summary: 'Whether the ledger and its storage answer',
        responses: { 200: { description: 'The storage answers.', schema: responseRef('Health') }, 503: { codes: ['storage_unavailable'] } },
      },
      async handle() {
        await ledger.storage.ping().catch(() => {
          throw new HttpError(503, 'storage_unavailable', 'Storage does not answer');
        });
        return json(200, { status: 'ok', storage: ledger.storage.kind });
      },
    },
    {
      method: 'GET',
      path: '/.well-known/gpc.json',
      doc: {
        operationId: 'gpcSupport',
        tag: 'service',
        summary: 'Global Privacy Control support resource',
        responses: { 200: { description: 'This site honours GPC; cached for a day.', schema: responseRef('GpcSupport') } },
      },
      handle: () =>
        json(200, { gpc: true, ...(options.gpcLastUpdate ? { lastUpdate: options.gpcLastUpdate } : {}) }, { 'cache-control': 'public, max-age=86400' }),
    },
    {
      method: 'POST',
      path: '/v1/consents',
      cors: true,
      limited: true,
      handle: recordConsent,
      doc: {
        operationId: 'recordConsent',
        tag: 'consents',
        summary: 'Record a decision',
        description:
          "Validates the decision against DecisionRecord and appends it to its consent id's hash chain. The evidence time is the server's; of the client's expiresAt only its distance from updatedAt is kept. Sending the same recordId again is safe (idempotent). JSON may be sent as text/plain so that browsers need no preflight (keepalive sends on pagehide).",
        requestBody: { description: 'The decision.', schema: { $ref: '#/components/schemas/DecisionRecord' }, mediaTypes: ['application/json', 'text/plain'] },
        responses: {
          200: { description: 'This recordId was stored before: the stored record.', schema: responseRef('ReceiptAnswer'), headers: { Location: LOCATION } },
          201: { description: 'Stored.', schema: responseRef('ReceiptAnswer'), headers: { Location: LOCATION } },
          400: { codes: ['invalid_json', 'invalid_record', 'incomplete_body'] },
          409: { codes: ['record_id_conflict'] },
          415: { codes: ['unsupported_media_type'] },
          503: { codes: ['storage_unavailable'] },
        },
      },
    },
    {
      method: 'GET',
      path: '/v1/consents/:consentId',
      cors: true,
      limited: true,
      doc: {
        operationId: 'currentDecision',
        tag: 'consents',
        summary: 'The decision in effect for a consent id',
        description:
          'Public: a browser may read back its own decision. No identifying fields. A ledger with a read replica answers from the replica when its record is the decision `updatedAt` names, from the primary otherwise.',
        query: {
          updatedAt: {
            description:
              "The `updatedAt` of the decision the caller holds (the visitor's consent cookie). A ledger with a read replica answers from the replica only when its record is that decision (the same second); any other, earlier or later, is read from the primary, since visitors' clocks can go back between decisions.",
            schema: { type: 'string', format: 'date-time', pattern: EVIDENCE_PATTERNS.instant },
          },
        },
        responses: {
          200: { description: 'The latest record, valid or expired.', schema: responseRef('CurrentDecision') },
          400: { codes: ['invalid_query'] },
          404: { codes: ['not_found'] },
        },
      },
      async handle({ params, url, cors }) {
        const record = await ledger.current(params.consentId!, { updatedAt: knownUpdatedAt(url) });
        if (!record) throw new HttpError(404, 'not_found', 'No decision recorded for this consent id');
        return json(200, currentView(record, now()), cors);
      },
    },
    {
      method: 'GET',
      path: '/v1/consents/:consentId/records',
      scope: 'read',
      limited: true,
      doc: {
        operationId: 'evidenceTrail',
        tag: 'consents',
        summary: 'Every record of a consent id (the evidence trail)',
        responses: { 200: { description: 'The records, oldest first.', schema: responseRef('EvidenceTrail') }, 404: { codes: ['not_found'] } },
      },
      async handle({ params }) {
        const records = await ledger.history(params.consentId!);
        if (!records.length) throw new HttpError(404, 'not_found', 'No records for this consent id');
        return json(200, { consentId: params.consentId, records, texts: await ledger.textsOf(records) });
      },
    },
    {
      method: 'GET',
      path: '/v1/subjects/:subjectId',
      scope: 'export',
      limited: true,
      doc: {
        operationId: 'exportSubject',
        tag: 'subjects',
        summary: 'Everything held about a subject (access / portability request)',
        responses: { 200: { description: 'Every record linked to the subject.', schema: responseRef('SubjectExport') }, 404: { codes: ['not_found'] } },
      },
      async handle({ params }) {
        const exported = await ledger.exportSubject(params.subjectId!);
        if (!exported.records.length) throw new HttpError(404, 'not_found', 'Nothing held about this subject');
        return json(200, exported);
      },
    },
    {
      method: 'DELETE',
      path: '/v1/subjects/:subjectId',
      scope: 'erase',
      limited: true,
      doc: {
        operationId: 'eraseSubject',
        tag: 'subjects',
        summary: "Erase a subject's identifying data (erasure request)",
        description: 'Clears the subject link, IP, user agent and identity salt of every record of its consent ids; the hash chains stay verifiable.',
        responses: { 200: { description: 'What was erased.', schema: responseRef('ErasureReport') }, 404: { codes: ['not_found'] } },
      },
      async handle({ params, caller }) {
        const report = await ledger.eraseSubject(params.subjectId!, { actor: actorOf(caller) });
        if (!report.records) throw new HttpError(404, 'not_found', 'Nothing held about this subject');
        return json(200, report);
      },
    },
    ...erasureRoutes(ledger),
    ...logRoutes(ledger),
    ...textRoutes(ledger, options.basePath),
    ...statisticsRoutes(ledger),
    ...lookupRoutes(ledger),
    ...integrityRoutes(ledger, options.retention, { now }),
    ...(options.tcfVendorList ? tcfRoutes(options.tcfVendorList) : []),
    ...(options.extraRoutes ?? []),
  ];
  // The document describes the table it is part of, itself included.
  routes.push(
    openApiRoute(routes, { basePath: options.basePath, evidenceSchema: ledger.evidenceSchema, bodyLimit: options.bodyLimit, version: OUTBOX_VERSION }),
  );
  return routes;
}
