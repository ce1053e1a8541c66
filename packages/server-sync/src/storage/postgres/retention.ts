import type pg from 'pg';
import { MAX_VALIDITY_DAYS } from '../../evidence/validate.js';
import { listPartitions, monthStart } from './partitions.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const DAY_MS = 86_400_000;
// Per chain, the last record that stopped applying before the cutoff ($1): it and all before it go.
// A record recorded before $2, a month start, lies in a partition every record of which expired
// before the cutoff (no record is valid longer than MAX_VALIDITY_DAYS), so those partitions are
// only read for each chain's highest seq; the rest is judged record by record.
const DOOMED = `doomed AS (
  SELECT consent_id, MAX(seq) AS upto FROM (
    SELECT consent_id, seq FROM evidence_records WHERE recorded_at < $2::timestamptz
    UNION ALL
    SELECT r.consent_id, r.seq FROM evidence_records r
    LEFT JOIN evidence_records n ON n.consent_id = r.consent_id AND n.seq = r.seq + 1
    WHERE r.recorded_at >= $2::timestamptz AND (r.expires_at < $1::timestamptz OR n.recorded_at < $1::timestamptz)
  ) stopped GROUP BY consent_id)`;
// The same conditions as the purge, counting the records at or below each new base.
const COUNT_PURGE = `WITH ${DOOMED}
  SELECT COUNT(DISTINCT d.consent_id) AS consents, COUNT(e.seq) AS records FROM doomed d
  JOIN consent_chains c ON c.consent_id = d.consent_id
  JOIN evidence_records e ON e.consent_id = d.consent_id AND e.seq <= d.upto`;
// Everything but the partitions dropped whole (recorded before $2): their rows are counted here and
// go with their tables right after, in the same transaction. A chain whose head goes loses its
// head_record, as a check then finds nothing.
const PURGE = `WITH ${DOOMED},
  bases AS (SELECT d.consent_id, d.upto, r.hash FROM doomed d JOIN evidence_records r ON r.consent_id = d.consent_id AND r.seq = d.upto),
  removed AS (DELETE FROM evidence_records e USING bases b WHERE e.consent_id = b.consent_id AND e.seq <= b.upto AND e.recorded_at >= $2::timestamptz RETURNING 1),
  keys_removed AS (DELETE FROM evidence_keys k USING bases b WHERE k.consent_id = b.consent_id AND k.seq <= b.upto RETURNING 1),
  moved AS (UPDATE consent_chains c SET base_seq = b.upto, base_hash = b.hash, head_record = CASE WHEN b.upto >= c.head_seq THEN NULL ELSE c.head_record END
    FROM bases b WHERE c.consent_id = b.consent_id RETURNING 1)
  SELECT (SELECT COUNT(*) FROM removed) + (SELECT COUNT(*) FROM evidence_records WHERE recorded_at < $2::timestamptz) AS records,
    (SELECT COUNT(*) FROM moved) AS consents`;

/**
 * The first month whose partition must stay at this cutoff: every partition of an earlier month
 * ends at least MAX_VALIDITY_DAYS before the cutoff, so each of its records expired before it.
 *
 * @example
 * keptFrom('2027-06-15T00:00:00.000Z').toISOString(); // '2026-05-01T00:00:00.000Z'
 */
export function keptFrom(cutoff: string): Date {
  return monthStart(Date.parse(cutoff) - MAX_VALIDITY_DAYS * DAY_MS);
}

/**
 * Counts what `purgeRecords` would delete at this cutoff, changing nothing.
 *
 * @example
 * const { records, consents } = await countPurge(pool, '2026-06-01T00:00:00.000Z');
 */
export async function countPurge(client: Queryable, cutoff: string): Promise<{ records: number; consents: number }> {
  const [row] = (await client.query(COUNT_PURGE, [cutoff, keptFrom(cutoff).toISOString()])).rows;
  return { records: Number(row?.records ?? 0), consents: Number(row?.consents ?? 0) };
}

/**
 * Deletes the records that stopped applying before the cutoff, inside the caller's transaction:
 * drops whole the partitions entirely past retention (after moving their chains' bases and
 * deleting their `evidence_keys`), and deletes the rest row by row. Answers the counts and whether
 * it dropped any partition.
 *
 * @example
 * const { records, consents } = await transaction(pool, (client) => purgeRecords(client, cutoff));
 */
export async function purgeRecords(client: pg.PoolClient, cutoff: string): Promise<{ records: number; consents: number; dropped: string[] }> {
  const kept = keptFrom(cutoff);
  const dropped = (await listPartitions(client)).filter(({ month }) => month < kept).map(({ name }) => name);
  // Before any other lock, in the order appends and erasures take theirs (chain rows, then
  // records): the chain table first, in a mode that waits for the chain rows they lock (FOR UPDATE)
  // and makes new ones wait, yet lets checks read; then the records, whose partitions go.
  if (dropped.length) await client.query('LOCK TABLE consent_chains IN EXCLUSIVE MODE; LOCK TABLE evidence_records IN ACCESS EXCLUSIVE MODE');
  const [row] = (await client.query(PURGE, [cutoff, kept.toISOString()])).rows;
  if (dropped.length) await client.query(`DROP TABLE ${dropped.join(', ')}`);
  return { records: Number(row?.records ?? 0), consents: Number(row?.consents ?? 0), dropped };
}
