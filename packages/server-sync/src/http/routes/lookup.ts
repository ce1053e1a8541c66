import type { EvidenceRecord } from '../../evidence/types.js';
import type { Ledger } from '../../ledger/create-ledger.js';
import type { InclusionProof } from '../../ledger/ledger-log.js';
import type { TextSnapshot } from '../../texts/snapshot.js';
import { HttpError, json } from '../errors.js';
import { readJsonObject } from '../json-body.js';
import { responseRef } from '../openapi/schemas.js';
import type { Route } from '../router.js';

const LOOKUP_LIMIT = 4096;

const idBody = (field: 'consentId' | 'subjectId', description: string) => ({
  description,
  schema: { type: 'object', additionalProperties: false, required: [field], properties: { [field]: { type: 'string', minLength: 1, maxLength: 512 } } },
  mediaTypes: ['application/json'],
});

/**
 * `POST /v1/lookup/consent` and `POST /v1/lookup/subject`: the evidence trail of a consent id, or
 * of every consent id of a subject, with the texts shown — the console's evidence look-up. The id
 * travels in the body so that it never lands in a URL, a browser history or an access log.
 *
 * @example
 * const routes = [...otherRoutes, ...lookupRoutes(ledger)];
 */
export function lookupRoutes(ledger: Pick<Ledger, 'history' | 'textsOf' | 'exportSubject' | 'log' | 'storage'>): Route[] {
  // The proofs come with the records: one request instead of one per record (the per-IP rate limit
  // would cut a long trail short). They prove nothing until checked against the signed checkpoint
  // with a verifier key the reader trusts, so where they come from does not matter.
  const withProofs = async (answer: { consentIds: string[]; records: EvidenceRecord[]; texts: Record<string, TextSnapshot> }) => {
    const verifierKey = ledger.log.verifierKey ?? null;
    const proofs: Record<string, InclusionProof | null> = {};
    if (verifierKey) for (const record of answer.records) proofs[record.recordId] = (await ledger.log.inclusion(record.recordId)) ?? null;
    // Retention purges a chain's oldest records and moves its base; without it the first record held
    // would look cut off from a chain that was never tampered with.
    return { ...answer, proofs, verifierKey, chains: await ledger.storage.chainBases(answer.consentIds) };
  };
  const answers = {
    400: { codes: ['invalid_json', 'invalid_request'] },
    404: { codes: ['not_found'] },
    415: { codes: ['unsupported_media_type'] },
  } as const;
  return [
    {
      method: 'POST',
      path: '/v1/lookup/consent',
      scope: 'read',
      limited: true,
      doc: {
        operationId: 'lookupConsent',
        tag: 'consents',
        summary: 'Every record of a consent id, with the texts shown (id in the body)',
        description:
          "As `GET /v1/consents/{consentId}/records`, for callers that keep ids out of URLs (the console), with each record's inclusion proof and the verifier key.",
        requestBody: idBody('consentId', 'The consent id.'),
        responses: { 200: { description: 'The records, oldest first, and their texts.', schema: responseRef('EvidenceLookup') }, ...answers },
      },
      async handle({ request }) {
        const { consentId } = await readJsonObject(request, LOOKUP_LIMIT, ['consentId']);
        const records = await ledger.history(consentId!);
        if (!records.length) throw new HttpError(404, 'not_found', 'No records for this consent id');
        return json(200, await withProofs({ consentIds: [consentId!], records, texts: await ledger.textsOf(records) }));
      },
    },
    {
      method: 'POST',
      path: '/v1/lookup/subject',
      scope: 'export',
      limited: true,
      doc: {
        operationId: 'lookupSubject',
        tag: 'subjects',
        summary: 'Every record of every consent id of a subject, with the texts shown (id in the body)',
        description:
          "As `GET /v1/subjects/{subjectId}`, for callers that keep ids out of URLs (the console), with each record's inclusion proof and the verifier key.",
        requestBody: idBody('subjectId', 'The subject id.'),
        responses: {
          200: { description: "The subject's records, oldest first per consent id, and their texts.", schema: responseRef('EvidenceLookup') },
          ...answers,
        },
      },
      async handle({ request }) {
        const { subjectId } = await readJsonObject(request, LOOKUP_LIMIT, ['subjectId']);
        const { records, texts } = await ledger.exportSubject(subjectId!);
        if (!records.length) throw new HttpError(404, 'not_found', 'Nothing held about this subject');
        return json(200, await withProofs({ consentIds: [...new Set(records.map((record) => record.consentId))], records, texts }));
      },
    },
  ];
}
