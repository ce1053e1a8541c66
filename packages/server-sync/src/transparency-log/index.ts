// Public API of the ledger's transparency log: RFC 9162 Merkle hashing, proofs over stored hashes,
// and C2SP signed checkpoints. Pure functions over node:crypto; the storage passes a reader in.
export { leafHash, nodeHash, EMPTY_ROOT, NODE_LEVEL_STEP, isStoredLevel, emptyFrontier, appendLeaves, frontierRoot } from './merkle.js';
export type { LogFrontier, StoredNode } from './merkle.js';
export { subtreeHashes, rangeHash, frontierAt, inclusionProof, consistencyProof } from './proofs.js';
export type { StoredHashes } from './proofs.js';
export { verifyInclusion, verifyConsistency } from './verify.js';
export { generateLogKey, parseSignerKey, parseVerifierKey, verifierKeyOf, keyNameProblem, noteKeyId } from './keys.js';
export type { LogSigner, LogVerifier } from './keys.js';
export { signCheckpoint, openCheckpoint, CheckpointError } from './checkpoint.js';
export type { Checkpoint, OpenedCheckpoint } from './checkpoint.js';
