import type { DecisionRecord } from '@assent/core/cookie';

/** What happened to a consent id: first decision, a change, a withdrawal, or a renewal after expiry or a new revision. */
export type ConsentEvent = 'given' | 'updated' | 'withdrawn' | 'renewed';

/**
 * The category and service ids a record took back: granted by the record before it in the chain
 * (still in effect, same revision) and denied by this one.
 *
 * @example
 * const withdrawn: WithdrawnIds = { categories: ['analytics'], services: ['ga4', 'matomo'] };
 */
export interface WithdrawnIds {
  categories: string[];
  services: string[];
}

/**
 * A decision as a browser (or a backend) submits it to the ledger — `@assent/core`'s
 * `DecisionRecord`, the same type the outbox sends. Validated by `validateEvidenceInput`. The
 * client's `updatedAt` is kept beside the server time, never trusted as evidence time; of its
 * `expiresAt` only the distance from `updatedAt` is used, re-applied to server time.
 *
 * @example
 * const input: EvidenceInput = {
 *   recordId: crypto.randomUUID(), consentId: decision.id, revision: '3',
 *   categories: { necessary: true, analytics: false }, services: {}, method: 'reject-all',
 *   locale: 'en', region: 'DE', regime: 'opt-in', gpc: false, textHash: '',
 *   updatedAt: decision.updatedAt, expiresAt: decision.expiresAt,
 * };
 */
export type EvidenceInput = DecisionRecord & {
  /** The privacy notice the person was pointed to (the ledger's own optional field). */
  notice?: NoticeReference;
  /** The IAB TCF consent the person gave with this decision (the ledger's own optional field). */
  tcf?: TcfEvidence;
  /** The IAB GPP string in effect with this decision (the ledger's own optional field). */
  gpp?: GppEvidence;
};

/**
 * The IAB Transparency & Consent Framework evidence of a decision: the TC string the CMP wrote
 * (`euconsent-v2`) and, when Google's Additional Consent is used, the AC string (`addtlConsent`).
 * A TC string holds no identifier of the person, so erasure keeps it.
 *
 * @example
 * const tcf: TcfEvidence = { tcString: 'CQHd1IAQHd1IAAKA1AENA…', addtlConsent: '2~1.35.41~dv.9.21' };
 */
export interface TcfEvidence {
  tcString: string;
  addtlConsent?: string;
}

/**
 * The IAB Global Privacy Platform evidence of a decision: the GPP string the CMP wrote (US state
 * and national opt-outs, and the TC string as its `tcfeuv2` section where TCF runs beside) and the
 * ids of the sections that apply to the visitor (`[-1]` when none does). A GPP string holds no
 * identifier of the person, so erasure keeps it.
 *
 * @example
 * const gpp: GppEvidence = { gppString: 'DBABBg~BQUAAABA.YA', applicableSections: [8] };
 */
export interface GppEvidence {
  gppString: string;
  applicableSections: number[];
}

/**
 * Which privacy notice was shown with the banner: where it is published, its version, and
 * optionally the SHA-256 (hex) of the document, so the exact notice can be proven later.
 *
 * @example
 * const notice: NoticeReference = { url: 'https://shop.example/privacy', version: '2026-11' };
 */
export interface NoticeReference {
  url: string;
  version: string;
  hash?: string;
}

/**
 * Request facts the server adds to a submitted decision.
 *
 * @example
 * const context: EvidenceContext = { ip: '203.0.113.0', userAgent: 'Mozilla/5.0', origin: 'https://shop.example' };
 */
export interface EvidenceContext {
  /** Already truncated (see `truncateIp`). */
  ip: string;
  userAgent: string;
  origin: string;
}

/**
 * One append-only evidence record as stored. `hash` covers every field but the identifying ones,
 * which enter through `identityDigest` so that erasure keeps the chain verifiable.
 *
 * @example
 * const record: EvidenceRecord = (await ledger.record(input, context)).record;
 * console.log(record.event, record.recordedAt, record.expiresAt, record.hash);
 */
export interface EvidenceRecord
  extends Pick<
    DecisionRecord,
    'recordId' | 'consentId' | 'categories' | 'services' | 'revision' | 'textHash' | 'locale' | 'method' | 'region' | 'regime' | 'gpc'
  > {
  /** Position in the consent id's chain, from 1. */
  seq: number;
  subjectId: string | null;
  event: ConsentEvent;
  /** Client time of the decision as submitted. */
  clientTime: string;
  /** Server time the record was committed: the evidence time. */
  recordedAt: string;
  /** Server time + the validity the visitor was shown (capped at 13 months). */
  expiresAt: string;
  /** Truncated IP (/24, /48), `''` once erased. */
  ip: string;
  /** `''` once erased. */
  userAgent: string;
  origin: string;
  sdkVersion: string;
  /** Random salt of `identityDigest`; `''` once erased, so the digest can no longer be linked to anyone. */
  identitySalt: string;
  /** sha256 over salt, subject id, IP and user agent. */
  identityDigest: string;
  /** `hash` of the previous record of the same consent id, `''` for the first. */
  prevHash: string;
  hash: string;
  /** When the identifying fields were erased, else `null` (not covered by the hash). */
  erasedAt: string | null;
  /**
   * What this record withdrew, derived by the ledger from its own chain (empty lists unless `event`
   * is `withdrawn`); `null` on records sealed before the field existed (hash format v1).
   */
  withdrawn: WithdrawnIds | null;
  /**
   * The record's leaf in the ledger's transparency log (0-based, in commit order), the index its
   * inclusion proof is asked for (`GET /v1/log/inclusion/{recordId}`). Not covered by `hash`.
   */
  leafIndex: number | null;
  /**
   * The privacy notice the person was pointed to, as the browser sent it; `null` when none was
   * configured. Covered by `hash` (format v3) when present.
   */
  notice: NoticeReference | null;
  /**
   * The TCF evidence (TC string, optional AC string) sent with the decision; `null` when the site
   * does not run TCF. Covered by `hash` (format v4) when present; kept on erasure.
   */
  tcf: TcfEvidence | null;
  /**
   * The GPP evidence (GPP string, applicable section ids) sent with the decision; `null` when the
   * site does not run GPP. Covered by `hash` (format v5) when present; kept on erasure.
   */
  gpp: GppEvidence | null;
}

/**
 * The part of a record safe to return to the browser that submitted it (no identifying fields).
 *
 * @example
 * const receipt: EvidenceReceipt = publicReceipt(record);
 */
export type EvidenceReceipt = Omit<EvidenceRecord, 'subjectId' | 'ip' | 'userAgent' | 'identitySalt' | 'erasedAt'>;

/**
 * Strips the identifying fields from a record.
 *
 * @example
 * return Response.json(publicReceipt(record), { status: 201 });
 */
export function publicReceipt(record: EvidenceRecord): EvidenceReceipt {
  // Listed field by field rather than by rest destructuring: one answer per request, and a field
  // added to the record later stays out of the receipt until it is added here.
  return {
    recordId: record.recordId,
    consentId: record.consentId,
    seq: record.seq,
    event: record.event,
    categories: record.categories,
    services: record.services,
    revision: record.revision,
    textHash: record.textHash,
    locale: record.locale,
    method: record.method,
    region: record.region,
    regime: record.regime,
    gpc: record.gpc,
    clientTime: record.clientTime,
    recordedAt: record.recordedAt,
    expiresAt: record.expiresAt,
    origin: record.origin,
    sdkVersion: record.sdkVersion,
    identityDigest: record.identityDigest,
    prevHash: record.prevHash,
    hash: record.hash,
    withdrawn: record.withdrawn,
    leafIndex: record.leafIndex,
    notice: record.notice,
    tcf: record.tcf,
    gpp: record.gpp,
  };
}
