// Public API of @assent/server-sync (Node): the evidence ledger, its storage, the HTTP API with a
// node:http adapter, and backend consent checks. The browser outbox is the "./outbox" entry.
export { createLedger, DEFAULT_RETENTION_DAYS, ERASED_FIELDS } from './ledger/create-ledger.js';
export type { Ledger, LedgerOptions, ConsentCheck, ErasureReport } from './ledger/create-ledger.js';
export type { VerifyReport, VerifyProblem } from './ledger/verify.js';
export { openSqliteStorage } from './storage/sqlite/sqlite-storage.js';
export type { SqliteStorageOptions } from './storage/sqlite/sqlite-storage.js';
export { openPostgresStorage } from './storage/postgres/postgres-storage.js';
export type { PostgresStorageOptions } from './storage/postgres/postgres-storage.js';
export { openStorage } from './storage/open-storage.js';
export type { LedgerStorage, ChainHead, EvidenceDraft, AppendOutcome, SealBatch, SealedBatch } from './storage/types.js';
export { createLedgerHandler, DEFAULT_BODY_LIMIT } from './http/handler.js';
export type { LedgerHandler, LedgerHandlerOptions, ConnectionInfo } from './http/handler.js';
export { toNodeListener } from './http/node-adapter.js';
export type { NodeListenerOptions } from './http/node-adapter.js';
export { HttpError } from './http/errors.js';
export { apiKeysFromEnv } from './http/api-key.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export { readConsent, consentMiddleware, honoConsent, remoteLedgerCheck } from './middleware/read-consent.js';
export type { RequestConsent, RequestConsentOptions, ConsentChecker } from './middleware/read-consent.js';
export { validateEvidenceInput, EvidenceInputError, DEFAULT_LEDGER_CATEGORIES, MAX_VALIDITY_DAYS } from './evidence/validate.js';
export type { EvidenceSchema, EvidenceIssue } from './evidence/validate.js';
export { publicReceipt } from './evidence/types.js';
export type { EvidenceInput, EvidenceContext, EvidenceRecord, EvidenceReceipt, ConsentEvent } from './evidence/types.js';
export { truncateIp } from './evidence/truncate-ip.js';
export { runCli } from './cli/main.js';
