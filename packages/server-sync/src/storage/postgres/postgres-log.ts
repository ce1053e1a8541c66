import type pg from 'pg';
import { leafHash } from '../../transparency-log/index.js';
import {
  checkpointFromRow,
  extendLog,
  leafFromRow,
  mismatchFromRow,
  mismatchQueries,
  unloggedFromRow,
  type LogGrowth,
  type LoggedRecord,
  type LogStateRow,
} from '../log-rows.js';
import type { LogStorage } from '../types.js';

type Row = Record<string, unknown>;
type Query = (sql: string, values?: unknown[]) => Promise<Row[]>;
// Records per catch-up transaction: large enough that commits are a small part of the time.
const CATCH_UP_PAGE = 10_000;

/**
 * Locks the one `log_state` row (every writer of every process takes it, after its chain rows, so
 * leaf order is commit order) and extends the log by the records: sets each record's `leafIndex`
 * and returns what to write, which `logWrites` turns into the statement's CTEs.
 *
 * @example
 * const growth = await lockPostgresLog(client, sealed.inserts); // before the records are inserted
 */
export async function lockPostgresLog(client: pg.PoolClient, records: LoggedRecord[]): Promise<LogGrowth> {
  const [row] = (await client.query('SELECT tree_size, frontier FROM log_state WHERE id = 1 FOR UPDATE')).rows as Row[];
  return extendLog({ treeSize: Number(row!.tree_size), frontier: String(row!.frontier) }, records);
}

/**
 * The log's writes as data-modifying CTEs with parameters from `$first` on: the leaves, the
 * completed subtrees and the new state go in the same statement as the records, so the row lock
 * is held for one round trip and the commit, not one per table.
 *
 * @example
 * const { ctes, values } = logWrites(growth, 34); // WITH r AS (INSERT …), ${ctes.join(', ')} SELECT 1
 */
export function logWrites(growth: LogGrowth, first: number): { ctes: string[]; values: unknown[] } {
  const at = (offset: number) => `$${first + offset}`;
  const ctes = [
    `log_leaves_added AS (INSERT INTO log_leaves (leaf_index, consent_id, seq, record_hash)
      SELECT * FROM unnest(${at(0)}::bigint[], ${at(1)}::text[], ${at(2)}::int[], ${at(3)}::text[]))`,
    `log_nodes_added AS (INSERT INTO log_nodes (level, node_index, hash) SELECT * FROM unnest(${at(4)}::int[], ${at(5)}::bigint[], ${at(6)}::text[]))`,
    `log_state_moved AS (UPDATE log_state SET tree_size = ${at(7)}, frontier = ${at(8)} WHERE id = 1)`,
  ];
  const values = [
    growth.leaves.map((leaf) => leaf.leafIndex),
    growth.leaves.map((leaf) => leaf.consentId),
    growth.leaves.map((leaf) => leaf.seq),
    growth.leaves.map((leaf) => leaf.recordHash),
    growth.nodes.map((node) => node.level),
    growth.nodes.map((node) => node.index),
    growth.nodes.map((node) => node.hash),
    growth.state.treeSize,
    growth.state.frontier,
  ];
  return { ctes, values };
}

/**
 * Gives leaves to records written before the log existed (or with it turned off), a page per
 * transaction, in commit order.
 *
 * @example
 * await catchUpPostgresLog((work) => transaction(pool, work));
 */
export async function catchUpPostgresLog(inTransaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>): Promise<void> {
  for (;;) {
    const logged = await inTransaction(async (client) => {
      // The state row first: a second process catching up at the same time waits, then finds nothing.
      await client.query('SELECT 1 FROM log_state WHERE id = 1 FOR UPDATE');
      const { rows } = await client.query(
        `SELECT record_id, consent_id, seq, hash FROM evidence_records WHERE leaf_index IS NULL
        ORDER BY recorded_at, consent_id, seq LIMIT ${CATCH_UP_PAGE} FOR UPDATE`,
      );
      const records = rows.map(unloggedFromRow);
      if (!records.length) return 0;
      const { ctes, values } = logWrites(await lockPostgresLog(client, records), 5);
      // A chain's head record (what checks read) gets its leaf index with the record.
      const heads = `heads_logged AS (UPDATE consent_chains c SET head_record = jsonb_set(c.head_record, '{leafIndex}', to_jsonb(v.leaf_index))
        FROM unnest($3::text[], $4::int[], $2::int[]) AS v(consent_id, seq, leaf_index)
        WHERE c.consent_id = v.consent_id AND c.head_seq = v.seq AND c.head_record IS NOT NULL)`;
      await client.query(
        `WITH ${[...ctes, heads].join(', ')} UPDATE evidence_records e SET leaf_index = v.leaf_index
        FROM unnest($1::text[], $2::int[]) AS v(record_id, leaf_index) WHERE e.record_id = v.record_id`,
        [
          records.map((record) => record.recordId),
          records.map((record) => record.leafIndex),
          records.map((record) => record.consentId),
          records.map((record) => record.seq),
          ...values,
        ],
      );
      return records.length;
    });
    if (logged < CATCH_UP_PAGE) return;
  }
}

/**
 * The PostgreSQL store's reads of the transparency log and its checkpoints.
 *
 * @example
 * const log = postgresLogStorage(query);
 * const { treeSize } = await log.state();
 */
export function postgresLogStorage(query: Query): LogStorage {
  return {
    async state() {
      const [row] = await query('SELECT tree_size, frontier FROM log_state WHERE id = 1');
      return { treeSize: Number(row!.tree_size), frontier: String(row!.frontier) } satisfies LogStateRow;
    },
    async hashes(level, start, end) {
      if (level === 0) {
        const rows = await query('SELECT record_hash FROM log_leaves WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index', [start, end]);
        return rows.map((row) => leafHash(String(row.record_hash)));
      }
      const rows = await query('SELECT hash FROM log_nodes WHERE level = $1 AND node_index >= $2 AND node_index < $3 ORDER BY node_index', [level, start, end]);
      return rows.map((row) => Buffer.from(String(row.hash), 'hex'));
    },
    leaves: async (start, limit) =>
      (await query('SELECT * FROM log_leaves WHERE leaf_index >= $1 ORDER BY leaf_index LIMIT $2', [start, limit])).map(leafFromRow),
    saveCheckpoint: async (row) =>
      void (await query('INSERT INTO log_checkpoints (tree_size, root_hash, created_at, note) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
        row.treeSize,
        row.rootHash,
        row.createdAt,
        row.note,
      ])),
    async checkpoint(treeSize) {
      const [row] =
        treeSize === undefined
          ? await query('SELECT * FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1')
          : await query('SELECT * FROM log_checkpoints WHERE tree_size = $1', [treeSize]);
      return row && checkpointFromRow(row);
    },
    checkpoints: async () => (await query('SELECT * FROM log_checkpoints ORDER BY tree_size')).map(checkpointFromRow),
    async leafOf(recordId) {
      const [row] = await query('SELECT leaf_index, hash FROM evidence_records WHERE record_id = $1', [recordId]);
      return row && { leafIndex: row.leaf_index === null ? null : Number(row.leaf_index), recordHash: String(row.hash) };
    },
    mismatches: async (limit) => {
      const [unlogged, deleted] = mismatchQueries('$1');
      // In chain order: the partitions of evidence_records return rows in no useful order.
      const inOrder = (rows: Row[]) =>
        rows.map(mismatchFromRow).sort((a, b) => (a.consentId < b.consentId ? -1 : a.consentId > b.consentId ? 1 : a.seq - b.seq));
      return [...inOrder(await query(unlogged, [limit])), ...inOrder(await query(deleted, [limit]))].slice(0, limit);
    },
  };
}
