import type pg from 'pg';
import { auditEntryFromRow, erasureEntry, type AuditStorage, type NewAuditEntry } from '../audit.js';
import type { LedgerStorage } from '../types.js';
import { countPurge, purgeRecords } from './retention.js';
import { retryConflicts, transaction } from './transaction.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const INSERT_AUDIT = 'INSERT INTO audit_log (kind, at, actor, details) VALUES ($1, $2, $3, $4) RETURNING id, kind, at, actor, details';
const ERASE = `UPDATE evidence_records SET subject_id = NULL, ip = '', user_agent = '', identity_salt = '', erased_at = $1
  WHERE consent_id = ANY($2) AND erased_at IS NULL`;
// The chains' head_record gets the same fields cleared, when its record had not been erased yet.
const ERASE_HEADS = `UPDATE consent_chains SET head_record = head_record
    || jsonb_build_object('subjectId', NULL, 'ip', '', 'userAgent', '', 'identitySalt', '', 'erasedAt', $1::text)
  WHERE consent_id = ANY($2) AND head_record IS NOT NULL AND head_record->>'erasedAt' IS NULL`;
// Taken before the records are erased: an append to these chains waits for the commit, so the head
// it writes is the record as it stands after the erasure, and no head escapes it.
const LOCK_CHAINS = 'SELECT 1 FROM consent_chains WHERE consent_id = ANY($1) ORDER BY consent_id FOR UPDATE';

async function insertAudit(client: Queryable, entry: NewAuditEntry) {
  const { rows } = await client.query(INSERT_AUDIT, [entry.kind, entry.at, entry.actor, JSON.stringify(entry.details)]);
  return auditEntryFromRow(rows[0]);
}

/**
 * Erases the records of these chains and their head records, in the caller's transaction; answers
 * how many records it cleared.
 */
async function eraseChains(client: pg.PoolClient, consentIds: string[], erasedAt: string): Promise<number> {
  // As the history reads it back (timestamptz → toISOString), so head_record and the record agree.
  const at = new Date(erasedAt).toISOString();
  await client.query(LOCK_CHAINS, [consentIds]);
  const records = (await client.query(ERASE, [at, consentIds])).rowCount ?? 0;
  await client.query(ERASE_HEADS, [at, consentIds]);
  return records;
}

/**
 * The PostgreSQL store's erasures, purge and audit log. Each erasure and each purge is one
 * transaction (run again whole if PostgreSQL picked it as a deadlock's victim) that also appends its audit entry (an erasure only when it cleared something), so
 * an operation and its entry are committed together or not at all. `onPartitionsDropped` hears
 * of a purge that dropped partitions (the store then checks its current ones again).
 *
 * @example
 * const { erase, audit } = postgresMaintenance(pool);
 */
export function postgresMaintenance(
  pool: pg.Pool,
  onPartitionsDropped: () => void = () => {},
): Pick<LedgerStorage, 'erase' | 'eraseConsent' | 'purge' | 'oldestRecordAt' | 'audit'> {
  return {
    erase: (subjectId, erasedAt, actor) =>
      retryConflicts(() =>
        transaction(pool, async (client) => {
          const consentIds = (
            await client.query('SELECT DISTINCT consent_id FROM evidence_records WHERE subject_id = $1 ORDER BY consent_id', [subjectId])
          ).rows.map((row) => row.consent_id as string);
          const records = await eraseChains(client, consentIds, erasedAt);
          if (records) await insertAudit(client, erasureEntry('subject', consentIds, records, { actor, at: erasedAt }));
          return { consentIds, records };
        }),
      ),
    eraseConsent: (consentId, erasedAt, actor) =>
      retryConflicts(() =>
        transaction(pool, async (client) => {
          const records = await eraseChains(client, [consentId], erasedAt);
          const [state] = (await client.query('SELECT MAX(erased_at) AS erased_at FROM evidence_records WHERE consent_id = $1', [consentId])).rows;
          const latest = state?.erased_at as Date | null | undefined;
          if (records) await insertAudit(client, erasureEntry('consent', [consentId], records, { actor, at: erasedAt }));
          return { records, erasedAt: latest ? latest.toISOString() : null };
        }),
      ),
    purge: async (cutoff, options = {}) => {
      if (options.dryRun) return countPurge(pool, cutoff);
      const { audit } = options;
      // A second line behind the purge's lock order: a deadlock's victim runs again, whole.
      const { dropped, ...counts } = await retryConflicts(() =>
        transaction(pool, async (client) => {
          const purged = await purgeRecords(client, cutoff);
          const { records, consents } = purged;
          if (audit) await insertAudit(client, { kind: 'purge', at: audit.at, actor: audit.actor, details: { records, consents, cutoff } });
          return purged;
        }),
      );
      if (dropped.length) onPartitionsDropped();
      return counts;
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
