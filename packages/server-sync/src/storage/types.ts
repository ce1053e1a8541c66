import type { EvidenceContext, EvidenceInput, EvidenceRecord } from '../evidence/types.js';

/**
 * The head of one consent id's hash chain, kept beside the records so that a removed last record
 * is noticed too. `base*` describe the last record purged by retention (0 and `''` if none).
 *
 * @example
 * const head: ChainHead = { consentId: 'c-1234567', headSeq: 2, headHash: 'ab…', headRevision: '3', headExpiresAt: '2027-05-01T00:00:00.000Z', baseSeq: 0, baseHash: '' };
 */
export interface ChainHead {
  consentId: string;
  headSeq: number;
  headHash: string;
  headRevision: string;
  headExpiresAt: string;
  baseSeq: number;
  baseHash: string;
  /**
   * The head record's `categories` and `services`, read with the head when appending (from the
   * record itself, so they are as tamper-evident as it is); what a new decision may withdraw.
   * Absent where heads are read for other purposes, or when retention purged an expired head.
   */
  headChoices?: Pick<EvidenceRecord, 'categories' | 'services'> | undefined;
}

/**
 * A validated submission waiting to be appended.
 *
 * @example
 * const draft: EvidenceDraft = { input, context: { ip: '203.0.113.0', userAgent: '', origin: '' } };
 */
export interface EvidenceDraft {
  input: EvidenceInput;
  context: EvidenceContext;
}

/**
 * The answer for one draft: the stored record and whether this call created it.
 *
 * @example
 * const { record, created } = outcome; // created === false: the record id was already stored
 */
export interface AppendOutcome {
  record: EvidenceRecord;
  created: boolean;
}

/**
 * What sealing a batch produced: per-draft outcomes, the new rows, and the chain heads they moved.
 *
 * @example
 * const sealed: SealedBatch = seal(drafts, heads, existing);
 */
export interface SealedBatch {
  outcomes: AppendOutcome[];
  inserts: EvidenceRecord[];
  heads: ChainHead[];
}

/**
 * Computes records from the chain heads and the already stored record ids. Either runs inside the
 * storage's write transaction (PostgreSQL), or against heads that the commit checks again under
 * the write lock, sealing anew if they moved (SQLite): no other writer can move those heads
 * between sealing and commit unnoticed.
 *
 * @example
 * const seal: SealBatch = (drafts, heads, existing) => sealBatch(drafts, heads, existing, new Date());
 */
export type SealBatch = (drafts: EvidenceDraft[], heads: Map<string, ChainHead>, existing: Map<string, EvidenceRecord>) => SealedBatch;

/**
 * The one interface both stores implement (SQLite and PostgreSQL), with the same schema and behaviour.
 *
 * @example
 * const storage: LedgerStorage = openSqliteStorage('./ledger.sqlite');
 * const ledger = createLedger({ storage });
 */
export interface LedgerStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** Seals the drafts onto their chains and commits them in one transaction; resolves after commit. */
  append(drafts: EvidenceDraft[], seal: SealBatch): Promise<AppendOutcome[]>;
  latest(consentId: string): Promise<EvidenceRecord | undefined>;
  history(consentId: string): Promise<EvidenceRecord[]>;
  bySubject(subjectId: string): Promise<EvidenceRecord[]>;
  /** Clears subject id, IP, user agent and salt of every record of the subject's consent ids. */
  erase(subjectId: string, erasedAt: string): Promise<{ consentIds: string[]; records: number }>;
  /** Deletes records that stopped applying (superseded or expired) before `cutoff`; moves chain bases. */
  purge(cutoff: string): Promise<{ records: number; consents: number }>;
  /** Every chain with its records in order, for `verify`; reads in pages. */
  chains(): AsyncIterable<{ chain: ChainHead; records: EvidenceRecord[] }>;
  /** Records whose consent id has no chain head (inserted behind the ledger's back). */
  orphans(): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
