import type { EvidenceContext, EvidenceRecord, WithdrawnIds } from '../evidence/types.js';
import { evidenceValidator, type EvidenceSchema } from '../evidence/validate.js';
import { ERASED_FIELDS, type AuditEntry } from '../storage/audit.js';
import type { AppendOutcome, EvidenceDraft, LedgerStorage } from '../storage/types.js';
import { ledgerTexts, type LedgerTexts } from '../texts/ledger-texts.js';
import type { TextSnapshot } from '../texts/snapshot.js';
import { sealBatch } from './chain.js';
import { groupCommit } from './group-commit.js';
import { DEFAULT_ACTOR, ledgerAudit, verifyAuditDetails, type AuditQuery } from './audit.js';
import { createLedgerLog, type LedgerLog, type LedgerLogOptions } from './ledger-log.js';
import { ledgerStatistics, type LedgerStatistics, type StatisticsQuery } from './statistics.js';
import { verifyStorage, type VerifyOptions, type VerifyReport } from './verify.js';

/**
 * How long evidence is kept after it stopped applying (was superseded or expired): 5 years, the
 * general limitation period for civil claims in several EU member states (e.g. France), during
 * which a controller may still have to demonstrate consent (GDPR Art. 7(1)).
 *
 * @example
 * await ledger.purge({ retentionDays: DEFAULT_RETENTION_DAYS });
 */
export const DEFAULT_RETENTION_DAYS = 1826;

const DAY_MS = 86_400_000;

/**
 * Options of `createLedger`.
 *
 * @example
 * createLedger({ storage, categories: ['necessary', 'analytics'], retentionDays: 3 * 365 });
 */
export interface LedgerOptions extends EvidenceSchema {
  storage: LedgerStorage;
  /** Days evidence outlives the moment it stopped applying; see `DEFAULT_RETENTION_DAYS`. */
  retentionDays?: number;
  /** Most records per transaction. Default 256. */
  maxBatch?: number;
  /**
   * Batches handed to storage at once. Default 2: the next batch is sealed and queued while the
   * previous one's commit (and fsync) runs. Both stores take concurrent appends safely — they
   * must anyway, since several ledger processes may share one database.
   */
  maxBatchesInFlight?: number;
  /** Current time in ms (for tests). Default `Date.now`. */
  now?: () => number;
  /** Signing and checkpoint schedule of the transparency log; see `LedgerLogOptions`. */
  log?: LedgerLogOptions;
  /** Receives failures of background work (a checkpoint that could not be made). Default: none. */
  onError?: (error: unknown) => void;
}

/**
 * The ledger's answer to "may I?" for one consent id and category (or service) id.
 *
 * @example
 * const answer: ConsentCheck = await ledger.check(consentId, 'advertising');
 * if (answer.granted) showAds();
 */
export interface ConsentCheck {
  granted: boolean;
  /** `none`: no record; `expired`: past `expiresAt`; `revision-changed`: other revision than asked for. */
  status: 'valid' | 'none' | 'expired' | 'revision-changed';
  revision: string | undefined;
  expiresAt: string | undefined;
  recordId: string | undefined;
  /**
   * Whether the latest record withdrew this id (its `event` is `withdrawn`): the person took
   * consent back rather than never giving it, so data collected under it may have to go.
   */
  withdrawn: boolean;
}

/**
 * What `eraseSubject` removed.
 *
 * @example
 * const report: ErasureReport = await ledger.eraseSubject('user-42');
 */
export interface ErasureReport {
  subjectId: string;
  consentIds: string[];
  records: number;
  fields: string[];
}

/**
 * What `eraseConsent` cleared for one consent id (the id in a visitor's `assent` cookie).
 * `records` is 0 on a repeat; `erasedAt` stays the first erasure's time then, and is `null` only
 * when nothing at all is held under the consent id.
 *
 * @example
 * const report: ConsentErasureReport = await ledger.eraseConsent('c-1234567');
 * if (report.erasedAt === null) console.log('nothing held');
 */
export interface ConsentErasureReport {
  consentId: string;
  records: number;
  fields: string[];
  erasedAt: string | null;
}

/**
 * What `purge` deleted, or with `dryRun` would delete: records, chains (consent ids) they came
 * from, and the cutoff (evidence that stopped applying before it goes).
 *
 * @example
 * const { records, consents, cutoff } = await ledger.purge({ dryRun: true });
 */
export interface PurgeReport {
  records: number;
  consents: number;
  cutoff: string;
  dryRun: boolean;
}

/**
 * The evidence ledger over one storage (SQLite or PostgreSQL).
 *
 * @example
 * const ledger: Ledger = createLedger({ storage: openSqliteStorage('ledger.sqlite') });
 */
export interface Ledger extends LedgerTexts {
  readonly storage: LedgerStorage;
  /** The category and service ids `record` accepts (the OpenAPI document prints them). */
  readonly evidenceSchema: EvidenceSchema;
  /** Validates and appends one decision; resolves after commit. A repeated record id returns the stored record. */
  record(input: unknown, context?: Partial<EvidenceContext>): Promise<AppendOutcome>;
  /**
   * Whether the consent id's latest record grants a category or service. `revision`: the revision
   * the caller expects. `updatedAt`: the client time of the decision the caller knows of (the
   * visitor's cookie); with a read replica, the replica answers only when its latest record is that
   * decision (the same second), the primary otherwise.
   */
  check(consentId: string, categoryOrServiceId: string, options?: { revision?: string | undefined; updatedAt?: string | undefined }): Promise<ConsentCheck>;
  /** The consent id's latest record; `updatedAt` as for `check`. */
  current(consentId: string, options?: { updatedAt?: string | undefined }): Promise<EvidenceRecord | undefined>;
  history(consentId: string): Promise<EvidenceRecord[]>;
  /** Every record of every consent id linked to the subject (access / portability request). */
  exportSubject(subjectId: string): Promise<{ subjectId: string; records: EvidenceRecord[]; texts: Record<string, TextSnapshot> }>;
  /**
   * Removes the subject link and every identifying field from the subject's consent ids. If it
   * cleared any record, the same transaction appends an audit entry by `actor` (default `api`)
   * naming the consent ids, never the subject id.
   */
  eraseSubject(subjectId: string, options?: { actor?: string | undefined }): Promise<ErasureReport>;
  /**
   * Clears every identifying field of one consent id's records (a visitor without an account);
   * the decisions and their hashes stay, so the chains still verify. Idempotent. Audited as
   * `eraseSubject` is (a repeat that clears nothing writes no entry).
   */
  eraseConsent(consentId: string, options?: { actor?: string | undefined }): Promise<ConsentErasureReport>;
  /**
   * Deletes evidence that stopped applying more than `retentionDays` ago; `dryRun` only counts it.
   * A real purge, even of nothing, appends an audit entry by `actor` (default `api`) in its transaction.
   */
  purge(options?: { retentionDays?: number | undefined; dryRun?: boolean | undefined; actor?: string | undefined }): Promise<PurgeReport>;
  /** The transparency log over every record: signed checkpoints and proofs. */
  readonly log: LedgerLog;
  /**
   * Checks every hash chain, the transparency log and its checkpoints; see `VerifyReport` for what
   * it detects. Every run that completes appends an audit entry by `options.actor` (default `api`).
   */
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  /** The ledger's log of its own operations (erasures, verify runs, purges), newest first; see `AuditQuery`. */
  audit(query?: AuditQuery): Promise<AuditEntry[]>;
  /** When the oldest record still held was recorded (ISO), or `null` when the ledger holds none. */
  oldestRecordAt(): Promise<string | null>;
  /**
   * Decisions per UTC day, by how they were made, per category and optionally by one dimension,
   * from counters kept at write time (aggregate counts, not evidence: erasure and retention do
   * not lower them). See `LedgerStatistics`; a bad query throws `StatisticsQueryError`.
   */
  statistics(query: StatisticsQuery): Promise<LedgerStatistics>;
  /** Waits for pending writes, then closes the storage. */
  close(): Promise<void>;
}

const withdrew = (withdrawn: WithdrawnIds | null | undefined, id: string) =>
  !!withdrawn && (withdrawn.categories.includes(id) || withdrawn.services.includes(id));

export { ERASED_FIELDS };

/**
 * Creates the ledger: validation, group commit, hash chains and the questions a backend asks.
 *
 * @example
 * const ledger = createLedger({ storage: openSqliteStorage('./assent-ledger.sqlite') });
 * await ledger.record(decisionPayload, { ip: '203.0.113.0', userAgent, origin });
 * (await ledger.check(consentId, 'analytics')).granted;
 */
export function createLedger(options: LedgerOptions): Ledger {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const schema: EvidenceSchema = { categories: options.categories, services: options.services };
  const validate = evidenceValidator(schema);
  const texts = ledgerTexts(storage, now);
  const log = createLedgerLog(storage, options.log ?? {}, now, (error) => options.onError?.(error));
  // The server clock is read when sealing, after the chain heads it extends were read.
  const writer = groupCommit(
    (drafts: EvidenceDraft[]) => storage.append(drafts, (batch, heads, existing) => sealBatch(batch, heads, existing, new Date(now()))),
    {
      maxBatch: options.maxBatch,
      maxInFlight: options.maxBatchesInFlight ?? 2,
    },
  );

  return {
    storage,
    evidenceSchema: schema,
    record(input, context = {}) {
      try {
        const draft = {
          input: validate(input),
          context: { ip: context.ip ?? '', userAgent: context.userAgent ?? '', origin: context.origin ?? '' },
        };
        return writer.submit(draft).then((outcome) => {
          if (outcome.created) log.noteAppended(1);
          return outcome;
        });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    async check(consentId, id, checkOptions = {}) {
      const record = await storage.latest(consentId, { notBefore: checkOptions.updatedAt });
      if (!record) return { granted: false, status: 'none', revision: undefined, expiresAt: undefined, recordId: undefined, withdrawn: false };
      const facts = { revision: record.revision, expiresAt: record.expiresAt, recordId: record.recordId, withdrawn: withdrew(record.withdrawn, id) };
      if (now() >= Date.parse(record.expiresAt)) return { granted: false, status: 'expired', ...facts };
      if (checkOptions.revision !== undefined && checkOptions.revision !== record.revision) return { granted: false, status: 'revision-changed', ...facts };
      const granted = id === 'necessary' || record.categories[id] === true || record.services[id] === true;
      return { granted, status: 'valid', ...facts };
    },
    current: (consentId, currentOptions = {}) => storage.latest(consentId, { notBefore: currentOptions.updatedAt }),
    history: (consentId) => storage.history(consentId),
    ...texts,
    async exportSubject(subjectId) {
      const records = await storage.bySubject(subjectId);
      return { subjectId, records, texts: await texts.textsOf(records) };
    },
    async eraseSubject(subjectId, eraseOptions = {}) {
      await writer.settled();
      const { consentIds, records } = await storage.erase(subjectId, new Date(now()).toISOString(), eraseOptions.actor ?? DEFAULT_ACTOR);
      return { subjectId, consentIds, records, fields: [...ERASED_FIELDS] };
    },
    async eraseConsent(consentId, eraseOptions = {}) {
      await writer.settled();
      const { records, erasedAt } = await storage.eraseConsent(consentId, new Date(now()).toISOString(), eraseOptions.actor ?? DEFAULT_ACTOR);
      return { consentId, records, fields: [...ERASED_FIELDS], erasedAt };
    },
    async purge(purgeOptions = {}) {
      const days = purgeOptions.retentionDays ?? options.retentionDays ?? DEFAULT_RETENTION_DAYS;
      const at = now();
      const cutoff = new Date(at - days * DAY_MS).toISOString();
      const dryRun = purgeOptions.dryRun === true;
      const audit = { actor: purgeOptions.actor ?? DEFAULT_ACTOR, at: new Date(at).toISOString() };
      return { ...(await storage.purge(cutoff, dryRun ? { dryRun } : { audit })), cutoff, dryRun };
    },
    log,
    statistics: ledgerStatistics(storage),
    async verify(verifyOptions = {}) {
      const { actor = DEFAULT_ACTOR, ...checks } = verifyOptions;
      const startedAt = new Date(now()).toISOString();
      const report = await verifyStorage(storage, { verifierKey: log.verifierKey, ...checks });
      // A run that throws (the storage went away) is not logged: it found out nothing.
      await storage.audit.append({ kind: 'verify', at: new Date(now()).toISOString(), actor, details: verifyAuditDetails(report, startedAt) });
      return report;
    },
    audit: ledgerAudit(storage),
    oldestRecordAt: () => storage.oldestRecordAt(),
    async close() {
      log.stop();
      await writer.settled();
      await storage.close();
    },
  };
}
