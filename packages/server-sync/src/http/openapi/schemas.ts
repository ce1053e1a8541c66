import { CONSENT_METHODS } from '../../evidence/schema.js';
import type { ConsentEvent, EvidenceReceipt, EvidenceRecord } from '../../evidence/types.js';
import type { ConsentErasureReport, ErasureReport } from '../../ledger/create-ledger.js';
import type { TextSnapshot } from '../../texts/snapshot.js';

// The JSON Schemas of the ledger's answers. Every object is closed (`additionalProperties:
// false`): a field the code starts sending without documenting it fails the handler tests, and
// `satisfies Record<keyof …>` fails the build when a type gains a field the schema lacks.

const string = { type: 'string' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] }) as const;
const closed = <P extends Record<string, object>>(properties: P, description: string, optional: readonly (keyof P)[] = []) =>
  ({
    type: 'object',
    description,
    additionalProperties: false,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    properties,
  }) as const;

const EVENTS = ['given', 'updated', 'withdrawn', 'renewed'] as const satisfies readonly ConsentEvent[];
const choices = { type: 'object', description: 'id → granted', additionalProperties: { type: 'boolean' } } as const;

const ids = { type: 'array', items: string } as const;
const withdrawn = {
  ...nullable(
    closed(
      { categories: ids, services: ids },
      'ids granted by the previous record (still in effect, same revision) and denied by this one; empty unless event is withdrawn',
    ),
  ),
  description: 'derived by the ledger from its chain, never taken from the client; null on records sealed before the field existed',
} as const;

const receiptFields = {
  recordId: string,
  consentId: string,
  seq: { type: 'integer', minimum: 1, description: "position in the consent id's hash chain, from 1" },
  event: {
    type: 'string',
    enum: EVENTS,
    description:
      'derived by the ledger from the chain: given (the first record), renewed (after expiry or under a new revision), withdrawn (anything the previous record granted is now denied, whatever the method), else updated',
  },
  categories: choices,
  services: choices,
  revision: string,
  textHash: string,
  locale: string,
  method: { type: 'string', enum: CONSENT_METHODS },
  region: string,
  regime: { type: 'string', enum: ['opt-in', 'opt-out'] },
  gpc: { type: 'boolean' },
  clientTime: { ...instant, description: "the client's updatedAt as submitted" },
  recordedAt: { ...instant, description: 'server time the record was committed: the evidence time' },
  expiresAt: { ...instant, description: 'server time + the validity the visitor was shown (at most 13 months)' },
  origin: string,
  sdkVersion: string,
  identityDigest: { ...string, description: 'sha256 over salt, subject id, IP and user agent' },
  prevHash: { ...string, description: "hash of the previous record of the consent id, '' for the first" },
  hash: string,
  withdrawn,
  leafIndex: {
    ...nullable({ type: 'integer', minimum: 0 }),
    description:
      "the record's leaf in the ledger's transparency log (commit order, from 0): ask GET /v1/log/inclusion/{recordId} for its inclusion proof; null only while a record written before the log existed waits for its leaf",
  },
  notice: {
    ...nullable(closed({ url: string, version: string, hash: string }, 'the privacy notice reference as the browser sent it', ['hash'])),
    description: 'the privacy notice the person was pointed to (covered by hash, format v3); null when the site configured none',
  },
  tcf: {
    ...nullable(closed({ tcString: string, addtlConsent: string }, 'the IAB TCF evidence as the browser sent it', ['addtlConsent'])),
    description:
      "the IAB TCF evidence sent with the decision: TC string and optionally Google's AC string (covered by hash, format v4; kept on erasure, it identifies no one); null when the site does not run TCF",
  },
  gpp: {
    ...nullable(
      closed({ gppString: string, applicableSections: { type: 'array', items: { type: 'integer' } } }, 'the IAB GPP evidence as the browser sent it'),
    ),
    description:
      'the IAB GPP evidence sent with the decision: the GPP string and the ids of the sections that applied ([-1]: none) (covered by hash, format v5; kept on erasure, it identifies no one); null when the site does not run GPP',
  },
} as const satisfies Record<keyof EvidenceReceipt, object>;

const recordFields = {
  ...receiptFields,
  subjectId: nullable(string),
  ip: { ...string, description: "truncated IP (/24, /48), '' once erased" },
  userAgent: { ...string, description: "'' once erased" },
  identitySalt: { ...string, description: "'' once erased" },
  erasedAt: nullable(instant),
} as const satisfies Record<keyof EvidenceRecord, object>;

const textsByHash = {
  type: 'object',
  description: 'the stored text snapshots behind the textHash of these records, by hash (a hash with none stored is left out)',
  additionalProperties: { $ref: '#/components/schemas/TextSnapshot' },
} as const;

const ref = (name: keyof typeof RESPONSE_SCHEMAS) => ({ $ref: `#/components/schemas/${name}` }) as const;

/**
 * The schemas of every JSON body the ledger answers with, by component name.
 *
 * @example
 * const receipt = RESPONSE_SCHEMAS.Receipt; // the `record` of a POST /v1/consents answer
 */
export const RESPONSE_SCHEMAS = {
  Receipt: closed(receiptFields, 'A stored record without its identifying fields (subject id, IP, user agent, salt).'),
  EvidenceRecord: closed(recordFields, 'One append-only evidence record as stored, identifying fields included.'),
  ReceiptAnswer: closed({ record: { $ref: '#/components/schemas/Receipt' } }, 'The stored record.'),
  CurrentDecision: closed(
    {
      consentId: string,
      status: { type: 'string', enum: ['valid', 'expired'] },
      revision: string,
      categories: choices,
      services: choices,
      method: receiptFields.method,
      event: receiptFields.event,
      withdrawn,
      gpc: { type: 'boolean' },
      recordedAt: instant,
      expiresAt: instant,
      recordId: string,
      seq: receiptFields.seq,
      gpp: receiptFields.gpp,
    },
    'The decision in effect for a consent id, without identifying fields.',
  ),
  EvidenceTrail: closed(
    { consentId: string, records: { type: 'array', items: { $ref: '#/components/schemas/EvidenceRecord' } }, texts: textsByHash },
    'Every record of a consent id, oldest first, and the texts they were made under.',
  ),
  SubjectExport: closed(
    { subjectId: string, records: { type: 'array', items: { $ref: '#/components/schemas/EvidenceRecord' } }, texts: textsByHash },
    'Every record linked to a subject, and the texts they were made under.',
  ),
  EvidenceLookup: closed(
    {
      consentIds: { type: 'array', items: string, description: 'the consent ids found (one for a consent id)' },
      records: { type: 'array', items: { $ref: '#/components/schemas/EvidenceRecord' } },
      texts: textsByHash,
      proofs: {
        type: 'object',
        description:
          "by record id: the record's inclusion proof and the checkpoint it leads to (as `GET /v1/log/inclusion/{recordId}`), null when not logged; empty when the log is not signed",
        additionalProperties: nullable({ $ref: '#/components/schemas/InclusionProof' }),
      },
      chains: {
        type: 'object',
        description:
          "by consent id: where its chain starts once retention purged its oldest records — the last purged record's seq and hash (0 and '' when none was purged); the first record held links to baseHash",
        additionalProperties: closed({ baseSeq: { type: 'integer', minimum: 0 }, baseHash: string }, 'A chain base.'),
      },
      verifierKey: {
        ...nullable(string),
        description: 'the key that verifies the checkpoints (`GET /v1/log/key`); null when the ledger signs none. Check it against the one you published.',
      },
    },
    'Records found by a look-up, oldest first per consent id, the texts they were made under, and their inclusion proofs.',
  ),
  InclusionProof: closed(
    {
      recordId: string,
      recordHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      leafIndex: { type: 'integer', minimum: 0 },
      treeSize: { type: 'integer', minimum: 1 },
      proof: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' }, description: 'the audit path, hex SHA-256, leaf side first' },
      checkpoint: { ...string, description: 'the signed note whose root the proof leads to' },
    },
    'An RFC 9162 inclusion proof of a record (its leaf is SHA-256(0x00 ‖ record hash)) in a signed checkpoint.',
  ),
  AuditEntry: closed(
    {
      id: { type: 'integer', minimum: 1 },
      kind: { type: 'string', enum: ['erasure', 'verify', 'purge'] },
      at: instant,
      actor: { ...string, description: "the key holder's name, `(console)` when through a console session; `cli`, `schedule` or `api`" },
      details: {
        type: 'object',
        description:
          'erasure: target (subject|consent), consentIds, records, fields — never the subject id; verify: ok, startedAt, records, consents, problems (count), firstProblems; purge: records, consents, cutoff',
      },
    },
    "One entry of the ledger's log of its own operations; never the data they removed.",
  ),
  AuditLog: closed({ entries: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } } }, 'Entries, newest first.'),
  Integrity: closed(
    {
      log: closed(
        { treeSize: { type: 'integer', minimum: 0 }, checkpoint: nullable(string), verifierKey: nullable(string) },
        'The transparency log: its size, latest signed checkpoint (signed note) and verifier key; null when not signed.',
      ),
      verify: closed(
        {
          running: nullable(
            closed(
              { startedAt: instant, records: { type: 'integer', minimum: 0 }, consents: { type: 'integer', minimum: 0 } },
              'A full verify in progress and how far it got.',
            ),
          ),
          last: nullable({ $ref: '#/components/schemas/AuditEntry' }),
        },
        'The running verify, if any, and the last finished one.',
      ),
      retention: closed(
        {
          days: nullable({ type: 'integer', minimum: 1 }),
          oldestRecordAt: nullable(instant),
          lastPurge: nullable({ $ref: '#/components/schemas/AuditEntry' }),
          nextPurgeAt: nullable(instant),
        },
        'The retention schedule (days and next run null when the server runs none), the oldest record held and the last purge.',
      ),
    },
    'Integrity and retention status for the console.',
  ),
  TextSnapshot: closed(
    {
      textHash: { ...string, description: 'SHA-256 (hex) of the canonical shown content, as decisions carry it' },
      locale: string,
      texts: { type: 'array', items: string, description: 'every text shown, in display order, exactly as sent' },
      choices: choices,
      createdAt: { ...instant, description: 'when the ledger first stored it' },
    } satisfies Record<keyof TextSnapshot, object>,
    'The exact texts and choices a banner showed, stored once under their hash.',
  ),
  TextSnapshotAnswer: closed({ snapshot: { $ref: '#/components/schemas/TextSnapshot' } }, 'The stored snapshot.'),
  ErasureReport: closed(
    {
      subjectId: string,
      consentIds: { type: 'array', items: string },
      records: { type: 'integer', minimum: 1 },
      fields: { type: 'array', items: string, description: 'the fields cleared in every record' },
    } satisfies Record<keyof ErasureReport, object>,
    'What the erasure cleared; the hash chains stay verifiable.',
  ),
  ConsentErasureReport: closed(
    {
      consentId: string,
      records: { type: 'integer', minimum: 0, description: 'records cleared by this request; 0 when an earlier request already cleared them all' },
      fields: { type: 'array', items: string, description: 'the fields cleared in every record' },
      erasedAt: { ...instant, description: "when the consent id's records were erased (an earlier request's time on a repeat)" },
    } satisfies Record<keyof ConsentErasureReport, object>,
    "What erasing a consent id's identifying data cleared. The decisions and their hashes stay (they hold no identifying data), so the hash chains stay verifiable.",
  ),
  Health: closed({ status: { type: 'string', const: 'ok' }, storage: { type: 'string', enum: ['sqlite', 'postgres'] } }, 'The ledger and its storage answer.'),
  GpcSupport: closed(
    { gpc: { type: 'boolean', const: true }, lastUpdate: { type: 'string', format: 'date' } },
    'Global Privacy Control support resource (https://privacycg.github.io/gpc-spec/).',
    ['lastUpdate'],
  ),
  OpenApiDocument: {
    type: 'object',
    description: 'This document.',
    required: ['openapi', 'info', 'paths'],
    properties: { openapi: { type: 'string', pattern: '^3\\.1\\.' }, info: { type: 'object' }, paths: { type: 'object' } },
  },
  EvidenceIssue: closed(
    { path: { ...string, description: "dotted field path, '' for the whole body" }, message: string },
    'One problem with a submitted record.',
  ),
  Error: closed(
    {
      error: closed(
        {
          code: { ...string, description: 'stable machine-readable code' },
          message: { ...string, description: 'for people; may change' },
          details: {
            type: 'array',
            maxItems: 20,
            items: { $ref: '#/components/schemas/EvidenceIssue' },
            description: 'invalid_record, invalid_query: the problems, by field',
          },
        },
        'What went wrong.',
        ['details'],
      ),
    },
    'Every error answer.',
  ),
} as const;

/**
 * A `$ref` to one of `RESPONSE_SCHEMAS` (as the document's `components.schemas` holds them).
 *
 * @example
 * const content = { 'application/json': { schema: responseRef('Health') } };
 */
export const responseRef = ref;
