import { openPostgresStorage } from './postgres/postgres-storage.js';
import { withReadReplica, type ReadReplicaOptions } from './postgres/replica.js';
import { openSqliteStorage } from './sqlite/sqlite-storage.js';
import type { LedgerStorage } from './types.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Options of `openStorage`.
 *
 * @example
 * await openStorage('postgres://ledger@db-primary/assent', { replica: 'postgres://ledger@db-replica/assent' });
 */
export interface OpenStorageOptions {
  /** A streaming read replica of a PostgreSQL ledger (`postgres://` URL) that answers checks; see `withReadReplica`. */
  replica?: string | undefined;
  /** Hears errors of idle PostgreSQL connections and failures of the replica (the primary answers meanwhile). */
  onError?: ((error: Error) => void) | undefined;
}

/**
 * Opens the store a location names: a `postgres://` / `postgresql://` URL opens PostgreSQL,
 * anything else is a SQLite file path (created if missing). With `replica`, checks of a
 * PostgreSQL ledger are read from that replica (`withReadReplica`); a SQLite ledger has none.
 *
 * @example
 * const storage = await openStorage(process.env.ASSENT_LEDGER_DB ?? './assent-ledger.sqlite');
 */
export async function openStorage(location: string, options: OpenStorageOptions = {}): Promise<LedgerStorage> {
  const postgres = POSTGRES_URL.test(location);
  if (options.replica === undefined) return postgres ? openPostgresStorage(location) : openSqliteStorage(location);
  // Refused before anything opens, so a mistaken command line creates no SQLite file.
  if (!postgres) throw new TypeError('A read replica needs a PostgreSQL ledger (a postgres:// URL); a SQLite file has a single database');
  if (!POSTGRES_URL.test(options.replica)) throw new TypeError('The read replica must be a postgres:// URL');
  const heard: ReadReplicaOptions = options.onError ? { onError: options.onError } : {};
  return withReadReplica(await openPostgresStorage(location, heard), options.replica, heard);
}
