import type { EvidenceRecord } from '../evidence/types.js';
import type { LogCheckpointRow, LogMismatch } from './types.js';
import { appendLeaves, leafHash, type LogFrontier } from '../transparency-log/index.js';

const HASH_HEX = 64;

/**
 * The `log_state` row: the tree size and its frontier (the right edge's complete subtree hashes,
 * largest first), stored as one string of 64-hex-digit hashes.
 *
 * @example
 * const state: LogStateRow = { treeSize: 3, frontier: 'ab…cd' };
 */
export interface LogStateRow {
  treeSize: number;
  frontier: string;
}

/**
 * A leaf as stored in `log_leaves`: which record it is, so that `verify` can tell a deleted
 * record from one that retention purged.
 *
 * @example
 * const leaf: LogLeafRow = { leafIndex: 0, consentId: 'c-1234567', seq: 1, recordHash: 'ab…' };
 */
export interface LogLeafRow {
  leafIndex: number;
  consentId: string;
  seq: number;
  recordHash: string;
}

/**
 * What one append adds to the log: the leaves, the newly completed subtrees at stored levels, the
 * new state.
 *
 * @example
 * const growth: LogGrowth = extendLog(state, sealed.inserts);
 */
export interface LogGrowth {
  leaves: LogLeafRow[];
  nodes: Array<{ level: number; index: number; hash: string }>;
  state: LogStateRow;
}

/**
 * What the log needs of a record: its place in its chain and its hash; `leafIndex` is set.
 *
 * @example
 * const logged: LoggedRecord = { recordId: 'r-1', consentId: 'c-1234567', seq: 1, hash: 'ab…', leafIndex: null };
 */
export type LoggedRecord = Pick<EvidenceRecord, 'recordId' | 'consentId' | 'seq' | 'hash' | 'leafIndex'>;

/**
 * The columns catch-up reads of a record still without a leaf (`record_id, consent_id, seq, hash`).
 *
 * @example
 * const records = rows.map(unloggedFromRow);
 */
export const unloggedFromRow = (row: Record<string, unknown>): LoggedRecord => ({
  recordId: String(row.record_id),
  consentId: String(row.consent_id),
  seq: Number(row.seq),
  hash: String(row.hash),
  leafIndex: null,
});

/**
 * Reads a stored frontier.
 *
 * @example
 * decodeFrontier({ treeSize: 1, frontier: 'ab'.repeat(32) }).hashes.length; // 1
 */
export function decodeFrontier(row: LogStateRow): LogFrontier {
  const hashes: Buffer[] = [];
  for (let at = 0; at < row.frontier.length; at += HASH_HEX) hashes.push(Buffer.from(row.frontier.slice(at, at + HASH_HEX), 'hex'));
  return { size: Number(row.treeSize), hashes };
}

/**
 * Appends records to the log in the order given (commit order), setting each record's
 * `leafIndex`: O(log n) per record, whatever the size of the log.
 *
 * @example
 * const growth = extendLog(stateRow, sealed.inserts); // then insert growth.leaves, growth.nodes; store growth.state
 */
export function extendLog(row: LogStateRow, records: LoggedRecord[]): LogGrowth {
  const before = decodeFrontier(row);
  const leaves = records.map((record, offset) => {
    const leafIndex = before.size + offset;
    record.leafIndex = leafIndex;
    return { leafIndex, consentId: record.consentId, seq: record.seq, recordHash: record.hash };
  });
  const { frontier, nodes } = appendLeaves(
    before,
    records.map((record) => leafHash(record.hash)),
  );
  return {
    leaves,
    nodes: nodes.map((node) => ({ level: node.level, index: node.index, hash: node.hash.toString('hex') })),
    state: { treeSize: frontier.size, frontier: frontier.hashes.map((hash) => hash.toString('hex')).join('') },
  };
}

type Row = Record<string, unknown>;

/**
 * Turns a `log_leaves` row of either store into a leaf.
 *
 * @example
 * const leaf = leafFromRow({ leaf_index: 0, consent_id: 'c-1234567', seq: 1, record_hash: 'ab…' });
 */
export const leafFromRow = (row: Row): LogLeafRow => ({
  leafIndex: Number(row.leaf_index),
  consentId: String(row.consent_id),
  seq: Number(row.seq),
  recordHash: String(row.record_hash),
});

/**
 * Turns a `log_checkpoints` row of either store into a checkpoint row.
 *
 * @example
 * const checkpoint = checkpointFromRow(row);
 */
export const checkpointFromRow = (row: Row): LogCheckpointRow => ({
  treeSize: Number(row.tree_size),
  rootHash: String(row.root_hash),
  createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : String(row.created_at),
  note: String(row.note),
});

/**
 * Turns a mismatch row of either store's check into a `LogMismatch`.
 *
 * @example
 * const mismatch = mismatchFromRow(row);
 */
export const mismatchFromRow = (row: Row): LogMismatch => ({
  consentId: String(row.consent_id),
  seq: Number(row.seq),
  leafIndex: row.leaf_index === null || row.leaf_index === undefined ? null : Number(row.leaf_index),
  problem: row.problem as LogMismatch['problem'],
});

/**
 * The two checks of records against leaves, in SQL both stores run, with `limit` as the
 * placeholder of their row limit (`?` or `$1`): a record without its leaf (or whose leaf names
 * another record or hash), and a leaf whose record is gone although retention cannot have purged
 * it — retention only ever moves a chain's base past a leaf, and the base record's hash is the leaf's.
 *
 * @example
 * const [unlogged, deleted] = mismatchQueries('?');
 */
export function mismatchQueries(limit: string): [string, string] {
  return [
    `SELECT r.consent_id, r.seq, r.leaf_index, 'record-not-in-log' AS problem FROM evidence_records r
      LEFT JOIN log_leaves l ON l.leaf_index = r.leaf_index
      WHERE l.leaf_index IS NULL OR l.record_hash <> r.hash OR l.consent_id <> r.consent_id OR l.seq <> r.seq LIMIT ${limit}`,
    `SELECT l.consent_id, l.seq, l.leaf_index, 'record-deleted' AS problem FROM log_leaves l
      LEFT JOIN evidence_records r ON r.consent_id = l.consent_id AND r.seq = l.seq
      LEFT JOIN consent_chains c ON c.consent_id = l.consent_id
      WHERE r.record_id IS NULL AND (c.consent_id IS NULL OR l.seq > c.base_seq OR (l.seq = c.base_seq AND l.record_hash <> c.base_hash)) LIMIT ${limit}`,
  ];
}
