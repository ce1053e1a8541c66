import type pg from 'pg';

/**
 * Runs `work` on one pooled connection inside `BEGIN … COMMIT`; rolls back and rethrows if it throws.
 *
 * @example
 * const rows = await transaction(pool, async (client) => (await client.query('SELECT 1')).rows);
 */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
