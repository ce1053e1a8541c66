import { consistencyProof, frontierRoot, inclusionProof, parseSignerKey, signCheckpoint, verifierKeyOf } from '../transparency-log/index.js';
import { decodeFrontier } from '../storage/log-rows.js';
import type { LedgerStorage, LogCheckpointRow } from '../storage/types.js';

/**
 * How the ledger signs its transparency log.
 *
 * @example
 * createLedger({ storage, log: { signerKey: process.env.ASSENT_LOG_KEY, checkpointEvery: { records: 1000, seconds: 60 } } });
 */
export interface LedgerLogOptions {
  /**
   * The Ed25519 signer key (`PRIVATE+KEY+<origin>+…`, from `assent-ledger keygen`). Without one
   * the log still grows with every record, but no checkpoint is signed.
   */
  signerKey?: string | undefined;
  /** A checkpoint after this many new records or seconds, whichever comes first (0: never on that count). Default 10,000 records or 60 s. */
  checkpointEvery?: { records?: number; seconds?: number };
}

/**
 * A record's inclusion proof: the record hash, its leaf index, and the RFC 9162 audit path (hex
 * SHA-256 hashes) to the root of the signed checkpoint given with it.
 *
 * @example
 * const proof: InclusionProof = await ledger.log.inclusion(recordId);
 */
export interface InclusionProof {
  recordId: string;
  recordHash: string;
  leafIndex: number;
  treeSize: number;
  proof: string[];
  checkpoint: string;
}

/**
 * The ledger's transparency log: signed checkpoints and the proofs that tie records and
 * checkpoints together.
 *
 * @example
 * const note = (await ledger.log.checkpoint())?.note;
 */
export interface LedgerLog {
  /** The origin line of its checkpoints (the signer key's name); `undefined` without a key. */
  readonly origin: string | undefined;
  /** The key that verifies its checkpoints (`<origin>+<id>+<key>`); `undefined` without a key. */
  readonly verifierKey: string | undefined;
  /**
   * The latest signed checkpoint. With `fresh`, one is made first when records were added since
   * (at most one a second), so a record just written can be proven at once.
   */
  checkpoint(options?: { fresh?: boolean }): Promise<LogCheckpointRow | undefined>;
  /** The stored checkpoint of exactly that tree size. */
  checkpointAt(treeSize: number): Promise<LogCheckpointRow | undefined>;
  /** The proof that the record is in the latest checkpoint (one is made when none covers it yet). */
  inclusion(recordId: string): Promise<InclusionProof | undefined>;
  /** The RFC 9162 consistency proof (hex) that the tree of `fromSize` is a prefix of the tree of `toSize`. */
  consistency(fromSize: number, toSize: number): Promise<string[]>;
  /** Called after each commit: makes a checkpoint when enough records were added. */
  noteAppended(records: number): void;
  /** Stops the checkpoint timer. */
  stop(): void;
}

const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));

/**
 * Creates the ledger's log service over a storage.
 *
 * @example
 * const log = createLedgerLog(storage, { signerKey }, Date.now, (error) => console.error(error));
 */
export function createLedgerLog(storage: LedgerStorage, options: LedgerLogOptions, now: () => number, onError: (error: unknown) => void): LedgerLog {
  const signerKey = options.signerKey || undefined;
  const origin = signerKey ? parseSignerKey(signerKey).name : undefined;
  const everyRecords = options.checkpointEvery?.records ?? 10_000;
  const everySeconds = options.checkpointEvery?.seconds ?? 60;
  let pending = 0;
  let lastMade = 0;
  let making: Promise<LogCheckpointRow | undefined> | undefined;

  // One at a time in this process; other processes may sign the same size: the store keeps one.
  const make = () =>
    (making ??= (async () => {
      try {
        const state = await storage.log.state();
        const latest = await storage.log.checkpoint();
        if (!signerKey || state.treeSize === 0 || (latest && latest.treeSize >= state.treeSize)) return latest;
        const rootHash = frontierRoot(decodeFrontier(state));
        const time = new Date(now());
        const row = {
          treeSize: state.treeSize,
          rootHash: rootHash.toString('hex'),
          createdAt: time.toISOString(),
          note: signCheckpoint({ origin: origin!, size: state.treeSize, rootHash, time }, signerKey),
        };
        pending = 0;
        lastMade = now();
        await storage.log.saveCheckpoint(row);
        return (await storage.log.checkpoint(row.treeSize)) ?? row;
      } finally {
        making = undefined;
      }
    })());
  const timer =
    signerKey && everySeconds > 0
      ? setInterval(() => {
          if (pending > 0) make().catch(onError);
        }, everySeconds * 1000)
      : undefined;
  timer?.unref?.();

  const latest = async (fresh: boolean) => {
    const stored = await storage.log.checkpoint();
    if (!fresh || !signerKey || now() - lastMade < 1000) return stored;
    return make();
  };

  return {
    origin,
    verifierKey: signerKey && verifierKeyOf(signerKey),
    checkpoint: (checkpointOptions = {}) => latest(checkpointOptions.fresh === true),
    checkpointAt: (treeSize) => storage.log.checkpoint(treeSize),
    async inclusion(recordId) {
      const leaf = await storage.log.leafOf(recordId);
      if (!leaf || leaf.leafIndex === null) return undefined;
      // The latest stored checkpoint when it covers the record (one read); else a new one.
      let checkpoint = await storage.log.checkpoint();
      if (signerKey && (!checkpoint || checkpoint.treeSize <= leaf.leafIndex)) {
        // A record newer than the last checkpoint: sign one, but never more than one a second,
        // however many such requests come (the endpoint is public).
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(0, 1000 - (now() - lastMade)))));
        checkpoint = await make();
      }
      if (!checkpoint || checkpoint.treeSize <= leaf.leafIndex) return undefined;
      const proof = await inclusionProof(leaf.leafIndex, checkpoint.treeSize, storage.log.hashes);
      return {
        recordId,
        recordHash: leaf.recordHash,
        leafIndex: leaf.leafIndex,
        treeSize: checkpoint.treeSize,
        proof: hex(proof),
        checkpoint: checkpoint.note,
      };
    },
    consistency: async (fromSize, toSize) => hex(await consistencyProof(fromSize, toSize, storage.log.hashes)),
    noteAppended(records) {
      pending += records;
      if (signerKey && everyRecords > 0 && pending >= everyRecords) make().catch(onError);
    },
    stop: () => clearInterval(timer),
  };
}
