import { hash } from 'node:crypto';

// RFC 9162 §2.1.1 domain separation: a leaf can never be passed off as an interior node (second
// preimage attacks on the tree), because the two hash inputs start with different bytes.
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);
const HASH_BYTES = 32;
const RECORD_HASH = /^[0-9a-f]{64}$/;

/**
 * RFC 9162 MTH({}): the root of an empty log, SHA-256 of the empty string. Shared: never mutate it.
 *
 * @example
 * EMPTY_ROOT.toString('hex'); // 'e3b0c442…b855'
 */
export const EMPTY_ROOT: Buffer = Buffer.from('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex');

/**
 * Levels between two stored levels: storing every 4th level costs ~1/15 row per leaf and rebuilds any subtree from ≤ 8 hashes.
 *
 * @example
 * NODE_LEVEL_STEP; // 4
 */
export const NODE_LEVEL_STEP = 4;

/**
 * Complete subtrees of a stored level are kept by the storage; leaves (level 0) are kept apart.
 *
 * @example
 * isStoredLevel(8); // true
 * isStoredLevel(0); // false (leaves are stored as leaves)
 */
export function isStoredLevel(level: number): boolean {
  return level > 0 && level % NODE_LEVEL_STEP === 0;
}

/**
 * The right edge of a tree of `size` leaves: one complete-subtree hash per set bit of `size`, largest (leftmost) first.
 *
 * @example
 * const frontier: LogFrontier = { size: 3, hashes: [h01, leaf2] };
 */
export interface LogFrontier {
  size: number;
  hashes: Buffer[];
}

/**
 * A newly completed subtree at a stored level: level L, index i covers leaves [i·2^L, (i+1)·2^L).
 *
 * @example
 * const node: StoredNode = { level: 4, index: 0, hash }; // leaves 0..15
 */
export interface StoredNode {
  level: number;
  index: number;
  hash: Buffer;
}

/**
 * The leaf hash of a ledger record: SHA-256(0x00 ‖ the 32 bytes of its hex record hash).
 *
 * @example
 * leafHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'); // <Buffer …> (32 bytes)
 */
export function leafHash(recordHash: string): Buffer {
  // Hashing the decoded bytes (not the text) keeps leaves interoperable with any RFC 9162 tool
  // that is handed the record hash as binary; uppercase or short input would silently fork the tree.
  if (typeof recordHash !== 'string' || !RECORD_HASH.test(recordHash)) {
    throw new TypeError('leafHash: the record hash must be 64 lowercase hex characters (a SHA-256 digest)');
  }
  return hash('sha256', Buffer.concat([LEAF_PREFIX, Buffer.from(recordHash, 'hex')], 33), 'buffer');
}

/**
 * The hash of an interior node: SHA-256(0x01 ‖ left ‖ right).
 *
 * @example
 * const parent = nodeHash(leafHash(a), leafHash(b));
 */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  // One-shot hashing: proofs rebuild up to 8 hashes per element, and createHash() costs ~30 % more.
  return hash('sha256', Buffer.concat([NODE_PREFIX, left, right]), 'buffer');
}

/**
 * The frontier of an empty log, the starting point of `appendLeaves`.
 *
 * @example
 * appendLeaves(emptyFrontier(), [leafHash(recordHash)]);
 */
export function emptyFrontier(): LogFrontier {
  return { size: 0, hashes: [] };
}

function bitCount(size: number): number {
  let count = 0;
  // Arithmetic, not bit operators: those truncate to 32 bits and a log may outgrow 2^32 leaves.
  for (let rest = size; rest > 0; rest = Math.floor(rest / 2)) count += rest % 2;
  return count;
}

function assertFrontier(frontier: LogFrontier): void {
  if (!Number.isSafeInteger(frontier?.size) || frontier.size < 0 || !Array.isArray(frontier.hashes)) {
    throw new TypeError('LogFrontier: size must be a non-negative safe integer and hashes an array');
  }
  // A frontier with the wrong number of hashes would yield wrong roots for ever after: refuse it.
  if (frontier.hashes.length !== bitCount(frontier.size)) {
    throw new TypeError(`LogFrontier: a tree of ${frontier.size} leaves has ${bitCount(frontier.size)} edge hashes, not ${frontier.hashes.length}`);
  }
}

function assertHash(hash: unknown, what: string): asserts hash is Buffer {
  if (!Buffer.isBuffer(hash) || hash.length !== HASH_BYTES) throw new TypeError(`${what} must be a 32-byte Buffer`);
}

/**
 * Appends leaf hashes in O(log n) each, returning a new frontier and the completed subtrees the storage keeps.
 *
 * @example
 * const { frontier, nodes } = appendLeaves(current, records.map((r) => leafHash(r.hash)));
 * // persist the leaves, `nodes` and `frontier.size` in one transaction
 */
export function appendLeaves(frontier: LogFrontier, leafHashes: Buffer[]): { frontier: LogFrontier; nodes: StoredNode[] } {
  assertFrontier(frontier);
  const hashes = frontier.hashes.slice();
  const nodes: StoredNode[] = [];
  let size = frontier.size;
  for (const leaf of leafHashes) {
    assertHash(leaf, 'appendLeaves: every leaf hash');
    if (size === Number.MAX_SAFE_INTEGER) throw new RangeError('appendLeaves: the log is full');
    // Each trailing 1 bit of `size` is a complete subtree on the edge that the new leaf now pairs
    // with, exactly like carrying in a binary increment.
    let hash = leaf;
    let level = 0;
    for (let rest = size; rest % 2 === 1; rest = Math.floor(rest / 2)) {
      hash = nodeHash(hashes.pop()!, hash);
      level += 1;
      if (isStoredLevel(level)) nodes.push({ level, index: Math.floor(size / 2 ** level), hash });
    }
    hashes.push(hash);
    size += 1;
  }
  return { frontier: { size, hashes }, nodes };
}

/**
 * The RFC 9162 root (MTH) of the tree the frontier describes; `EMPTY_ROOT` for an empty log.
 *
 * @example
 * frontierRoot(appendLeaves(emptyFrontier(), [leaf]).frontier).equals(leaf); // true
 */
export function frontierRoot(frontier: LogFrontier): Buffer {
  assertFrontier(frontier);
  const { hashes } = frontier;
  if (hashes.length === 0) return EMPTY_ROOT;
  // MTH splits at the largest power of two, so the smaller right-hand subtrees combine first.
  let root = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i -= 1) root = nodeHash(hashes[i]!, root);
  return root;
}
