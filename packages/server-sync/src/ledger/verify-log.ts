import { timeSlicer } from './time-slice.js';
import {
  appendLeaves,
  CheckpointError,
  parseVerifierKey,
  type StoredNode,
  emptyFrontier,
  frontierRoot,
  leafHash,
  openCheckpoint,
} from '../transparency-log/index.js';
import { decodeFrontier } from '../storage/log-rows.js';
import type { LedgerStorage, LogCheckpointRow } from '../storage/types.js';

/**
 * One thing wrong with the transparency log, found by `verify`.
 *
 * @example
 * const problem: LogProblem = { problem: 'checkpoint-mismatch', treeSize: 1000 };
 */
export interface LogProblem {
  problem:
    | 'log-gap'
    | 'log-node-mismatch'
    | 'log-state-mismatch'
    | 'checkpoint-mismatch'
    | 'checkpoint-signature'
    | 'checkpoint-beyond-log'
    | 'record-not-in-log'
    | 'record-deleted';
  treeSize?: number;
  leafIndex?: number | null;
  consentId?: string;
  seq?: number;
  /** Which checkpoint: `stored` in the ledger, or `witness` (given to verify from elsewhere). */
  source?: 'stored' | 'witness';
}

/**
 * What `verify` found about the log: its size and root as rebuilt from the leaves, and how many
 * checkpoints were checked against them (signatures only where a verifier key was known).
 *
 * @example
 * const { treeSize, checkpoints } = report.log;
 */
export interface LogReport {
  treeSize: number;
  rootHash: string;
  checkpoints: number;
  witnessCheckpoints: number;
  signaturesChecked: boolean;
}

const PAGE = 10_000;

interface Expected {
  treeSize: number;
  rootHash: string;
  source: 'stored' | 'witness';
}

/**
 * Rebuilds the Merkle tree from the stored leaves in one pass (O(log n) memory), and checks: no
 * leaf is missing, every stored subtree hash and the stored frontier match the rebuild, every
 * checkpoint (stored, and any given from elsewhere) is validly signed and has the rebuilt root at
 * its size — a checkpoint larger than the log means records were cut off its end — and every
 * record has its leaf, every leaf its record (unless retention purged it).
 *
 * @example
 * const { problems, log } = await verifyLog(storage, { verifierKey, witnesses: [noteText] });
 */
export async function verifyLog(
  storage: LedgerStorage,
  options: { verifierKey?: string | undefined; witnesses?: readonly string[]; maxProblems: number },
): Promise<{ problems: LogProblem[]; log: LogReport }> {
  const problems: LogProblem[] = [];
  const report = (problem: LogProblem) => void (problems.length < options.maxProblems && problems.push(problem));
  const stored = await storage.log.checkpoints();
  const expected: Expected[] = [];
  for (const checkpoint of stored) {
    expected.push({ treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, source: 'stored' });
    if (options.verifierKey) checkSigned(checkpoint, options.verifierKey, 'stored', report);
  }
  for (const note of options.witnesses ?? []) {
    const opened = openWitness(note, options.verifierKey, report);
    if (opened) expected.push(opened);
  }
  expected.sort((a, b) => a.treeSize - b.treeSize);

  let frontier = emptyFrontier();
  let next = 0; // the next checkpoint to compare, in `expected`
  const compare = () => {
    for (; next < expected.length && expected[next]!.treeSize <= frontier.size; next++) {
      const checkpoint = expected[next]!;
      if (checkpoint.treeSize === frontier.size && checkpoint.rootHash !== frontierRoot(frontier).toString('hex')) {
        report({ problem: 'checkpoint-mismatch', treeSize: checkpoint.treeSize, source: checkpoint.source });
      }
    }
  };
  compare();
  const pause = timeSlicer();
  for (let page = await storage.log.leaves(0, PAGE); page.length; page = await storage.log.leaves(frontier.size, PAGE)) {
    await pause();
    const built: StoredNode[] = [];
    for (const leaf of page) {
      if (leaf.leafIndex !== frontier.size) {
        // Leaves are missing from the middle: nothing after them can match any checkpoint.
        report({ problem: 'log-gap', leafIndex: frontier.size });
        return { problems, log: summary(frontier, stored.length, expected.length - stored.length, options) };
      }
      const grown = appendLeaves(frontier, [leafHash(leaf.recordHash)]);
      frontier = grown.frontier;
      built.push(...grown.nodes);
      compare();
    }
    await compareNodes(storage, built, report);
  }
  for (; next < expected.length; next++) report({ problem: 'checkpoint-beyond-log', treeSize: expected[next]!.treeSize, source: expected[next]!.source });
  const state = decodeFrontier(await storage.log.state());
  if (state.size !== frontier.size || Buffer.compare(Buffer.concat(state.hashes), Buffer.concat(frontier.hashes)) !== 0) {
    report({ problem: 'log-state-mismatch', treeSize: state.size });
  }
  for (const mismatch of await storage.log.mismatches(options.maxProblems)) report(mismatch);
  return { problems, log: summary(frontier, stored.length, expected.length - stored.length, options) };
}

// The subtree hashes a page of leaves completed, against the stored ones: one read per level.
async function compareNodes(storage: LedgerStorage, built: StoredNode[], report: (problem: LogProblem) => void): Promise<void> {
  const levels = new Map<number, StoredNode[]>();
  for (const node of built) levels.get(node.level)?.push(node) ?? levels.set(node.level, [node]);
  for (const [level, nodes] of levels) {
    // Completed in index order, so each level's nodes are one contiguous run.
    const kept = await storage.log.hashes(level, nodes[0]!.index, nodes.at(-1)!.index + 1);
    nodes.forEach((node, offset) => {
      if (!kept[offset]?.equals(node.hash)) report({ problem: 'log-node-mismatch', treeSize: (node.index + 1) * 2 ** level });
    });
  }
}

const summary = (
  frontier: ReturnType<typeof emptyFrontier>,
  checkpoints: number,
  witnessCheckpoints: number,
  options: { verifierKey?: string | undefined },
) => ({
  treeSize: frontier.size,
  rootHash: frontierRoot(frontier).toString('hex'),
  checkpoints,
  witnessCheckpoints,
  signaturesChecked: !!options.verifierKey,
});

function checkSigned(checkpoint: LogCheckpointRow, verifierKey: string, source: 'stored', report: (problem: LogProblem) => void): void {
  try {
    const opened = openCheckpoint(checkpoint.note, verifierKey);
    // The note is what was signed; the columns beside it are what the ledger reads: both must agree.
    if (opened.size !== checkpoint.treeSize || opened.rootHash.toString('hex') !== checkpoint.rootHash) throw new Error('columns differ from the note');
    if (opened.origin !== parseVerifierKey(verifierKey).name) throw new Error('another log');
  } catch {
    report({ problem: 'checkpoint-signature', treeSize: checkpoint.treeSize, source });
  }
}

// A checkpoint kept elsewhere is worth something only if it is signed by the log's key.
function openWitness(note: string, verifierKey: string | undefined, report: (problem: LogProblem) => void): Expected | undefined {
  if (!verifierKey) throw new Error('Checking a checkpoint needs the verifier key of the log (--verifier-key, or the signer key)');
  try {
    const opened = openCheckpoint(note, verifierKey);
    // One key may sign several logs: a checkpoint of another log says nothing about this one.
    if (opened.origin !== parseVerifierKey(verifierKey).name) {
      report({ problem: 'checkpoint-signature', source: 'witness' });
      return undefined;
    }
    return { treeSize: opened.size, rootHash: opened.rootHash.toString('hex'), source: 'witness' };
  } catch (error) {
    if (!(error instanceof CheckpointError)) throw error;
    report({ problem: 'checkpoint-signature', source: 'witness' });
    return undefined;
  }
}
