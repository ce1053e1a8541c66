import { DECISION_RECORD_FIELDS, DEFAULT_CATEGORIES } from '@assent/core/cookie';
import { Sections } from '@iabgpp/cmpapi';
import type { EvidenceSchema } from './validate.js';

// The JSON Schema (2020-12, the dialect of OpenAPI 3.1) of the record a browser submits: ajv
// compiles it into the ledger's validator (validate.ts) and the OpenAPI document prints it, so
// what is checked and what is documented are the same object.

/**
 * Patterns (ECMAScript regular expressions, as JSON Schema takes them) shared by the request
 * schema and the path parameters of the HTTP API.
 *
 * @example
 * new RegExp(EVIDENCE_PATTERNS.id).test('consent-0001'); // true
 */
export const EVIDENCE_PATTERNS = {
  id: '^[A-Za-z0-9_-]{8,64}$',
  // Printable ASCII except quotes, backslash and angle brackets: ids are echoed into logs and exports.
  subjectId: String.raw`^[\x21\x23-\x26\x28-\x3b\x3d\x3f-\x5b\x5d-\x7e]{1,128}$`,
  choiceId: '^[A-Za-z0-9_.:-]{1,64}$',
  // Any text @assent/core accepts as a revision (a site's own words, accents included), without
  // control characters or unpaired surrogates, which logs and exports could not carry faithfully.
  revision: String.raw`^[^\x00-\x1f\x7f\ud800-\udfff]{1,64}$`,
  token: '^[A-Za-z0-9._:+/=-]{0,128}$',
  locale: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$',
  region: '^([A-Z]{2}(-[A-Z0-9]{1,3})?)?$',
  sdkVersion: '^[A-Za-z0-9.+-]{1,32}$',
  instant: String.raw`^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$`,
  // A SHA-256 digest as lowercase hex: the text hash a snapshot is stored under.
  sha256: '^[0-9a-f]{64}$',
  // An http(s) URL without whitespace or control characters (its length is capped separately).
  url: String.raw`^https?://[^\x00-\x20\x7f]+$`,
  printable: String.raw`^[\x20-\x7e]{1,64}$`,
} as const;

/**
 * How a decision may have been made (`@assent/core`'s consent methods).
 *
 * @example
 * CONSENT_METHODS.includes('reject-all'); // true
 */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'api'] as const;

/**
 * Most services one record may name.
 *
 * @example
 * const tooMany = Object.keys(record.services).length > MAX_SERVICES;
 */
export const MAX_SERVICES = 200;

/**
 * Keys refused wherever a record has free-form ids: they would reach `Object.prototype`.
 *
 * @example
 * FORBIDDEN_KEYS.includes('__proto__'); // true
 */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

// A description is the expected form, then ` — ` and what the field means: the validator's
// message for a pattern or format is "must be " and the part before ` — `.
const text = (pattern: string, description: string) => ({ type: 'string', pattern, description }) as const;
const instant = (description: string) =>
  ({
    type: 'string',
    format: 'date-time',
    pattern: EVIDENCE_PATTERNS.instant,
    description: `an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SS[.fff]Z or ±HH:MM) of a real calendar day and time — ${description}`,
  }) as const;
const choices = (names: object, description: string) =>
  ({ type: 'object', description, propertyNames: names, additionalProperties: { type: 'boolean' } }) as const;
const freeId = { pattern: EVIDENCE_PATTERNS.choiceId, not: { enum: FORBIDDEN_KEYS } } as const;

/**
 * The JSON Schema of a submitted record (`@assent/core`'s `DecisionRecord`, the body of
 * `POST /v1/consents`) for a site's category and service ids. Two checks live beside it in
 * `validateEvidenceInput`, because JSON Schema cannot state them: `expiresAt` must not be before
 * `updatedAt`, and (for in-process callers) objects must be plain, not class instances.
 *
 * @example
 * const validate = new Ajv2020({ allErrors: true }).compile(decisionRecordSchema({ categories: ['necessary', 'analytics'] }));
 */
export function decisionRecordSchema(ids: EvidenceSchema = {}) {
  const categories = ids.categories ?? DEFAULT_CATEGORIES;
  const properties = {
    recordId: text(EVIDENCE_PATTERNS.id, '8–64 characters of A–Z, a–z, 0–9, _ or - — client-generated; the same id again returns the stored record'),
    consentId: text(EVIDENCE_PATTERNS.id, "8–64 characters of A–Z, a–z, 0–9, _ or - — the decision's id in the browser"),
    subjectId: text(EVIDENCE_PATTERNS.subjectId, '1–128 printable characters without quotes or angle brackets — a known person, e.g. an account id'),
    revision: text(EVIDENCE_PATTERNS.revision, '1–64 characters, no control characters — the revision of the consent text shown'),
    categories: {
      ...choices({ enum: categories }, `an object of category id → boolean; ids: ${categories.join(', ')}`),
      properties: { necessary: { type: 'boolean', const: true, description: 'necessary cannot be refused' } },
    },
    services: {
      ...choices(
        ids.services ? { enum: ids.services } : freeId,
        `an object of service id → boolean; ids: ${ids.services ? ids.services.join(', ') : '1–64 characters of A–Z, a–z, 0–9, _ . : -'}`,
      ),
      maxProperties: MAX_SERVICES,
    },
    method: { type: 'string', enum: CONSENT_METHODS, description: 'how the decision was made' },
    locale: text(EVIDENCE_PATTERNS.locale, 'a BCP 47 language tag'),
    region: text(EVIDENCE_PATTERNS.region, "an ISO 3166 code or ''"),
    regime: { type: 'string', enum: ['opt-in', 'opt-out'], description: 'the legal regime the banner applied' },
    gpc: { type: 'boolean', description: 'whether the browser sent Global Privacy Control' },
    textHash: text(EVIDENCE_PATTERNS.token, 'at most 128 hash characters — a hash of the consent text shown'),
    updatedAt: instant('client time of the decision'),
    expiresAt: instant('client expiry; not before updatedAt, only its distance from updatedAt is kept'),
    sdkVersion: text(EVIDENCE_PATTERNS.sdkVersion, 'a version string — the version of the SDK that recorded it'),
  } as const satisfies Record<(typeof DECISION_RECORD_FIELDS)[number], object>;
  const optional: ReadonlySet<string> = new Set(['subjectId', 'services', 'sdkVersion']);
  return {
    title: 'DecisionRecord',
    description:
      'A consent decision as the browser outbox submits it. Besides this schema: expiresAt must not be before updatedAt. Unknown fields are refused.',
    type: 'object',
    additionalProperties: false,
    required: DECISION_RECORD_FIELDS.filter((field) => !optional.has(field)),
    // `notice`, `tcf` and `gpp` are the ledger's own optional fields: @assent/core's DecisionRecord does not carry them.
    properties: { ...properties, notice: noticeSchema, tcf: tcfSchema, gpp: gppSchema },
  } as const;
}

/**
 * The JSON Schema of a privacy-notice reference: which published notice the person was pointed
 * to when deciding. Optional on every record; when present it is covered by the record hash.
 *
 * @example
 * const notice = { url: 'https://shop.example/privacy', version: '2026-11', hash: 'e3b0c442…' };
 */
export const noticeSchema = {
  type: 'object',
  description: 'an object { url, version, hash? } — the privacy notice shown with the banner: its URL, version and optionally the SHA-256 of the document',
  additionalProperties: false,
  required: ['url', 'version'],
  properties: {
    url: { ...text(EVIDENCE_PATTERNS.url, 'an http(s) URL of at most 2048 characters — where the notice is published'), maxLength: 2048 },
    version: text(EVIDENCE_PATTERNS.printable, '1–64 printable ASCII characters — the version of the notice'),
    hash: text(EVIDENCE_PATTERNS.sha256, '64 lowercase hex characters — SHA-256 of the notice document as published'),
  },
} as const;

/**
 * Longest TC string and AC string the ledger stores. A TC string naming every vendor of the
 * Global Vendor List with consent and legitimate interest is well under 4 KB; the request body
 * itself is capped at 16 KB.
 *
 * @example
 * const fits = tcString.length <= TCF_LIMITS.tcString;
 */
export const TCF_LIMITS = { tcString: 8192, addtlConsent: 8192 } as const;

const acIds = String.raw`(?:[1-9][0-9]{0,9}(?:\.[1-9][0-9]{0,9})*)?`;

/**
 * The JSON Schema of a decision's IAB TCF evidence: the TC string (base64url segments joined by
 * dots; the ledger also decodes it with the IAB Tech Lab's library) and optionally Google's
 * Additional Consent string, version 1 (`1~ids`) or 2 (`2~ids~dv.ids`), ids dot-separated.
 *
 * @example
 * const tcf = { tcString: 'CQHd1IAQHd1IAAKA1AENA…', addtlConsent: '2~1.35.41~dv.9.21' };
 */
export const tcfSchema = {
  type: 'object',
  description:
    'an object { tcString, addtlConsent? } — the IAB TCF evidence of the decision: the TC string and optionally Google’s Additional Consent (AC) string',
  additionalProperties: false,
  required: ['tcString'],
  properties: {
    tcString: {
      ...text(
        '^[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*$',
        `a TC string (base64url segments joined by dots, at most ${TCF_LIMITS.tcString} characters) — the euconsent-v2 value`,
      ),
      maxLength: TCF_LIMITS.tcString,
    },
    addtlConsent: {
      ...text(
        `^(?:1~${acIds}|2~${acIds}~dv\\.${acIds})$`,
        `an AC string 1~ids or 2~ids~dv.ids (ids dot-separated integers, at most ${TCF_LIMITS.addtlConsent} characters) — Google's Additional Consent`,
      ),
      maxLength: TCF_LIMITS.addtlConsent,
    },
  },
} as const;

/**
 * Longest GPP string the ledger stores, and most applicable section ids. A GPP string with a US
 * section and a TC string naming hundreds of vendors stays well under 4 KB (a browser cookie's
 * size), and the library knows 24 sections.
 *
 * @example
 * const fits = gppString.length <= GPP_LIMITS.gppString;
 */
export const GPP_LIMITS = { gppString: 4096, applicableSections: 32 } as const;

/**
 * The GPP section ids `@iabgpp/cmpapi` knows (TCF EU v2 = 2, usnat = 7, usca = 8 …), ascending.
 *
 * @example
 * GPP_SECTION_IDS.includes(8); // true
 */
export const GPP_SECTION_IDS: readonly number[] = [...Sections.SECTION_ID_NAME_MAP.keys()].sort((a, b) => a - b);

/**
 * The JSON Schema of a decision's IAB GPP evidence: the GPP string (a header and sections of
 * base64url segments, sections joined by `~`, segments by `.`; the ledger also decodes it with the
 * IAB Tech Lab's library) and the ids of the sections that apply to the visitor (`[-1]`: none).
 *
 * @example
 * const gpp = { gppString: 'DBABBg~BQUAAABA.YA', applicableSections: [8] };
 */
export const gppSchema = {
  type: 'object',
  description:
    'an object { gppString, applicableSections } — the IAB GPP evidence of the decision: the GPP string and the ids of the sections that apply to the visitor',
  additionalProperties: false,
  required: ['gppString', 'applicableSections'],
  properties: {
    gppString: {
      ...text(
        '^[A-Za-z0-9_-]+(?:[.~][A-Za-z0-9_-]+)*$',
        `a GPP string (base64url segments joined by ~ and ., at most ${GPP_LIMITS.gppString} characters) — the GPP string in effect (__gpp's gppString)`,
      ),
      maxLength: GPP_LIMITS.gppString,
    },
    applicableSections: {
      type: 'array',
      description: `a non-empty list of distinct section ids (${GPP_SECTION_IDS.join(', ')}) or [-1] — the sections that apply to the visitor, each present in the GPP string; [-1] when none does`,
      minItems: 1,
      maxItems: GPP_LIMITS.applicableSections,
      uniqueItems: true,
      items: { type: 'integer', enum: [-1, ...GPP_SECTION_IDS] },
    },
  },
} as const;

/**
 * Most texts, characters per text and choices one text snapshot may hold; the body of
 * `POST /v1/texts` is also capped at `TEXTS_BODY_LIMIT` bytes.
 *
 * @example
 * TEXT_SNAPSHOT_LIMITS.texts; // 400
 */
export const TEXT_SNAPSHOT_LIMITS = { texts: 400, textLength: 8000, choices: 400 } as const;

/**
 * The JSON Schema of a text snapshot as the browser uploads it (`POST /v1/texts`): what a banner
 * showed, under the hash the decisions carry. The ledger recomputes the hash from the rest.
 *
 * @example
 * const validate = new Ajv2020().compile(textSnapshotSchema);
 */
export const textSnapshotSchema = {
  title: 'TextSnapshot',
  description:
    'The exact texts and choices a banner showed, under their textHash: SHA-256 (hex) of the JSON array ["assent-shown-v1", locale, texts NFC-normalised, [[id, granted], …] sorted by id]. The ledger recomputes it. Unknown fields are refused.',
  type: 'object',
  additionalProperties: false,
  required: ['textHash', 'locale', 'texts', 'choices'],
  properties: {
    textHash: text(EVIDENCE_PATTERNS.sha256, '64 lowercase hex characters — the hash decisions carry as textHash'),
    locale: text(EVIDENCE_PATTERNS.locale, 'a BCP 47 language tag'),
    texts: {
      type: 'array',
      description: `at most ${TEXT_SNAPSHOT_LIMITS.texts} texts of at most ${TEXT_SNAPSHOT_LIMITS.textLength} characters — every text shown, in display order`,
      maxItems: TEXT_SNAPSHOT_LIMITS.texts,
      items: { type: 'string', maxLength: TEXT_SNAPSHOT_LIMITS.textLength },
    },
    choices: {
      ...choices(freeId, 'an object of category or service id → boolean — the choices offered and their initial state'),
      maxProperties: TEXT_SNAPSHOT_LIMITS.choices,
    },
  },
} as const;
