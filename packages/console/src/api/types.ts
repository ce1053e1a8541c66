// The shapes of the ledger's answers the console reads. The console never imports
// @assent/server-sync (that package depends on this one), so they are written out here, field by
// field as the design record (docs/decisions/2026-11-30-privacy-officer-console.md) and the
// OpenAPI document give them.
import type { ChainBase, EvidenceRecordView, InclusionAnswer, TextSnapshotView } from '../verify/index.js';

/** An API key scope; a console session carries its key's scopes. */
export type Scope = 'read' | 'export' | 'erase' | 'console';

/** Every scope, in the order the ledger's docs list them. */
export const SCOPES: readonly Scope[] = ['read', 'export', 'erase', 'console'];

/**
 * A console session as `POST|GET /console/session` answer it.
 *
 * @example
 * const session: ConsoleSession = { scopes: ['read', 'console'], expiresAt: '2026-11-30T18:00:00.000Z', csrfToken: 'c1f…' };
 */
export interface ConsoleSession {
  scopes: Scope[];
  expiresAt: string;
  csrfToken: string;
}

/** Decisions counted by method (see the ledger's `StatisticsTally`). */
export interface StatisticsTally {
  decisions: number;
  acceptAll: number;
  rejectAll: number;
  custom: number;
  withdraw: number;
  /** Decisions made by the GPC signal itself (method `gpc`). */
  gpc: number;
  api: number;
  /** Records sent with the GPC signal on, whatever the method. */
  gpcSignal: number;
}

/** What `GET /v1/statistics?by=` breaks the range down by. */
export type StatisticsBreakdown = 'method' | 'region' | 'locale' | 'regime' | 'revision' | 'text';

/** The answer of `GET /v1/statistics`. */
export interface LedgerStatistics {
  from: string;
  to: string;
  total: StatisticsTally;
  days: Array<{ day: string } & StatisticsTally>;
  byValue?: Array<{ value: string } & StatisticsTally>;
  categories: Array<{ category: string; granted: number; denied: number }>;
}

/** How a decision was made. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'withdraw' | 'gpc' | 'api';

/** One evidence record as a look-up returns it: the verifier's view, with every field present. */
export interface EvidenceRecord extends Required<EvidenceRecordView> {
  method: ConsentMethod;
}

/** The exact texts and choices a banner showed, stored once under their hash. */
export type TextSnapshot = Required<TextSnapshotView>;

/**
 * The answer of `POST /v1/lookup/consent` and `POST /v1/lookup/subject`. The ledger adds each
 * record's inclusion proof and its verifier key (one request rather than one per record, which
 * the per-IP rate limit would cut short); they prove nothing until checked in the page.
 */
export interface LookupAnswer {
  consentIds: string[];
  records: EvidenceRecord[];
  texts: Record<string, TextSnapshot>;
  /** Per record id, its proof, or `null` when it has none; absent from ledgers before the field. */
  proofs?: Record<string, InclusionAnswer | null>;
  /** `null` when the ledger signs no checkpoints; absent from ledgers before the field. */
  verifierKey?: string | null;
  /** Per consent id, where its chain starts once retention purged its oldest records; absent from ledgers before the field. */
  chains?: Record<string, ChainBase>;
}

/** The body of `GET /v1/log/inclusion/{recordId}`, also sent with each look-up. */
export type { InclusionAnswer } from '../verify/index.js';

/** A verify problem as the audit log keeps it (at most 20 per run). */
export interface VerifyProblem {
  kind: string;
  consentId?: string;
  message: string;
}

/** The ledger's log of its own operations, never the data they removed. */
export type AuditEntry =
  | AuditEntryOf<'erasure', { target: 'subject' | 'consent'; consentIds: string[]; records: number; fields: string[] }>
  | AuditEntryOf<'verify', { ok: boolean; startedAt: string; records: number; consents: number; problems: number; firstProblems: VerifyProblem[] }>
  | AuditEntryOf<'purge', { records: number; consents: number; cutoff: string }>;

interface AuditEntryOf<Kind extends string, Details> {
  id: number;
  kind: Kind;
  at: string;
  actor: string;
  details: Details;
}

/** An audit entry of one kind. */
export type AuditEntryKind<Kind extends AuditEntry['kind']> = Extract<AuditEntry, { kind: Kind }>;

/** The answer of `GET /v1/integrity` (and of `POST /v1/integrity/verify`, 202). */
export interface IntegrityStatus {
  log: { treeSize: number; checkpoint: string | null; verifierKey: string | null };
  verify: {
    running: { startedAt: string; records: number; consents: number } | null;
    last: AuditEntryKind<'verify'> | null;
  };
  retention: {
    days: number | null;
    oldestRecordAt: string | null;
    lastPurge: AuditEntryKind<'purge'> | null;
    nextPurgeAt: string | null;
  };
}

/** What erasing a subject cleared (`POST /v1/erasures {subjectId}`). */
export interface SubjectErasureReport {
  subjectId: string;
  consentIds: string[];
  records: number;
  fields: string[];
}

/** What erasing a consent id cleared (`POST /v1/erasures {consentId}`); `records` is 0 on a repeat. */
export interface ConsentErasureReport {
  consentId: string;
  records: number;
  fields: string[];
  erasedAt: string | null;
}

/** Either erasure report. */
export type ErasureReport = SubjectErasureReport | ConsentErasureReport;

/** Which id a look-up or an erasure is by. */
export type TargetKind = 'subject' | 'consent';
