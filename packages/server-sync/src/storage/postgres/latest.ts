import type { EvidenceRecord } from '../../evidence/types.js';

type Query = (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * The latest record of one consent id — what a check answers from — on any connection to the
 * ledger's database: the primary, or a streaming replica (`--replica`), which has the same schema.
 * One primary-key look-up of the chain row, whose `head_record` the append that moved the head
 * wrote (migration 9); it never reads `evidence_records`, however many partitions it has.
 *
 * @example
 * const record = await postgresLatest(query, 'c-1234567');
 */
export async function postgresLatest(query: Query, consentId: string): Promise<EvidenceRecord | undefined> {
  const [row] = await query('SELECT head_record FROM consent_chains WHERE consent_id = $1', [consentId]);
  const record = row?.head_record;
  if (record === null || record === undefined) return undefined;
  // pg parses jsonb; a driver set to hand back raw text gets the same record.
  return (typeof record === 'string' ? JSON.parse(record) : record) as EvidenceRecord;
}
