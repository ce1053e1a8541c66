import type { Ledger } from '../../ledger/create-ledger.js';
import { HttpError, json } from '../errors.js';
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
export function erasureRoutes(ledger: Pick<Ledger, 'eraseConsent'>): Route[] {
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
      async handle({ params }) {
        const report = await ledger.eraseConsent(params.consentId!);
        if (report.erasedAt === null) throw new HttpError(404, 'not_found', 'Nothing held under this consent id');
        return json(200, report);
      },
    },
  ];
}
