// The stores of the scale runs: a SQLite file or a PostgreSQL database, migrated by the ledger
// itself, grown by the raw preloads, and measured on disk.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStorage, openSqliteStorage } from '@assent/server-sync';
import { preloadPostgres } from './preload-postgres.mjs';
import { preloadSqlite } from './preload-sqlite.mjs';

/**
 * SQLite files in `dir`.
 * @param {string} dir
 */
export const sqliteStores = (dir) => ({
  kind: /** @type {const} */ ('sqlite'),
  async create(name) {
    const file = join(dir, `${name}.sqlite`);
    // The ledger's defaults (WAL, synchronous=FULL); opening runs its migrations.
    await openSqliteStorage(file).close();
    return {
      location: file,
      preload: async (from, to) => void preloadSqlite(file, from, to),
      sizes: async () => ({ total: [file, `${file}-wal`].filter(existsSync).reduce((sum, path) => sum + statSync(path).size, 0) }),
    };
  },
});

/**
 * Databases on the PostgreSQL cluster at `clusterUrl` (its `postgres` database).
 * @param {string} clusterUrl
 */
export const postgresStores = (clusterUrl) => ({
  kind: /** @type {const} */ ('postgres'),
  async create(name) {
    const admin = new pg.Client(clusterUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = clusterUrl.replace(/\/postgres$/, `/${name}`);
    await (await openPostgresStorage(url)).close();
    return {
      location: url,
      /** @param {{ spacing?: number, bulk?: boolean, onProgress?: (text: string) => void }} [options] */
      preload: (from, to, options) => preloadPostgres(url, from, to, { bulk: from === 0, ...options }),
      sizes: () => postgresSizes(url),
    };
  },
});

/**
 * Heap and index bytes of the ledger's tables, a partitioned table's partitions summed (its parent
 * holds no rows), and the whole database.
 * @param {string} url
 * @returns {Promise<Record<string, number>>}
 */
export async function postgresSizes(url) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query(`
      WITH parts AS (
        SELECT c.oid, coalesce(p.relname, c.relname) AS tab FROM pg_class c
          LEFT JOIN pg_inherits i ON i.inhrelid = c.oid LEFT JOIN pg_class p ON p.oid = i.inhparent
        WHERE c.relkind = 'r' AND coalesce(p.relname, c.relname) IN ('evidence_records', 'evidence_keys', 'consent_chains', 'log_leaves', 'log_nodes'))
      SELECT tab, sum(pg_table_size(oid))::bigint AS heap, sum(pg_indexes_size(oid))::bigint AS indexes FROM parts GROUP BY tab`);
    const sizes = { total: Number((await client.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n) };
    for (const row of rows) {
      sizes[`${row.tab}.heap`] = Number(row.heap);
      sizes[`${row.tab}.indexes`] = Number(row.indexes);
    }
    return sizes;
  } finally {
    await client.end();
  }
}
