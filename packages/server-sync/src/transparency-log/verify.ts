import { EMPTY_ROOT, nodeHash } from './merkle.js';

// Verification is what third parties run on proofs they did not make: it answers false for any
// malformed input instead of throwing, and needs nothing but node:crypto (no storage reader).

const isHash = (value: unknown): value is Buffer => Buffer.isBuffer(value) && value.length === 32;
const isSize = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isProof = (proof: unknown): proof is Buffer[] => Array.isArray(proof) && proof.every(isHash);

// Arithmetic stand-ins for LSB and >>: JavaScript bit operators truncate to 32 bits.
const lsb = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/**
 * RFC 9162 §2.1.3.2: does `proof` show `leaf` at `index` in the tree of `size` leaves whose root is `root`?
 *
 * @example
 * verifyInclusion(leafHash(record.hash), 41, checkpoint.size, proof, checkpoint.rootHash); // true or false, never throws
 */
export function verifyInclusion(leaf: Buffer, index: number, size: number, proof: Buffer[], root: Buffer): boolean {
  if (!isHash(leaf) || !isHash(root) || !isSize(index) || !isSize(size) || !isProof(proof)) return false;
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show the tree of `newSize` leaves (`newRoot`) extends the one of `oldSize` (`oldRoot`)?
 *
 * @example
 * verifyConsistency(old.size, current.size, old.rootHash, current.rootHash, proof); // true or false, never throws
 */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Buffer, newRoot: Buffer, proof: Buffer[]): boolean {
  if (!isSize(oldSize) || !isSize(newSize) || !isHash(oldRoot) || !isHash(newRoot) || !isProof(proof)) return false;
  if (oldSize > newSize) return false;
  // Cases the RFC's algorithm leaves out: equal trees need no proof, and every tree extends the
  // empty one; any proof offered there is garbage and refused (as Go's sumdb/tlog does).
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0 && oldRoot.equals(EMPTY_ROOT);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (lsb(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (let i = 1; i < path.length; i += 1) {
    const c = path[i]!;
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.equals(oldRoot) && sr.equals(newRoot) && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}
