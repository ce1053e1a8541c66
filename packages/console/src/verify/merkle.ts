import { bytesEqual, concat, fromHex, sha256 } from './bytes.js';

// RFC 9162 §2.1.1 domain separation: leaf and interior-node inputs start with different bytes,
// so a leaf can never be passed off as a node (second-preimage attacks on the tree).
const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);
const HASH_BYTES = 32;
const RECORD_HASH = /^[0-9a-f]{64}$/;

/**
 * The log leaf of a ledger record: SHA-256(0x00 ‖ the 32 bytes of its hex record hash), as
 * server-sync's `transparency-log/merkle.ts` makes it. Rejects (TypeError) unless given 64
 * lowercase hex characters.
 *
 * @example
 * const leaf = await leafHash(await recordHash(record)); // Uint8Array(32)
 */
export async function leafHash(recordHashHex: string): Promise<Uint8Array> {
  // The decoded bytes, not the text: that is what the ledger hashed, and uppercase or short input
  // would name another leaf.
  if (typeof recordHashHex !== 'string' || !RECORD_HASH.test(recordHashHex)) {
    throw new TypeError('leafHash: the record hash must be 64 lowercase hex characters (a SHA-256 digest)');
  }
  return sha256(concat(LEAF_PREFIX, fromHex(recordHashHex)!));
}

/**
 * An interior node of the tree: SHA-256(0x01 ‖ left ‖ right).
 *
 * @example
 * const parent = await nodeHash(await leafHash(a), await leafHash(b));
 */
export async function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256(concat(NODE_PREFIX, left, right));
}

const isHash = (value: unknown): value is Uint8Array => value instanceof Uint8Array && value.length === HASH_BYTES;
const isSize = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
// Arithmetic stand-ins for LSB and >>: bit operators truncate to 32 bits, a log may grow past 2^32.
const lsb = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/**
 * RFC 9162 §2.1.3.2: does `proof` (the audit path, leaf side first) show `leaf` at `index` in the
 * tree of `size` leaves whose root is `root`? Never rejects: malformed input answers false, as a
 * proof from an untrusted server must.
 *
 * @example
 * const { rootHash, size } = await openCheckpoint(answer.checkpoint, verifierKey);
 * await verifyInclusion(await leafHash(hash), answer.leafIndex, size, answer.proof.map(fromHex), rootHash); // true or false
 */
export async function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: Uint8Array[], root: Uint8Array): Promise<boolean> {
  try {
    if (!isHash(leaf) || !isHash(root) || !isSize(index) || !isSize(size) || !Array.isArray(proof) || !proof.every(isHash)) return false;
    if (index >= size) return false;
    let fn = index;
    let sn = size - 1;
    let r = leaf;
    for (const p of proof) {
      // A longer path than the tree is tall is not a proof of this tree.
      if (sn === 0) return false;
      if (lsb(fn) || fn === sn) {
        r = await nodeHash(p, r);
        // On the right edge the sibling may cover several levels at once: skip the levels where
        // this node has no right sibling.
        if (!lsb(fn)) {
          while (!lsb(fn) && fn !== 0) {
            fn = half(fn);
            sn = half(sn);
          }
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && bytesEqual(r, root);
  } catch {
    // WebCrypto missing (an insecure http: page has no crypto.subtle) or any other surprise: not verified.
    return false;
  }
}
