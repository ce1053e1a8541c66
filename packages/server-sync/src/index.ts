// Public API of @assent/server-sync (Node): the evidence ledger, its storage, the HTTP API with a
// node:http adapter, and backend consent checks. The browser outbox is the "./outbox" entry.
export { createLedger, DEFAULT_RETENTION_DAYS, ERASED_FIELDS } from './ledger/create-ledger.js';
export type { Ledger, LedgerOptions, ConsentCheck, ErasureReport, ConsentErasureReport, PurgeReport } from './ledger/create-ledger.js';
export { StatisticsQueryError, MAX_STATISTICS_DAYS } from './ledger/statistics.js';
export type { StatisticsQuery, StatisticsBreakdown, StatisticsTally, LedgerStatistics } from './ledger/statistics.js';
export type { CounterRow, StatisticsDimension } from './statistics/counters.js';
export type { AuditQuery } from './ledger/audit.js';
export type {
  AuditEntry,
  AuditKind,
  AuditDetailsByKind,
  ErasureAuditDetails,
  VerifyAuditDetails,
  PurgeAuditDetails,
  AuditedProblem,
  NewAuditEntry,
  AuditStorage,
  AuditStorageQuery,
  AuditStamp,
} from './storage/audit.js';
export { scheduleRetention } from './ledger/retention-schedule.js';
export type { RetentionSchedule, RetentionScheduleOptions, RetentionTimer } from './ledger/retention-schedule.js';
export type { VerifyReport, VerifyProblem, VerifyOptions } from './ledger/verify.js';
export type { LogProblem, LogReport } from './ledger/verify-log.js';
export type { LedgerLog, LedgerLogOptions, InclusionProof } from './ledger/ledger-log.js';
export { generateLogKey, openCheckpoint, CheckpointError, leafHash, verifyInclusion, verifyConsistency } from './transparency-log/index.js';
export type { OpenedCheckpoint } from './transparency-log/index.js';
export { openSqliteStorage } from './storage/sqlite/sqlite-storage.js';
export type { SqliteStorageOptions } from './storage/sqlite/sqlite-storage.js';
export { openPostgresStorage } from './storage/postgres/postgres-storage.js';
export type { PostgresStorageOptions, PostgresConnectionConfig } from './storage/postgres/postgres-storage.js';
export { MissingDriverError } from './storage/drivers.js';
export type { DriverName } from './storage/drivers.js';
export { openStorage } from './storage/open-storage.js';
export type { OpenStorageOptions } from './storage/open-storage.js';
export { withReadReplica } from './storage/postgres/replica.js';
export type { ReadReplicaOptions } from './storage/postgres/replica.js';
export type { LatestOptions } from './storage/types.js';
export type {
  LedgerStorage,
  ChainHead,
  EvidenceDraft,
  AppendOutcome,
  SealBatch,
  SealedBatch,
  LogStorage,
  LogCheckpointRow,
  LogMismatch,
  StatisticsStorage,
} from './storage/types.js';
export type { LogStateRow, LogLeafRow } from './storage/log-rows.js';
export { createLedgerHandler, DEFAULT_BODY_LIMIT } from './http/handler.js';
export type { LedgerHandler, LedgerHandlerOptions } from './http/handler.js';
export type { ConnectionInfo, LedgerLogEntry } from './http/types.js';
export { toNodeListener } from './http/node-adapter.js';
export type { NodeListenerOptions } from './http/node-adapter.js';
export { createLedgerServer } from './http/node-server.js';
export type { LedgerServerOptions } from './http/node-server.js';
export { HttpError } from './http/errors.js';
export { apiKeysFromEnv, API_KEY_SCOPES } from './http/api-key.js';
export type { ApiKey, ApiKeyScope } from './http/api-key.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export { readConsent, consentMiddleware, honoConsent, remoteLedgerCheck } from './middleware/read-consent.js';
export type { RequestConsent, RequestConsentOptions, ConsentChecker } from './middleware/read-consent.js';
export { parseGppOptOuts } from './middleware/gpp-opt-outs.js';
export type { GppOptOuts } from './middleware/gpp-opt-outs.js';
export { validateEvidenceInput, EvidenceInputError, DEFAULT_LEDGER_CATEGORIES, MAX_VALIDITY_DAYS } from './evidence/validate.js';
export type { EvidenceSchema, EvidenceIssue } from './evidence/validate.js';
export { decisionRecordSchema } from './evidence/schema.js';
export { publicReceipt } from './evidence/types.js';
export type { EvidenceInput, EvidenceContext, EvidenceRecord, EvidenceReceipt, ConsentEvent } from './evidence/types.js';
export { truncateIp } from './evidence/truncate-ip.js';
export { hashShownContent, canonicalShownContent } from './texts/shown-content.js';
export type { ShownContent } from './texts/shown-content.js';
export { validateTextSnapshot, TextSnapshotError, TEXTS_BODY_LIMIT } from './texts/snapshot.js';
export type { TextSnapshot } from './texts/snapshot.js';
export type { LedgerTexts } from './texts/ledger-texts.js';
export { textSnapshotSchema, noticeSchema } from './evidence/schema.js';
export type { NoticeReference, TcfEvidence, GppEvidence } from './evidence/types.js';
export { tcfSchema, TCF_LIMITS, gppSchema, GPP_LIMITS, GPP_SECTION_IDS } from './evidence/schema.js';
export { createVendorListCache } from './tcf/vendor-list-cache.js';
export type { VendorListCache, VendorListCacheOptions, ServedVendorList } from './tcf/vendor-list-cache.js';
export { DEFAULT_VENDOR_LIST_URL, parseVendorList, narrowVendorList } from './tcf/vendor-list.js';
export type { GlobalVendorList } from './tcf/vendor-list.js';
export { VENDOR_LIST_CACHE_CONTROL } from './tcf/routes.js';
export type { TextStorage } from './storage/types.js';
export { runCli } from './cli/main.js';
