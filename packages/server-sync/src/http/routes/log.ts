import type { Ledger } from '../../ledger/create-ledger.js';
import { BASE_HEADERS, HttpError, errorReply, json } from '../errors.js';
import { responseRef } from '../openapi/schemas.js';
import type { Route, RouteContext } from '../router.js';
import type { LedgerReply } from '../types.js';

const hashes = { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' } } as const;
const NOT_SIGNED = { codes: ['log_not_signed'] } as const;

// Public facts without personal data: any page may read them (simple GETs, no preflight), and
// nothing is written, so there is no origin to check.
const ANY_ORIGIN = { 'access-control-allow-origin': '*' };

/** A checkpoint note as it was signed: plain text, so tools outside Assent can check it. */
const note = (text: string): LedgerReply => ({
  status: 200,
  headers: { ...BASE_HEADERS, ...ANY_ORIGIN, 'content-type': 'text/plain; charset=utf-8' },
  body: text,
});

const readableAnywhere =
  (handle: (context: RouteContext) => Promise<LedgerReply> | LedgerReply) =>
  async (context: RouteContext): Promise<LedgerReply> => {
    try {
      return await handle(context);
    } catch (error) {
      if (error instanceof HttpError) return errorReply(error, ANY_ORIGIN);
      throw error;
    }
  };

/**
 * The transparency log's public endpoints under `/v1/log/`: the latest signed checkpoint, a
 * stored checkpoint by size, the verifier key, a record's inclusion proof and the consistency
 * proof between two tree sizes. Rate-limited; readable from any page (`Access-Control-Allow-Origin: *`: they hold no personal data).
 *
 * @example
 * const routes = [...ledgerRoutes(options), ...logRoutes(ledger)];
 */
export function logRoutes(ledger: Ledger): Route[] {
  const signed = () => {
    if (!ledger.log.verifierKey)
      throw new HttpError(503, 'log_not_signed', 'This ledger has no log signing key (assent-ledger keygen); no checkpoint is signed');
  };
  const size = (value: string) => Number(value);
  return [
    {
      method: 'GET',
      path: '/v1/log/checkpoint',
      limited: true,
      doc: {
        operationId: 'latestCheckpoint',
        tag: 'log',
        summary: 'The latest signed checkpoint',
        description:
          'A C2SP tlog-checkpoint signed note (Ed25519): origin, tree size, root hash (base64), time; then the signature. Made fresh when records were added since the last one (at most one a second). Keep copies elsewhere: `assent-ledger verify --checkpoint FILE` proves nothing was removed or rewritten since.',
        responses: { 200: { description: 'The signed note.', plainText: true }, 404: { codes: ['not_found'] }, 503: NOT_SIGNED },
      },
      handle: readableAnywhere(async () => {
        signed();
        const checkpoint = await ledger.log.checkpoint({ fresh: true });
        if (!checkpoint) throw new HttpError(404, 'not_found', 'The log is empty: no checkpoint yet');
        return note(checkpoint.note);
      }),
    },
    {
      method: 'GET',
      path: '/v1/log/checkpoints/:treeSize',
      limited: true,
      doc: {
        operationId: 'checkpointBySize',
        tag: 'log',
        summary: 'A stored checkpoint of one tree size',
        responses: { 200: { description: 'The signed note.', plainText: true }, 404: { codes: ['not_found'] }, 503: NOT_SIGNED },
      },
      handle: readableAnywhere(async ({ params }) => {
        signed();
        const checkpoint = await ledger.log.checkpointAt(size(params.treeSize!));
        if (!checkpoint) throw new HttpError(404, 'not_found', 'No checkpoint of this tree size');
        return note(checkpoint.note);
      }),
    },
    {
      method: 'GET',
      path: '/v1/log/key',
      limited: true,
      doc: {
        operationId: 'logVerifierKey',
        tag: 'log',
        summary: "The key that verifies this ledger's checkpoints",
        description:
          'A signed-note verifier key, `<origin>+<key id>+<base64 key>`. Trust it only as far as you trust this server: publish it where people can compare it (your privacy notice, a DNS record).',
        responses: { 200: { description: 'The verifier key.', plainText: true }, 503: NOT_SIGNED },
      },
      handle: readableAnywhere(() => {
        signed();
        return note(`${ledger.log.verifierKey}\n`);
      }),
    },
    {
      method: 'GET',
      path: '/v1/log/inclusion/:recordId',
      limited: true,
      doc: {
        operationId: 'inclusionProof',
        tag: 'log',
        summary: 'Proof that a record is in the log',
        description:
          'The RFC 9162 inclusion proof of the record (its leaf is SHA-256(0x00 ‖ record hash)) in the latest checkpoint (one is signed for it when none covers it yet), which is given with it. Anyone holding a receipt can check it without trusting this server beyond its verifier key.',
        responses: {
          200: {
            description: 'The proof and the checkpoint it leads to.',
            schema: responseRef('InclusionProof'),
          },
          404: { codes: ['not_found'] },
          503: NOT_SIGNED,
        },
      },
      handle: readableAnywhere(async ({ params }) => {
        signed();
        const proof = await ledger.log.inclusion(params.recordId!);
        if (!proof) throw new HttpError(404, 'not_found', 'No logged record with this id');
        return json(200, proof, ANY_ORIGIN);
      }),
    },
    {
      method: 'GET',
      path: '/v1/log/consistency/:fromSize/:toSize',
      limited: true,
      doc: {
        operationId: 'consistencyProof',
        tag: 'log',
        summary: 'Proof that a larger tree extends a smaller one',
        description:
          'The RFC 9162 consistency proof between two tree sizes (usually of two checkpoints): the log only grew, nothing in the smaller tree changed.',
        responses: {
          200: {
            description: 'The proof.',
            schema: {
              type: 'object',
              additionalProperties: false,
              required: ['fromSize', 'toSize', 'proof'],
              properties: { fromSize: { type: 'integer', minimum: 1 }, toSize: { type: 'integer', minimum: 1 }, proof: hashes },
            },
          },
          400: { codes: ['invalid_range'] },
        },
      },
      handle: readableAnywhere(async ({ params }) => {
        const [fromSize, toSize] = [size(params.fromSize!), size(params.toSize!)];
        const { treeSize } = await ledger.storage.log.state();
        if (fromSize > toSize || toSize > treeSize) {
          throw new HttpError(400, 'invalid_range', `Need fromSize ≤ toSize ≤ the tree size (${treeSize})`);
        }
        return json(200, { fromSize, toSize, proof: await ledger.log.consistency(fromSize, toSize) }, ANY_ORIGIN);
      }),
    },
  ];
}
