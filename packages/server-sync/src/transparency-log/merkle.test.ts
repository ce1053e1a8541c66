import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendLeaves, EMPTY_ROOT, emptyFrontier, frontierRoot, isStoredLevel, leafHash, nodeHash, type LogFrontier, type StoredNode } from './merkle.js';
import { consistencyProof, frontierAt, inclusionProof, rangeHash, subtreeHashes, type StoredHashes } from './proofs.js';
import { verifyConsistency, verifyInclusion } from './verify.js';

// ---- An independent RFC 9162 reference, written from the RFC's text (§2.1.1, §2.1.3, §2.1.4) ----
// It shares no code with the implementation: its own hashing, MTH / PATH / PROOF recursions over the
// full leaf list, and the two verification algorithms written with BigInt.
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const refLeaf = (data: Buffer) => sha256(Buffer.from([0]), data);
const refNode = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right);
const splitPoint = (n: number) => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/** MTH / PATH / PROOF over a list of leaf hashes, memoizing MTH of ranges so 1,000 trees stay fast. */
function referenceTree(leaves: Buffer[]) {
  const memo = new Map<string, Buffer>();
  const mth = (start: number, end: number): Buffer => {
    if (end === start) return sha256();
    if (end - start === 1) return leaves[start]!;
    const id = `${start}:${end}`;
    let hash = memo.get(id);
    if (!hash) {
      const k = splitPoint(end - start);
      memo.set(id, (hash = refNode(mth(start, start + k), mth(start + k, end))));
    }
    return hash;
  };
  const path = (m: number, start: number, end: number): Buffer[] => {
    const n = end - start;
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k ? [...path(m, start, start + k), mth(start + k, end)] : [...path(m - k, start + k, end), mth(start, start + k)];
  };
  const subproof = (m: number, start: number, end: number, b: boolean): Buffer[] => {
    const n = end - start;
    if (m === n) return b ? [] : [mth(start, end)];
    const k = splitPoint(n);
    return m <= k ? [...subproof(m, start, start + k, b), mth(start + k, end)] : [...subproof(m - k, start + k, end, false), mth(start, start + k)];
  };
  return { mth, path: (m: number, n: number) => path(m, 0, n), proof: (m: number, n: number) => subproof(m, 0, n, true) };
}

function refVerifyInclusion(leaf: Buffer, index: number, size: number, proof: Buffer[], root: Buffer): boolean {
  if (BigInt(index) >= BigInt(size)) return false;
  let fn = BigInt(index);
  let sn = BigInt(size) - 1n;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      r = refNode(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = refNode(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && r.equals(root);
}

function refVerifyConsistency(first: number, second: number, firstHash: Buffer, secondHash: Buffer, proof: Buffer[]): boolean {
  if (first === second) return proof.length === 0 && firstHash.equals(secondHash);
  if (first > second || proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstHash, ...proof] : [...proof];
  let fn = BigInt(first) - 1n;
  let sn = BigInt(second) - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = refNode(c, fr);
      sr = refNode(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = refNode(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return fr.equals(firstHash) && sr.equals(secondHash) && sn === 0n;
}

// ---- A log of 5,000 leaves kept the way the storage keeps it: leaves plus the returned nodes ----
const recordHashes = Array.from({ length: 5000 }, (_, i) => sha256(Buffer.from(`record ${i}`)).toString('hex'));
const leaves = recordHashes.map((hash) => refLeaf(Buffer.from(hash, 'hex')));
const ref = referenceTree(leaves);

function buildStore(count: number) {
  const nodes = new Map<string, Buffer>();
  const frontiers: LogFrontier[] = [emptyFrontier()];
  let frontier = emptyFrontier();
  // Uneven batches, as group commit produces them.
  for (let at = 0; at < count; ) {
    const batch = Math.min(count - at, 1 + ((at * 7919) % 37));
    const result = appendLeaves(
      frontier,
      leaves.slice(at, at + batch).map((_, i) => leafHash(recordHashes[at + i]!)),
    );
    for (const node of result.nodes) nodes.set(`${node.level}:${node.index}`, node.hash);
    frontier = result.frontier;
    at += batch;
    frontiers[at] = frontier;
  }
  // A reader bound to a tree size: it refuses (as a database would not know) anything incomplete.
  const reader =
    (size: number, stats = { calls: 0, hashes: 0 }): StoredHashes =>
    async (level, start, end) => {
      stats.calls += 1;
      stats.hashes += end - start;
      if (end * 2 ** level > size) throw new Error(`read past the tree: level ${level} [${start}, ${end}) at size ${size}`);
      if (level === 0) return leaves.slice(start, end);
      if (!isStoredLevel(level)) throw new Error(`level ${level} is not stored`);
      return Array.from({ length: end - start }, (_, i) => nodes.get(`${level}:${start + i}`)!);
    };
  return { nodes, frontiers, reader, frontier };
}

const flipByte = (proof: Buffer[], element: number, byte: number) =>
  proof.map((hash, i) => (i === element ? Buffer.from(hash.map((b, j) => (j === byte ? b ^ 0x01 : b))) : hash));

// Indexes / old sizes to try for a size: all up to 32; beyond, the edges, the middle, both sides of
// the split point and a pseudo-random spread (all pairs of 1..1,000 would take minutes).
function sample(n: number, from = 0): number[] {
  if (n - from <= 32) return Array.from({ length: n - from }, (_, i) => from + i);
  let k = 1;
  while (k * 2 < n) k *= 2;
  const picks = new Set([from, from + 1, n - 2, n - 1, Math.floor((from + n) / 2), k - 1, k, k + 1]);
  for (let i = 0; i < 4; i += 1) picks.add(from + ((n * 2654435761 + i * 40503) % (n - from)));
  return [...picks].filter((i) => i >= from && i < n).sort((a, b) => a - b);
}

describe('RFC 9162 hashing and the frontier', () => {
  it('matches the published RFC 6962 vectors of transparency-dev/merkle (testonly/constants.go)', () => {
    const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const roots = [
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
      'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
      '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
      'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    ];
    const vectorLeaves = inputs.map((hex) => refLeaf(Buffer.from(hex, 'hex')));
    expect(EMPTY_ROOT.toString('hex')).toBe(roots[0]);
    for (let size = 0; size <= 8; size += 1) {
      expect(frontierRoot(appendLeaves(emptyFrontier(), vectorLeaves.slice(0, size)).frontier).toString('hex')).toBe(roots[size]);
    }
    // NodeHashes()[1][2] and [2][1]: interior nodes over leaves 4..5 and 4..7.
    expect(nodeHash(vectorLeaves[4]!, vectorLeaves[5]!).toString('hex')).toBe('0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a');
    expect(nodeHash(nodeHash(vectorLeaves[4]!, vectorLeaves[5]!), nodeHash(vectorLeaves[6]!, vectorLeaves[7]!)).toString('hex')).toBe(
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    );
  });

  it('hashes a record hash as 32 bytes behind 0x00, and refuses anything but 64 lowercase hex digits', () => {
    expect(leafHash(recordHashes[0]!).equals(leaves[0]!)).toBe(true);
    for (const bad of ['', 'ab', recordHashes[0]!.toUpperCase(), `${recordHashes[0]}00`, `${recordHashes[0]!.slice(1)}g`, 42 as never]) {
      expect(() => leafHash(bad)).toThrow(TypeError);
    }
  });

  it('gives the naive MTH for every size 1..1,000, without mutating its input, and keeps one hash per set bit', () => {
    let frontier = emptyFrontier();
    for (let size = 1; size <= 1000; size += 1) {
      const before = { size: frontier.size, hashes: [...frontier.hashes] };
      const next = appendLeaves(frontier, [leaves[size - 1]!]).frontier;
      expect(frontier).toEqual(before);
      expect(next.hashes.length).toBe(size.toString(2).replaceAll('0', '').length);
      expect(frontierRoot(next).equals(ref.mth(0, size))).toBe(true);
      frontier = next;
    }
  });

  it('returns every completed subtree of a stored level exactly once, with its hash', () => {
    const { nodes } = buildStore(5000);
    const expected: StoredNode[] = [];
    for (let level = 4; 2 ** level <= 5000; level += 4) {
      for (let index = 0; (index + 1) * 2 ** level <= 5000; index += 1)
        expected.push({ level, index, hash: ref.mth(index * 2 ** level, (index + 1) * 2 ** level) });
    }
    expect(nodes.size).toBe(expected.length);
    for (const node of expected) expect(nodes.get(`${node.level}:${node.index}`)?.equals(node.hash)).toBe(true);
  });

  it('refuses a frontier whose hashes do not match its size, and leaf hashes that are not 32 bytes', () => {
    expect(() => appendLeaves({ size: 3, hashes: [leaves[0]!] }, [])).toThrow(TypeError);
    expect(() => frontierRoot({ size: 1, hashes: [] })).toThrow(TypeError);
    expect(() => appendLeaves(emptyFrontier(), [Buffer.alloc(31)])).toThrow(TypeError);
  });
});

describe('proofs over stored hashes, checked against the naive RFC 9162 recursion', () => {
  const store = buildStore(5000);

  it('matches the published inclusion and consistency vectors of transparency-dev/merkle (proof/verify_test.go)', () => {
    const v = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
      refLeaf(Buffer.from(hex, 'hex')),
    );
    const root = (n: number) => frontierRoot(appendLeaves(emptyFrontier(), v.slice(0, n)).frontier);
    const hx = (list: string[]) => list.map((h) => Buffer.from(h, 'hex'));
    // The vectors number leaves from 1: {leaf 6, size 8} is index 5.
    const inclusion = hx([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(verifyInclusion(v[5]!, 5, 8, inclusion, root(8))).toBe(true);
    expect(referenceTree(v).path(5, 8)).toEqual(inclusion);
    const consistency = hx([
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(verifyConsistency(6, 7, root(6), root(7), consistency)).toBe(true);
    expect(referenceTree(v).proof(6, 7)).toEqual(consistency);
    const twoFive = hx([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
    expect(verifyConsistency(2, 5, root(2), root(5), twoFive)).toBe(true);
  });

  // Failures are collected and asserted once: an expect() per probe costs more than the hashing.
  const hex = (proof: Buffer[]) => proof.map((h) => h.toString('hex')).join(',');

  it('inclusion proofs for sizes 1..1,000 equal PATH(m, D[n]) and pass both verifiers; tampering fails both', async () => {
    const failures: string[] = [];
    let probes = 0;
    for (let size = 1; size <= 1000; size += 1) {
      const root = ref.mth(0, size);
      for (const index of sample(size)) {
        const proof = await inclusionProof(index, size, store.reader(size));
        const leaf = leaves[index]!;
        if (hex(proof) !== hex(ref.path(index, size))) failures.push(`PATH(${index}, ${size}) differs`);
        if (!verifyInclusion(leaf, index, size, proof, root) || !refVerifyInclusion(leaf, index, size, proof, root))
          failures.push(`(${index}, ${size}) refused`);
        const bad: Array<[number, number, Buffer[], Buffer]> = [];
        if (proof.length > 0) bad.push([index, size, flipByte(proof, index % proof.length, (index * 7) % 32), root]);
        if (size > 1) bad.push([(index + 1) % size, size, proof, root], [index ^ 1, size, proof, root]);
        if (size > 1 && index < size - 1) bad.push([index, size - 1, proof, ref.mth(0, size - 1)]);
        bad.push([index, size + 1, proof, ref.mth(0, size + 1)], [index, size * 2, proof, root]);
        for (const [i, n, p, r] of bad) {
          if (i === index && n === size && p === proof) continue;
          probes += 1;
          if (verifyInclusion(leaf, i, n, p, r) || refVerifyInclusion(leaf, i, n, p, r)) failures.push(`(${index}, ${size}) tampered as (${i}, ${n}) accepted`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(50_000);
  });

  it('consistency proofs for sizes 1..1,000 equal PROOF(m, D[n]) and pass both verifiers; tampering fails both', async () => {
    const failures: string[] = [];
    let probes = 0;
    for (let size = 1; size <= 1000; size += 1) {
      const root = ref.mth(0, size);
      for (const old of sample(size + 1, 1)) {
        const proof = await consistencyProof(old, size, store.reader(size));
        const oldRoot = ref.mth(0, old);
        if (hex(proof) !== hex(ref.proof(old, size))) failures.push(`PROOF(${old}, ${size}) differs`);
        if (!verifyConsistency(old, size, oldRoot, root, proof) || !refVerifyConsistency(old, size, oldRoot, root, proof))
          failures.push(`(${old}, ${size}) refused`);
        if (old === size) continue;
        const bad: Array<[number, number, Buffer[], Buffer, Buffer]> = [];
        bad.push([old, size, flipByte(proof, old % proof.length, (old * 7) % 32), oldRoot, root]);
        bad.push([old, size, proof.slice(0, -1), oldRoot, root], [old, size, [...proof, root], oldRoot, root]);
        if (old > 1) bad.push([old - 1, size, proof, ref.mth(0, old - 1), root]);
        if (old + 1 < size) bad.push([old + 1, size, proof, ref.mth(0, old + 1), root]);
        bad.push([old, size + 1, proof, oldRoot, ref.mth(0, size + 1)], [old, size, proof, root, oldRoot]);
        for (const [m, n, p, r1, r2] of bad) {
          probes += 1;
          if (verifyConsistency(m, n, r1, r2, p) || refVerifyConsistency(m, n, r1, r2, p)) failures.push(`(${old}, ${size}) tampered as (${m}, ${n}) accepted`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(50_000);
  });

  it('needs at most log2(n) read calls and ≤ 32 hashes per call for trees of up to 5,000 leaves', async () => {
    let worstCalls = 0;
    for (const size of [1, 2, 15, 16, 17, 255, 256, 257, 1000, 4095, 4096, 4097, 4999, 5000]) {
      const limit = Math.max(1, Math.ceil(Math.log2(size)));
      for (const index of sample(size)) {
        const stats = { calls: 0, hashes: 0 };
        expect(await inclusionProof(index, size, store.reader(size, stats))).toEqual(ref.path(index, size));
        expect(stats.calls).toBeLessThanOrEqual(limit);
        expect(stats.hashes).toBeLessThanOrEqual(32 * Math.max(1, stats.calls));
        worstCalls = Math.max(worstCalls, stats.calls);
        const old = index + 1;
        const cstats = { calls: 0, hashes: 0 };
        expect(await consistencyProof(old, size, store.reader(size, cstats))).toEqual(ref.proof(old, size));
        expect(cstats.calls).toBeLessThanOrEqual(limit);
      }
    }
    // At 5,000 leaves the stored levels are 0, 4, 8 and 12: a handful of calls, not one per hash.
    expect(worstCalls).toBeLessThanOrEqual(8);
  });

  it('builds any subtree, range hash and frontier from the stored levels', async () => {
    const read = store.reader(5000);
    expect((await subtreeHashes(6, 0, 3, read)).map((h) => h.toString('hex'))).toEqual([0, 1, 2].map((i) => ref.mth(i * 64, (i + 1) * 64).toString('hex')));
    expect((await subtreeHashes(12, 0, 1, read))[0]!.equals(ref.mth(0, 4096))).toBe(true);
    for (const [start, end] of [
      [0, 5000],
      [3, 4],
      [5, 1234],
      [1000, 1000],
      [4097, 5000],
      [17, 4111],
    ] as const) {
      expect((await rangeHash(start, end, read)).equals(ref.mth(start, end))).toBe(true);
    }
    for (const size of [0, 1, 7, 16, 1000, 4097, 5000])
      expect(await frontierAt(size, store.reader(size))).toEqual(store.frontiers[size] ?? appendLeaves(emptyFrontier(), leaves.slice(0, size)).frontier);
  });

  it('throws a RangeError for impossible arguments, and the verifiers answer false to nonsense', async () => {
    const read = store.reader(10);
    await expect(inclusionProof(10, 10, read)).rejects.toThrow(RangeError);
    await expect(inclusionProof(-1, 10, read)).rejects.toThrow(RangeError);
    await expect(inclusionProof(0, 0, read)).rejects.toThrow(RangeError);
    await expect(consistencyProof(0, 10, read)).rejects.toThrow(RangeError);
    await expect(consistencyProof(11, 10, read)).rejects.toThrow(RangeError);
    await expect(consistencyProof(1.5, 10, read)).rejects.toThrow(RangeError);
    expect(await consistencyProof(10, 10, read)).toEqual([]);
    await expect(inclusionProof(0, 10, async () => [])).rejects.toThrow(/returned 0 hashes/);
    const root = ref.mth(0, 10);
    for (const args of [
      [leaves[0], 0, 10, null, root],
      [leaves[0], 0, 10, [Buffer.alloc(3)], root],
      ['x', 0, 10, [], root],
      [leaves[0], 0.5, 10, [], root],
      [leaves[0], 0, 1, [], Buffer.alloc(32)],
    ]) {
      expect(verifyInclusion(...(args as Parameters<typeof verifyInclusion>))).toBe(false);
    }
    expect(verifyConsistency(5, 5, root, root, [])).toBe(true);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, root, [])).toBe(true);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, root, [root])).toBe(false);
    expect(verifyConsistency(6, 5, root, root, [root])).toBe(false);
    expect(verifyConsistency(1, 5, leaves[0]!, root, undefined as never)).toBe(false);
  });
});
