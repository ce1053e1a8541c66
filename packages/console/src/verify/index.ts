// @assent/console/verify: checks the ledger's evidence in the page, trusting only the log's
// verifier key. WebCrypto only (SHA-256, Ed25519), no dependencies, nothing runs at import, so it
// works the same in a browser and in Node ≥ 20. It re-implements server-sync's record hash,
// RFC 9162 inclusion and C2SP checkpoint opening; server-sync's verifier-agreement test holds it
// to records, proofs and checkpoints made by the real ledger.
export { verifyEvidence } from './evidence.js';
export type { VerifyEvidenceInput } from './evidence.js';
export { recordHash, recordHashInput } from './record-hash.js';
export { hashShownContent } from './text-hash.js';
export type { ShownContentView } from './text-hash.js';
export { leafHash, verifyInclusion } from './merkle.js';
export { openCheckpoint, CheckpointError } from './checkpoint.js';
export type { OpenedCheckpoint } from './checkpoint.js';
export { verifierKeyFingerprint } from './note-key.js';
export { fromHex, toHex } from './bytes.js';
export type { EvidenceRecordView, TextSnapshotView, InclusionAnswer, RecordCheck, EvidenceCheck, ChainBase } from './types.js';
