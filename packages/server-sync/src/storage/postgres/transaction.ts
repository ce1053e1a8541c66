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

// Deadlock, serialization failure: PostgreSQL rolled the transaction back; running it again is safe.
const CONFLICTS = new Set(['40P01', '40001']);

/**
 * Runs a whole transaction again (up to `attempts` times, after a short random pause) when
 * PostgreSQL chose it as a deadlock's victim or failed to serialize it; rethrows anything else.
 *
 * @example
 * const purged = await retryConflicts(() => transaction(pool, (client) => purgeRecords(client, cutoff)));
 */
export async function retryConflicts<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !CONFLICTS.has((error as { code?: string }).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
