import type { EvidenceRecord } from '../../evidence/types.js';
import { recordFromRow } from '../rows.js';

type Query = (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * The latest record of one consent id — what a check answers from — on any connection to the
 * ledger's database: the primary, or a streaming replica (`--replica`), which has the same schema.
 *
 * @example
 * const record = await postgresLatest(query, 'c-1234567');
 */
export async function postgresLatest(query: Query, consentId: string): Promise<EvidenceRecord | undefined> {
  const [row] = await query('SELECT * FROM evidence_records WHERE consent_id = $1 ORDER BY seq DESC LIMIT 1', [consentId]);
  return row ? recordFromRow(row) : undefined;
}
