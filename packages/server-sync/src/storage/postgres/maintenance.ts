import type pg from 'pg';
import { auditEntryFromRow, erasureEntry, type AuditStorage, type NewAuditEntry } from '../audit.js';
import type { LedgerStorage } from '../types.js';
import { transaction } from './transaction.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const INSERT_AUDIT = 'INSERT INTO audit_log (kind, at, actor, details) VALUES ($1, $2, $3, $4) RETURNING id, kind, at, actor, details';
const ERASE = `UPDATE evidence_records SET subject_id = NULL, ip = '', user_agent = '', identity_salt = '', erased_at = $1
  WHERE consent_id = ANY($2) AND erased_at IS NULL`;
// Per chain, the last record that stopped applying before the cutoff: it and all before it go.
const DOOMED = `doomed AS (
  SELECT r.consent_id, MAX(r.seq) AS upto FROM evidence_records r
  LEFT JOIN evidence_records n ON n.consent_id = r.consent_id AND n.seq = r.seq + 1
  WHERE r.expires_at < $1::timestamptz OR n.recorded_at < $1::timestamptz GROUP BY r.consent_id)`;
// The same conditions as the purge, counting the records at or below each new base.
const COUNT_PURGE = `WITH ${DOOMED}
  SELECT COUNT(DISTINCT d.consent_id) AS consents, COUNT(e.seq) AS records FROM doomed d
  JOIN consent_chains c ON c.consent_id = d.consent_id
  JOIN evidence_records e ON e.consent_id = d.consent_id AND e.seq <= d.upto`;
const PURGE = `WITH ${DOOMED},
  bases AS (SELECT d.consent_id, d.upto, r.hash FROM doomed d JOIN evidence_records r ON r.consent_id = d.consent_id AND r.seq = d.upto),
  removed AS (DELETE FROM evidence_records e USING bases b WHERE e.consent_id = b.consent_id AND e.seq <= b.upto RETURNING 1),
  moved AS (UPDATE consent_chains c SET base_seq = b.upto, base_hash = b.hash FROM bases b WHERE c.consent_id = b.consent_id RETURNING 1)
  SELECT (SELECT COUNT(*) FROM removed) AS records, (SELECT COUNT(*) FROM moved) AS consents`;

async function insertAudit(client: Queryable, entry: NewAuditEntry) {
  const { rows } = await client.query(INSERT_AUDIT, [entry.kind, entry.at, entry.actor, JSON.stringify(entry.details)]);
  return auditEntryFromRow(rows[0]);
}

/**
 * The PostgreSQL store's erasures, purge and audit log. Each erasure and each purge is one
 * transaction that also appends its audit entry (an erasure only when it cleared something), so
 * an operation and its entry are committed together or not at all.
 *
 * @example
 * const { erase, audit } = postgresMaintenance(pool);
 */
export function postgresMaintenance(pool: pg.Pool): Pick<LedgerStorage, 'erase' | 'eraseConsent' | 'purge' | 'oldestRecordAt' | 'audit'> {
  return {
    erase: (subjectId, erasedAt, actor) =>
      transaction(pool, async (client) => {
        const consentIds = (
          await client.query('SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = $1 ORDER BY consent_id', [subjectId])
        ).rows.map((row) => row.consent_id as string);
        const records = (await client.query(ERASE, [erasedAt, consentIds])).rowCount ?? 0;
        if (records) await insertAudit(client, erasureEntry('subject', consentIds, records, { actor, at: erasedAt }));
        return { consentIds, records };
      }),
    eraseConsent: (consentId, erasedAt, actor) =>
      transaction(pool, async (client) => {
        const records = (await client.query(ERASE, [erasedAt, [consentId]])).rowCount ?? 0;
        const [state] = (await client.query('SELECT MAX(erased_at) AS erased_at FROM evidence_records WHERE consent_id = $1', [consentId])).rows;
        const latest = state?.erased_at as Date | null | undefined;
        if (records) await insertAudit(client, erasureEntry('consent', [consentId], records, { actor, at: erasedAt }));
        return { records, erasedAt: latest ? latest.toISOString() : null };
      }),
    purge: async (cutoff, options = {}) => {
      const counted = (row: Record<string, unknown> | undefined) => ({ records: Number(row?.records ?? 0), consents: Number(row?.consents ?? 0) });
      if (options.dryRun) return counted((await pool.query(COUNT_PURGE, [cutoff])).rows[0]);
      const { audit } = options;
      if (!audit) return counted((await pool.query(PURGE, [cutoff])).rows[0]);
      return transaction(pool, async (client) => {
        const counts = counted((await client.query(PURGE, [cutoff])).rows[0]);
        await insertAudit(client, { kind: 'purge', at: audit.at, actor: audit.actor, details: { ...counts, cutoff } });
        return counts;
      });
    },
    // One end of the recorded_at index (migration 6).
    oldestRecordAt: async () => {
      const at = (await pool.query('SELECT MIN(recorded_at) AS at FROM evidence_records')).rows[0]?.at as Date | null | undefined;
      return at ? at.toISOString() : null;
    },
    audit: postgresAudit(pool),
  };
}

function postgresAudit(pool: pg.Pool): AuditStorage {
  return {
    append: (entry) => insertAudit(pool, entry),
    list: async ({ kind, limit, before }) => {
      // Two statements rather than `($1 IS NULL OR kind = $1)`: each is one range scan of an index.
      const below = before ?? Number.MAX_SAFE_INTEGER;
      const { rows } =
        kind === undefined
          ? await pool.query('SELECT id, kind, at, actor, details FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2', [below, limit])
          : await pool.query('SELECT id, kind, at, actor, details FROM audit_log WHERE kind = $1 AND id < $2 ORDER BY id DESC LIMIT $3', [kind, below, limit]);
      return rows.map(auditEntryFromRow);
    },
  };
}
