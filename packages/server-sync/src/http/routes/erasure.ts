import { actorOf } from '../../console/auth.js';
import type { Ledger } from '../../ledger/create-ledger.js';
import { HttpError, json } from '../errors.js';
import { readJsonObject } from '../json-body.js';
import { responseRef } from '../openapi/schemas.js';
import type { Route } from '../router.js';

/**
 * `DELETE /v1/consents/{consentId}`: erasure for a visitor who has no account and knows only the
 * consent id in their cookie. Needs an API key with the `erase` scope — the site's backend calls
 * it on the visitor's behalf, after reading the id from the visitor's own cookie.
 *
 * @example
 * const routes = [...otherRoutes, ...erasureRoutes(ledger)];
 */
export function erasureRoutes(ledger: Pick<Ledger, 'eraseConsent' | 'eraseSubject' | 'audit'>): Route[] {
  return [
    {
      method: 'DELETE',
      path: '/v1/consents/:consentId',
      scope: 'erase',
      limited: true,
      doc: {
        operationId: 'eraseConsent',
        tag: 'consents',
        summary: "Erase a consent id's identifying data (erasure request of a visitor)",
        description:
          'Clears the subject link, IP, user agent and identity salt of every record of the consent id, in one transaction. The decisions and their hashes stay: they hold no identifying data once the salt is gone, and they are the proof that consent was given or refused, so the hash chains stay verifiable. Idempotent: a repeat answers 200 with records 0 and the first erasure time.',
        responses: {
          200: { description: 'What was erased (records 0 on a repeat).', schema: responseRef('ConsentErasureReport') },
          404: { codes: ['not_found'] },
        },
      },
      async handle({ params, caller }) {
        const report = await ledger.eraseConsent(params.consentId!, { actor: actorOf(caller) });
        if (report.erasedAt === null) throw new HttpError(404, 'not_found', 'Nothing held under this consent id');
        return json(200, report);
      },
    },
    {
      method: 'POST',
      path: '/v1/erasures',
      scope: 'erase',
      limited: true,
      doc: {
        operationId: 'erase',
        tag: 'subjects',
        summary: 'Erase a subject or a consent id (id in the body)',
        description:
          'As `DELETE /v1/subjects/{subjectId}` or `DELETE /v1/consents/{consentId}`, for callers that keep ids out of URLs (the console). Give exactly one of subjectId, consentId. Logged in the audit log (who, when, which consent ids, how many records, which fields), never the subject id.',
        requestBody: {
          description: 'What to erase.',
          schema: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            maxProperties: 1,
            properties: { subjectId: { type: 'string', minLength: 1, maxLength: 512 }, consentId: { type: 'string', minLength: 1, maxLength: 512 } },
          },
          mediaTypes: ['application/json'],
        },
        responses: {
          200: {
            description: 'What was erased: an ErasureReport for a subject, a ConsentErasureReport for a consent id.',
            schema: { oneOf: [responseRef('ErasureReport'), responseRef('ConsentErasureReport')] },
          },
          400: { codes: ['invalid_json', 'invalid_request'] },
          404: { codes: ['not_found'] },
          415: { codes: ['unsupported_media_type'] },
        },
      },
      async handle({ request, caller }) {
        const { subjectId, consentId } = await readJsonObject(request, 4096, ['subjectId', 'consentId'], { oneOf: true });
        const actor = actorOf(caller);
        if (subjectId !== undefined) {
          const report = await ledger.eraseSubject(subjectId, { actor });
          if (!report.records) throw new HttpError(404, 'not_found', 'Nothing held about this subject');
          return json(200, report);
        }
        const report = await ledger.eraseConsent(consentId!, { actor });
        if (report.erasedAt === null) throw new HttpError(404, 'not_found', 'Nothing held under this consent id');
        return json(200, report);
      },
    },
    {
      method: 'GET',
      path: '/v1/erasures',
      scope: 'console',
      limited: true,
      doc: {
        operationId: 'erasureLog',
        tag: 'console',
        summary: 'The log of erasures, newest first',
        description: 'Who erased, when, which consent ids, how many records and which fields; never the removed data or the subject id.',
        query: {
          limit: { description: 'At most this many entries (1–500, default 50).', schema: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' } },
          before: { description: 'Only entries with a smaller id (the next page).', schema: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } },
        },
        responses: { 200: { description: 'The entries.', schema: responseRef('AuditLog') }, 400: { codes: ['invalid_query'] } },
      },
      async handle({ url }) {
        const query: Record<string, number> = {};
        for (const [name, value] of url.searchParams) {
          const bad = (message: string) => new HttpError(400, 'invalid_query', message, {}, [{ path: name.slice(0, 32), message }]);
          if (name !== 'limit' && name !== 'before') throw bad(`Unknown query parameter "${name.slice(0, 32)}" (use limit, before)`);
          if (Object.hasOwn(query, name)) throw bad(`Query parameter "${name}" is given more than once`);
          const number = /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : Number.NaN;
          if (!Number.isSafeInteger(number) || (name === 'limit' && number > 500))
            throw bad(`Query parameter "${name}" must be a whole number${name === 'limit' ? ' from 1 to 500' : ''}`);
          query[name] = number;
        }
        return json(200, { entries: await ledger.audit({ kind: 'erasure', limit: query.limit ?? 50, ...(query.before && { before: query.before }) }) });
      },
    },
  ];
}
