import { openPostgresStorage } from './postgres/postgres-storage.js';
import { openSqliteStorage } from './sqlite/sqlite-storage.js';
import type { LedgerStorage } from './types.js';

/**
 * Opens the store a location names: a `postgres://` / `postgresql://` URL opens PostgreSQL,
 * anything else is a SQLite file path (created if missing).
 *
 * @example
 * const storage = await openStorage(process.env.ASSENT_LEDGER_DB ?? './assent-ledger.sqlite');
 */
export async function openStorage(location: string): Promise<LedgerStorage> {
  return /^postgres(ql)?:\/\//i.test(location) ? openPostgresStorage(location) : openSqliteStorage(location);
}
