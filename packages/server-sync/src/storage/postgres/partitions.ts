import type pg from 'pg';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

// One advisory lock id for creating partitions ('part'), separate from the migrations' lock.
const PARTITION_LOCK = 0x70617274;
// PostgreSQL's answer to a row no partition accepts: "no partition of relation … found for row".
const NO_PARTITION = '23514';

/**
 * The first instant (UTC) of the month holding `at`.
 *
 * @example
 * monthStart(new Date('2026-12-17T10:00:00Z')).toISOString(); // '2026-12-01T00:00:00.000Z'
 */
export function monthStart(at: Date | string | number): Date {
  const date = new Date(at);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/**
 * The month start `months` months after the month of `at` (negative: before).
 *
 * @example
 * addMonths(new Date('2026-12-01T00:00:00Z'), 1).toISOString(); // '2027-01-01T00:00:00.000Z'
 */
export function addMonths(at: Date, months: number): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1));
}

/**
 * The name of the partition of `evidence_records` holding the records of one UTC month.
 *
 * @example
 * partitionName(new Date('2026-12-17T10:00:00Z')); // 'evidence_records_p202612'
 */
export function partitionName(at: Date): string {
  const start = monthStart(at);
  return `evidence_records_p${start.getUTCFullYear()}${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The month a partition name stands for (its lower bound), or undefined for another table name.
 *
 * @example
 * partitionMonth('evidence_records_p202612')?.toISOString(); // '2026-12-01T00:00:00.000Z'
 */
export function partitionMonth(name: string): Date | undefined {
  const match = /^evidence_records_p(\d{4})(\d{2})$/.exec(name);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : undefined;
}

/**
 * The statement creating the partition of one month (if it does not exist yet).
 *
 * @example
 * await client.query(createPartitionSql(new Date())); // CREATE TABLE IF NOT EXISTS evidence_records_p202612 PARTITION OF …
 */
export function createPartitionSql(month: Date): string {
  const from = monthStart(month);
  const bound = (at: Date) => `'${at.toISOString().slice(0, 10)} 00:00+00'`;
  return `CREATE TABLE IF NOT EXISTS ${partitionName(from)} PARTITION OF evidence_records FOR VALUES FROM (${bound(from)}) TO (${bound(addMonths(from, 1))})`;
}

/**
 * Creates the missing partitions of the months holding these instants, each in one transaction of
 * its own under an advisory lock, so that processes creating the same one at once do not collide.
 * A month whose partition exists costs one catalogue look-up and takes no lock on the records.
 *
 * @example
 * await ensurePartitions(pool, [new Date(), addMonths(new Date(), 1)]);
 */
export async function ensurePartitions(pool: pg.Pool, instants: ReadonlyArray<Date | string>): Promise<void> {
  const names = new Map(instants.map((at) => [partitionName(new Date(at)), monthStart(at)]));
  // The partitions of this table only: a same-named table in another schema is not one of them.
  const { rows } = await pool.query(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'evidence_records'::regclass AND c.relname = ANY($1)`,
    [[...names.keys()]],
  );
  for (const { relname } of rows) names.delete(relname as string);
  for (const month of names.values()) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      await client.query(createPartitionSql(month));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Whether an error is PostgreSQL refusing a row because no partition holds its month.
 *
 * @example
 * if (isMissingPartition(error)) await ensurePartitions(pool, months);
 */
export function isMissingPartition(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === NO_PARTITION && String(message).includes('no partition');
}

/**
 * Keeps the partitions of the current and the next month in place, checking once per process per
 * month: `ensure()` is a string comparison when the month has not changed. `forget()` makes the next
 * call check again (after a purge dropped partitions).
 *
 * @example
 * const current = currentPartitions(pool);
 * await current.ensure(); // before an append
 */
export function currentPartitions(pool: pg.Pool, now: () => number = Date.now): { ensure(): Promise<void>; forget(): void } {
  let checked = '';
  return {
    async ensure() {
      const month = monthStart(now());
      const key = partitionName(month);
      if (key === checked) return;
      await ensurePartitions(pool, [month, addMonths(month, 1)]);
      checked = key;
    },
    forget() {
      checked = '';
    },
  };
}

/**
 * The partitions of `evidence_records`, by name, with the month each holds; oldest first.
 *
 * @example
 * const partitions = await listPartitions(pool); // [{ name: 'evidence_records_p202612', month: Date }]
 */
export async function listPartitions(client: Queryable): Promise<Array<{ name: string; month: Date }>> {
  const { rows } = await client.query(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'evidence_records'::regclass ORDER BY c.relname`,
  );
  return rows.flatMap(({ relname }) => {
    const month = partitionMonth(relname as string);
    return month ? [{ name: relname as string, month }] : [];
  });
}
