import type Database from 'better-sqlite3';
import type { EvidenceRecord } from '../../evidence/types.js';
import { checkpointFromRow, extendLog, leafFromRow, mismatchFromRow, mismatchQueries, unloggedFromRow, type LogGrowth, type LogStateRow } from '../log-rows.js';
import type { LogStorage } from '../types.js';
import { leafHash } from '../../transparency-log/index.js';

type Row = Record<string, unknown>;
// Records per catch-up transaction: large enough that commits are a small part of the time.
const CATCH_UP_PAGE = 10_000;

/**
 * The SQLite store's transparency log: `grow` runs inside the append transaction; `catchUp` gives
 * leaves to records written before the log existed (or with it turned off), in commit order.
 *
 * @example
 * const log = sqliteLog(db);
 * log.grow(sealed.inserts); // inside the write transaction, before the records are inserted
 */
export function sqliteLog(db: Database.Database): { grow(records: EvidenceRecord[]): void; catchUp(): void; storage: LogStorage } {
  const selectState = db.prepare('SELECT tree_size, frontier FROM log_state WHERE id = 1');
  const updateState = db.prepare('UPDATE log_state SET tree_size = ?, frontier = ? WHERE id = 1');
  const insertLeaf = db.prepare('INSERT INTO log_leaves (leaf_index, consent_id, seq, record_hash) VALUES (?, ?, ?, ?)');
  const insertNode = db.prepare('INSERT INTO log_nodes (level, node_index, hash) VALUES (?, ?, ?)');
  const setLeafIndex = db.prepare('UPDATE evidence_records SET leaf_index = ? WHERE rowid = ?');
  const selectUnlogged = db.prepare(
    `SELECT rowid, record_id, consent_id, seq, hash FROM evidence_records WHERE leaf_index IS NULL ORDER BY recorded_at, consent_id, seq LIMIT ${CATCH_UP_PAGE}`,
  );
  const selectLeafHashes = db.prepare('SELECT record_hash FROM log_leaves WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index').pluck();
  const selectNodes = db.prepare('SELECT hash FROM log_nodes WHERE level = ? AND node_index >= ? AND node_index < ? ORDER BY node_index').pluck();
  const selectLeaves = db.prepare('SELECT * FROM log_leaves WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?');
  const insertCheckpoint = db.prepare('INSERT INTO log_checkpoints (tree_size, root_hash, created_at, note) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const selectCheckpoint = db.prepare('SELECT * FROM log_checkpoints WHERE tree_size = ?');
  const selectLatestCheckpoint = db.prepare('SELECT * FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1');
  const selectCheckpoints = db.prepare('SELECT * FROM log_checkpoints ORDER BY tree_size');
  const selectLeafOf = db.prepare('SELECT leaf_index, hash FROM evidence_records WHERE record_id = ?');
  const [unlogged, deleted] = mismatchQueries('?');
  const selectUnloggedRecords = db.prepare(unlogged);
  const selectDeleted = db.prepare(deleted);

  const state = () => {
    const row = selectState.get() as Row;
    return { treeSize: Number(row.tree_size), frontier: String(row.frontier) } satisfies LogStateRow;
  };
  const write = (growth: LogGrowth) => {
    for (const leaf of growth.leaves) insertLeaf.run(leaf.leafIndex, leaf.consentId, leaf.seq, leaf.recordHash);
    for (const node of growth.nodes) insertNode.run(node.level, node.index, node.hash);
    updateState.run(growth.state.treeSize, growth.state.frontier);
  };
  const catchUpPage = db.transaction(() => {
    const rows = selectUnlogged.all() as Row[];
    const records = rows.map(unloggedFromRow);
    if (records.length) write(extendLog(state(), records));
    records.forEach((record, index) => setLeafIndex.run(record.leafIndex, rows[index]!.rowid));
    return records.length;
  });

  return {
    grow: (records) => write(extendLog(state(), records)),
    catchUp() {
      while (catchUpPage.immediate() === CATCH_UP_PAGE);
    },
    storage: {
      state: async () => state(),
      hashes: async (level, start, end) =>
        level === 0
          ? (selectLeafHashes.all(start, end) as string[]).map(leafHash)
          : (selectNodes.all(level, start, end) as string[]).map((hash) => Buffer.from(hash, 'hex')),
      leaves: async (start, limit) => (selectLeaves.all(start, limit) as Row[]).map(leafFromRow),
      saveCheckpoint: async (row) => void insertCheckpoint.run(row.treeSize, row.rootHash, row.createdAt, row.note),
      checkpoint: async (treeSize) => {
        const row = (treeSize === undefined ? selectLatestCheckpoint.get() : selectCheckpoint.get(treeSize)) as Row | undefined;
        return row && checkpointFromRow(row);
      },
      checkpoints: async () => (selectCheckpoints.all() as Row[]).map(checkpointFromRow),
      leafOf: async (recordId) => {
        const row = selectLeafOf.get(recordId) as Row | undefined;
        return row && { leafIndex: row.leaf_index === null ? null : Number(row.leaf_index), recordHash: String(row.hash) };
      },
      mismatches: async (limit) =>
        [...(selectUnloggedRecords.all(limit) as Row[]), ...(selectDeleted.all(limit) as Row[])].slice(0, limit).map(mismatchFromRow),
    },
  };
}
