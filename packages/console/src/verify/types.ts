// The JSON shapes the verifier reads, written down structurally: the console's browser code never
// imports @assent/server-sync (it would pull Node in). They follow server-sync's
// src/evidence/types.ts and src/texts/snapshot.ts; the agreement test there holds them to it.

/**
 * One evidence record as the ledger's API returns it (`GET /v1/consents/{id}/records`,
 * `POST /v1/lookup/consent`, a receipt). The identifying fields are optional: receipts leave them
 * out, and the hash covers only their digest.
 *
 * @example
 * const { records } = (await (await fetch('/v1/consents/c-1234567/records')).json()) as { records: EvidenceRecordView[] };
 */
export interface EvidenceRecordView {
  recordId: string;
  consentId: string;
  /** Position in the consent id's chain, from 1. */
  seq: number;
  event: 'given' | 'updated' | 'withdrawn' | 'renewed';
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  revision: string;
  textHash: string;
  locale: string;
  method: string;
  region: string;
  regime: string;
  gpc: boolean;
  clientTime: string;
  recordedAt: string;
  expiresAt: string;
  origin: string;
  sdkVersion: string;
  identityDigest: string;
  /** `hash` of the previous record of the same consent id, `''` for the first. */
  prevHash: string;
  /** Hex SHA-256 the ledger sealed the record with. */
  hash: string;
  /** What the record withdrew; `null` on records sealed before the field existed (hash format v1). */
  withdrawn: { categories: string[]; services: string[] } | null;
  /** The record's leaf in the transparency log; not covered by `hash`. */
  leafIndex?: number | null;
  /** The privacy notice shown; covered by `hash` (format v3) when present. */
  notice?: { url: string; version: string; hash?: string } | null;
  /** The IAB TCF evidence (TC string, Google's AC string); covered by `hash` (format v4) when present. */
  tcf?: { tcString: string; addtlConsent?: string } | null;
  /** The IAB GPP evidence (GPP string, applicable section ids); covered by `hash` (format v5) when present. */
  gpp?: { gppString: string; applicableSections: number[] } | null;
  subjectId?: string | null;
  ip?: string;
  userAgent?: string;
  identitySalt?: string;
  erasedAt?: string | null;
}

/**
 * One stored text snapshot as the API returns it under `texts`: what a banner showed, keyed by
 * the `textHash` the decisions made on it carry.
 *
 * @example
 * const snapshot: TextSnapshotView = { textHash: '9f2c…', locale: 'en', texts: ['We use cookies…'], choices: { analytics: false }, createdAt: '2026-11-30T10:00:00.000Z' };
 */
export interface TextSnapshotView {
  textHash: string;
  locale: string;
  texts: string[];
  choices: Record<string, boolean>;
  createdAt?: string;
}

/**
 * The body of `GET /v1/log/inclusion/{recordId}`: the RFC 9162 audit path of the record's leaf
 * (hex, leaf side first) and the signed checkpoint whose root it leads to.
 *
 * @example
 * const proof = (await (await fetch(`/v1/log/inclusion/${record.recordId}`)).json()) as InclusionAnswer;
 */
export interface InclusionAnswer {
  recordId: string;
  recordHash: string;
  leafIndex: number;
  treeSize: number;
  proof: string[];
  checkpoint: string;
}

/**
 * What the verifier found for one record. `problems` are sentences for people, empty when all is well.
 *
 * @example
 * const check: RecordCheck = { recordId: 'r-1', consentId: 'c-1', seq: 1, hash: 'ok', chain: 'ok', inclusion: 'verified', problems: [] };
 */
export interface RecordCheck {
  recordId: string;
  consentId: string;
  seq: number;
  /** The record's contents, hashed again here, equal its `hash`. */
  hash: 'ok' | 'mismatch';
  /** `prevHash` is the `hash` of the record before it (`''` for seq 1), with no seq missing. */
  chain: 'ok' | 'broken';
  /**
   * `verified`: the proof leads from this record's recomputed hash to the root of a checkpoint
   * signed by the verifier key. `missing`: no proof was given. `failed`: anything else.
   */
  inclusion: 'verified' | 'failed' | 'missing';
  /** The checkpoint the proof leads to, once its signature verified; `time` is ISO. */
  checkpoint?: { origin: string; size: number; time?: string };
  problems: string[];
}

/**
 * The verdict on one look-up answer. `ok` only when every record's hash, chain link and inclusion
 * hold and no text snapshot mismatches; `problems` lists every problem found, records' included.
 *
 * @example
 * const check: EvidenceCheck = await verifyEvidence({ records, texts, proofs, verifierKey });
 * if (!check.ok) console.log(check.problems.join('\n'));
 */
export interface EvidenceCheck {
  ok: boolean;
  records: RecordCheck[];
  /** Per text hash referenced by a record or given in `texts`: `unchecked` when no snapshot is held for it. */
  texts: Record<string, 'ok' | 'mismatch' | 'unchecked'>;
  problems: string[];
}

/**
 * Where a consent id's chain starts once retention purged its oldest records: the last purged
 * record's seq and hash (`0` and `''` while nothing was purged). The ledger's look-up gives it per
 * consent id under `chains`.
 *
 * @example
 * const base: ChainBase = { baseSeq: 3, baseHash: '9f2c…' };
 */
export interface ChainBase {
  baseSeq: number;
  baseHash: string;
}
