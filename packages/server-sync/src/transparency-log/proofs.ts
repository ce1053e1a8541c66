import { EMPTY_ROOT, NODE_LEVEL_STEP, nodeHash, type LogFrontier } from './merkle.js';

/**
 * Reads stored hashes at a stored level (0 = leaf hashes, else a multiple of 4) for indexes [start, end), all complete.
 *
 * @example
 * const read: StoredHashes = async (level, start, end) =>
 *   (await db.query('select hash from log_nodes where level = $1 and idx >= $2 and idx < $3 order by idx', [level, start, end])).rows.map((r) => r.hash);
 */
export type StoredHashes = (level: number, start: number, end: number) => Promise<Buffer[]>;

// A hash to compute: a complete subtree, or the MTH of two halves (an incomplete range).
type Plan = { level: number; index: number } | { left: Plan; right: Plan };
type Subtree = { level: number; index: number };

// Two runs at one stored level closer than this are read in one call: a few spare hashes cost far
// less than a database round trip. Gap indexes are complete: a later index of that level is.
const MERGE_GAP = 16;

const key = (level: number, index: number) => `${level}:${index}`;

// Loops rather than Math.log2 or bit operators: exact for every safe integer, not only below 2^31.
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function exactLog2(n: number): number {
  let level = 0;
  for (let k = 1; k < n; k *= 2) level += 1;
  return 2 ** level === n ? level : -1;
}

function assertIndex(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
}

// MTH(D[start:end]) per RFC 9162 §2.1.1, as a plan: aligned powers of two become one subtree.
function rangePlan(start: number, end: number): Plan {
  const n = end - start;
  const level = exactLog2(n);
  if (level >= 0 && start % n === 0) return { level, index: start / n };
  const k = largestPowerOfTwoBelow(n);
  return { left: rangePlan(start, start + k), right: rangePlan(start + k, end) };
}

function collect(plan: Plan, into: Map<string, Subtree>): void {
  if ('left' in plan) {
    collect(plan.left, into);
    collect(plan.right, into);
  } else {
    into.set(key(plan.level, plan.index), plan);
  }
}

function evaluate(plan: Plan, hashes: Map<string, Buffer>): Buffer {
  if ('left' in plan) return nodeHash(evaluate(plan.left, hashes), evaluate(plan.right, hashes));
  return hashes.get(key(plan.level, plan.index))!;
}

function baseLevel(level: number): number {
  return level - (level % NODE_LEVEL_STEP);
}

async function readRun(read: StoredHashes, level: number, start: number, end: number): Promise<Buffer[]> {
  const hashes = await read(level, start, end);
  // A short, padded or garbled answer would silently produce a wrong proof: fail loudly instead.
  if (!Array.isArray(hashes) || hashes.length !== end - start) {
    throw new Error(`transparency log: read(${level}, ${start}, ${end}) returned ${hashes?.length} hashes, expected ${end - start}`);
  }
  return hashes.map((hash, i) => {
    if (!(hash instanceof Uint8Array) || hash.length !== 32) throw new Error(`transparency log: read(${level}, …) gave no 32-byte hash for index ${start + i}`);
    // Drivers may hand back plain Uint8Arrays; proofs are Buffers throughout.
    return Buffer.isBuffer(hash) ? hash : Buffer.from(hash);
  });
}

// Fetches every subtree of the plans with one read call per (merged) run of each stored level,
// all calls in flight at once, then folds each subtree up from its stored level.
async function fetchSubtrees(subtrees: Iterable<Subtree>, read: StoredHashes): Promise<Map<string, Buffer>> {
  const byBase = new Map<number, Array<{ subtree: Subtree; start: number; end: number }>>();
  for (const subtree of subtrees) {
    const base = baseLevel(subtree.level);
    const width = 2 ** (subtree.level - base);
    const list = byBase.get(base) ?? [];
    list.push({ subtree, start: subtree.index * width, end: (subtree.index + 1) * width });
    byBase.set(base, list);
  }
  const runs: Array<{ base: number; start: number; end: number }> = [];
  for (const [base, list] of byBase) {
    list.sort((a, b) => a.start - b.start);
    let run: { base: number; start: number; end: number } | undefined;
    for (const { start, end } of list) {
      if (run && start <= run.end + MERGE_GAP) run.end = Math.max(run.end, end);
      else runs.push((run = { base, start, end }));
    }
  }
  const answers = await Promise.all(runs.map((run) => readRun(read, run.base, run.start, run.end)));
  const result = new Map<string, Buffer>();
  for (const [base, list] of byBase) {
    for (const { subtree, start, end } of list) {
      const runIndex = runs.findIndex((run) => run.base === base && run.start <= start && end <= run.end);
      const run = runs[runIndex]!;
      let layer = answers[runIndex]!.slice(start - run.start, end - run.start);
      while (layer.length > 1) {
        const next: Buffer[] = [];
        for (let i = 0; i < layer.length; i += 2) next.push(nodeHash(layer[i]!, layer[i + 1]!));
        layer = next;
      }
      result.set(key(subtree.level, subtree.index), layer[0]!);
    }
  }
  return result;
}

async function compute(plans: Plan[], read: StoredHashes): Promise<Buffer[]> {
  const subtrees = new Map<string, Subtree>();
  for (const plan of plans) collect(plan, subtrees);
  const hashes = await fetchSubtrees(subtrees.values(), read);
  return plans.map((plan) => evaluate(plan, hashes));
}

/**
 * Hashes of the complete subtrees at any `level` with indexes [start, end), built from the nearest stored level below.
 *
 * @example
 * const [left, right] = await subtreeHashes(6, 0, 2, read); // leaves 0..63 and 64..127
 */
export async function subtreeHashes(level: number, start: number, end: number, read: StoredHashes): Promise<Buffer[]> {
  assertIndex(level, 'level');
  assertIndex(start, 'start');
  assertIndex(end, 'end');
  if (end < start) throw new RangeError(`subtreeHashes: end ${end} is before start ${start}`);
  const plans: Plan[] = [];
  for (let index = start; index < end; index += 1) plans.push({ level, index });
  return compute(plans, read);
}

/**
 * RFC 9162 MTH of the leaf range [start, end); `rangeHash(0, size, read)` is the root of the log at `size`.
 *
 * @example
 * const root = await rangeHash(0, 1_000_000, read);
 */
export async function rangeHash(start: number, end: number, read: StoredHashes): Promise<Buffer> {
  assertIndex(start, 'start');
  assertIndex(end, 'end');
  if (end < start) throw new RangeError(`rangeHash: end ${end} is before start ${start}`);
  if (end === start) return EMPTY_ROOT;
  const [hash] = await compute([rangePlan(start, end)], read);
  return hash!;
}

/**
 * Rebuilds the frontier of the log at `size` from storage, e.g. when the ledger starts.
 *
 * @example
 * const frontier = await frontierAt(await countLeaves(), read);
 */
export async function frontierAt(size: number, read: StoredHashes): Promise<LogFrontier> {
  assertIndex(size, 'size');
  const plans: Plan[] = [];
  let start = 0;
  for (let width = largestPowerOfTwoBelow(size + 1); start < size; width /= 2) {
    if (start + width > size) continue;
    plans.push(rangePlan(start, start + width));
    start += width;
  }
  return { size, hashes: await compute(plans, read) };
}

// RFC 9162 §2.1.3.1 PATH(m, D[start:end]), deepest sibling first.
function pathPlans(m: number, start: number, end: number, out: Plan[]): void {
  const n = end - start;
  if (n === 1) return;
  const k = largestPowerOfTwoBelow(n);
  if (m < k) {
    pathPlans(m, start, start + k, out);
    out.push(rangePlan(start + k, end));
  } else {
    pathPlans(m - k, start + k, end, out);
    out.push(rangePlan(start, start + k));
  }
}

// RFC 9162 §2.1.4.1 SUBPROOF(m, D[start:end], b).
function subproofPlans(m: number, start: number, end: number, b: boolean, out: Plan[]): void {
  const n = end - start;
  if (m === n) {
    if (!b) out.push(rangePlan(start, end));
    return;
  }
  const k = largestPowerOfTwoBelow(n);
  if (m <= k) {
    subproofPlans(m, start, start + k, b, out);
    out.push(rangePlan(start + k, end));
  } else {
    subproofPlans(m - k, start + k, end, false, out);
    out.push(rangePlan(start, start + k));
  }
}

/**
 * RFC 9162 §2.1.3.1 inclusion proof PATH(index, D[size]), from about log2(size)/4 batched reads.
 *
 * @example
 * const proof = await inclusionProof(41, 1_000_000, read);
 * verifyInclusion(leaf, 41, 1_000_000, proof, root); // true
 */
export async function inclusionProof(index: number, size: number, read: StoredHashes): Promise<Buffer[]> {
  assertIndex(index, 'index');
  assertIndex(size, 'size');
  if (index >= size) throw new RangeError(`inclusionProof: index ${index} is not in a tree of ${size} leaves`);
  const plans: Plan[] = [];
  pathPlans(index, 0, size, plans);
  return compute(plans, read);
}

/**
 * RFC 9162 §2.1.4.1 consistency proof PROOF(oldSize, D[newSize]); empty when the sizes are equal.
 *
 * @example
 * const proof = await consistencyProof(previous.size, current.size, read);
 * verifyConsistency(previous.size, current.size, previous.rootHash, current.rootHash, proof); // true
 */
export async function consistencyProof(oldSize: number, newSize: number, read: StoredHashes): Promise<Buffer[]> {
  assertIndex(oldSize, 'oldSize');
  assertIndex(newSize, 'newSize');
  // RFC 9162 defines PROOF only for 0 < m: every tree is an extension of the empty one.
  if (oldSize < 1) throw new RangeError('consistencyProof: oldSize must be at least 1');
  if (oldSize > newSize) throw new RangeError(`consistencyProof: oldSize ${oldSize} is larger than newSize ${newSize}`);
  if (oldSize === newSize) return [];
  const plans: Plan[] = [];
  subproofPlans(oldSize, 0, newSize, true, plans);
  return compute(plans, read);
}
