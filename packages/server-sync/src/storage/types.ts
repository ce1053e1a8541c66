import type { EvidenceContext, EvidenceInput, EvidenceRecord } from '../evidence/types.js';
import type { CounterRow, StatisticsDimension } from '../statistics/counters.js';
import type { TextSnapshot } from '../texts/snapshot.js';
import type { AuditStamp, AuditStorage } from './audit.js';
import type { LogLeafRow, LogStateRow } from './log-rows.js';

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
  /**
   * The copy of the head record that checks answer from, where the store keeps one (PostgreSQL's
   * `head_record`; `null` when it holds none), as `chains()` reads it for `verify`. Absent on
   * stores whose checks read the records themselves (SQLite).
   */
  headRecord?: EvidenceRecord | null | undefined;
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
 * A signed checkpoint as stored: the tree size it covers, its root (hex), when it was made, and
 * the complete signed note.
 *
 * @example
 * const row: LogCheckpointRow = { treeSize: 1000, rootHash: 'ab…', createdAt: '2026-11-30T12:00:00.000Z', note: 'consent.example/log\n1000\n…' };
 */
export interface LogCheckpointRow {
  treeSize: number;
  rootHash: string;
  createdAt: string;
  note: string;
}

/**
 * Something `verify` found wrong between the records and the log's leaves: a record without its
 * leaf (or with another hash than its leaf), or a leaf whose record is gone although retention
 * did not purge it.
 *
 * @example
 * const mismatch: LogMismatch = { consentId: 'c-1234567', seq: 3, leafIndex: 41, problem: 'record-deleted' };
 */
export interface LogMismatch {
  consentId: string;
  seq: number;
  leafIndex: number | null;
  problem: 'record-not-in-log' | 'record-deleted';
}

/**
 * The transparency log's tables, as both stores keep them. The leaves, the stored subtree hashes
 * and the frontier are written by `append` in the same transaction as the records.
 *
 * @example
 * const { treeSize } = await storage.log.state();
 */
export interface LogStorage {
  /** The tree size and frontier as last committed. */
  state(): Promise<LogStateRow>;
  /** Hashes at a stored level for indexes [start, end): leaf hashes at level 0, else stored subtree hashes. */
  hashes(level: number, start: number, end: number): Promise<Buffer[]>;
  /** Up to `limit` leaves from index `start`, in order. */
  leaves(start: number, limit: number): Promise<LogLeafRow[]>;
  /** Stores a checkpoint; a second one of the same tree size is ignored. */
  saveCheckpoint(row: LogCheckpointRow): Promise<void>;
  /** The checkpoint of that tree size, or the latest one without a size. */
  checkpoint(treeSize?: number): Promise<LogCheckpointRow | undefined>;
  /** Every stored checkpoint, smallest tree first. */
  checkpoints(): Promise<LogCheckpointRow[]>;
  /** A record's leaf, by record id. */
  leafOf(recordId: string): Promise<{ leafIndex: number | null; recordHash: string } | undefined>;
  /** Up to `limit` disagreements between records and leaves (see `LogMismatch`). */
  mismatches(limit: number): Promise<LogMismatch[]>;
}

/**
 * The `text_snapshots` table: the exact texts behind each `textHash`, stored once, content-addressed.
 *
 * @example
 * const created = await storage.texts.save({ textHash, locale: 'en', texts, choices, createdAt: new Date().toISOString() });
 */
export interface TextStorage {
  /** Stores a snapshot unless its hash is stored already; resolves with whether this call stored it. */
  save(snapshot: TextSnapshot): Promise<boolean>;
  /** The snapshot stored under a hash. */
  get(textHash: string): Promise<TextSnapshot | undefined>;
  /** The snapshots stored under any of these hashes (hashes without one are left out), in no order. */
  many(textHashes: readonly string[]): Promise<TextSnapshot[]>;
  /** Up to `limit` snapshots whose hash sorts after `textHash` (`''`: from the first), in hash order; for `verify`. */
  after(textHash: string, limit: number): Promise<TextSnapshot[]>;
}

/**
 * The `stat_counters` table (migration 5): aggregate counts per (UTC day, dimension, value,
 * measure), incremented in the same transaction as the records they count and never decremented
 * (erasure and retention leave them as they are). Days are `YYYY-MM-DD`, both bounds inclusive.
 *
 * @example
 * const rows = await storage.statistics.daily('2026-12-01', '2026-12-31', 'all');
 */
export interface StatisticsStorage {
  /** The counter rows of one dimension, per day, for the days in [from, to]. */
  daily(from: string, to: string, dimension: StatisticsDimension): Promise<CounterRow[]>;
  /** The counter rows of one dimension summed over the days in [from, to] (no `day`). */
  totals(from: string, to: string, dimension: StatisticsDimension): Promise<Array<Omit<CounterRow, 'day'>>>;
}

/**
 * What a caller of `latest` already knows. A store with a read replica (`withReadReplica`) answers
 * from the replica only when its record is the decision `notBefore` names (the same second), and
 * from the primary otherwise; a single database ignores it.
 *
 * @example
 * await storage.latest(consentId, { notBefore: decision.updatedAt }); // the cookie's decision, never a stale one
 */
export interface LatestOptions {
  /**
   * The client time (`updatedAt`, ISO 8601) of a decision the caller knows was recorded, e.g. the
   * one the visitor's consent cookie holds. Visitors' clocks can go back between decisions, so only
   * a replica record with this very `clientTime` (to the second) counts as current.
   */
  notBefore?: string | undefined;
}

/**
 * The one interface both stores implement (SQLite and PostgreSQL), with the same schema and behaviour.
 *
 * @example
 * const storage: LedgerStorage = openSqliteStorage('./ledger.sqlite');
 * const ledger = createLedger({ storage });
 */
export interface LedgerStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** The ledger-wide transparency log every append extends. */
  readonly log: LogStorage;
  /** The text snapshots, one per distinct text hash (migration 4). */
  readonly texts: TextStorage;
  /** The statistics counters, maintained by `append` (migration 5). */
  readonly statistics: StatisticsStorage;
  /** The ledger's log of its own operations (migration 6); erasures and purges write theirs themselves. */
  readonly audit: AuditStorage;
  /** Seals the drafts onto their chains and commits them in one transaction; resolves after commit. */
  append(drafts: EvidenceDraft[], seal: SealBatch): Promise<AppendOutcome[]>;
  /** The consent id's latest record. With a read replica, `options.notBefore` says what the caller knows exists; see `LatestOptions`. */
  latest(consentId: string, options?: LatestOptions): Promise<EvidenceRecord | undefined>;
  history(consentId: string): Promise<EvidenceRecord[]>;
  bySubject(subjectId: string): Promise<EvidenceRecord[]>;
  /**
   * Clears subject id, IP, user agent and salt of every record of the subject's consent ids. When
   * it cleared any, the same transaction appends the erasure's audit entry (target `subject`, no
   * subject id) by `actor`, at `erasedAt`.
   */
  erase(subjectId: string, erasedAt: string, actor: string): Promise<{ consentIds: string[]; records: number }>;
  /**
   * Clears subject id, IP, user agent and salt of every not yet erased record of one consent id,
   * in one transaction. Answers how many records it cleared and when the consent id's records were
   * erased (the latest `erasedAt`; an earlier call's time on a repeat; `null` if none are held).
   * When it cleared any, the same transaction appends the erasure's audit entry by `actor`.
   */
  eraseConsent(consentId: string, erasedAt: string, actor: string): Promise<{ records: number; erasedAt: string | null }>;
  /**
   * Deletes records that stopped applying (superseded or expired) before `cutoff`; moves chain
   * bases. With `dryRun`, counts what the same conditions would delete and changes nothing.
   * Never touches the transparency log's tables (`log_*`): the log is append-only. With `audit`
   * (the ledger always passes it), a real purge appends its audit entry in the same transaction.
   */
  purge(cutoff: string, options?: { dryRun?: boolean; audit?: AuditStamp }): Promise<{ records: number; consents: number }>;
  /** The earliest `recordedAt` of any record held (ISO), or `null` when none is. */
  oldestRecordAt(): Promise<string | null>;
  /** Where each consent id's chain starts after retention (`baseSeq` 0 and `baseHash` '' when nothing was purged); unknown ids are left out. */
  chainBases(consentIds: readonly string[]): Promise<Record<string, { baseSeq: number; baseHash: string }>>;
  /** Every chain with its records in order, for `verify`; reads in pages. */
  chains(): AsyncIterable<{ chain: ChainHead; records: EvidenceRecord[] }>;
  /** Records whose consent id has no chain head (inserted behind the ledger's back). */
  orphans(): Promise<number>;
  /**
   * Where the store keeps a record-id index beside the records (PostgreSQL's `evidence_keys`): how
   * many records lack their row there, and how many rows name no record held. Absent elsewhere.
   */
  keyMismatches?(): Promise<{ recordsWithoutKeys: number; keysWithoutRecords: number }>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
