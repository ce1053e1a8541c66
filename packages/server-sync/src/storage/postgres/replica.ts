import type pg from 'pg';
import type { EvidenceRecord } from '../../evidence/types.js';
import { loadDriver } from '../drivers.js';
import type { LatestOptions, LedgerStorage } from '../types.js';
import { postgresLatest } from './latest.js';
import type { PostgresConnectionConfig } from './postgres-storage.js';

/**
 * Options of `withReadReplica`.
 *
 * @example
 * withReadReplica(storage, process.env.REPLICA_URL!, { timeoutMs: 100, onError: (error) => console.warn(error.message) });
 */
export interface ReadReplicaOptions {
  /** Pool size on the replica. Default 10. */
  maxConnections?: number;
  /** How long a read on the replica may take, connecting included, before the primary answers instead. Default 1,000 ms. */
  timeoutMs?: number;
  /** After a failed or slow replica read, how long only the primary answers before the replica is tried again. Default 5,000 ms. */
  retryAfterMs?: number;
  /** Hears the replica failing (once per `retryAfterMs` at most); the check is answered by the primary all the same. */
  onError?: (error: Error) => void;
}

// A check on the replica takes about a millisecond; the timeout is for a replica that hangs. Only
// the checks in flight when it first hangs wait that long (then the primary answers for
// retryAfterMs), so it can leave room for a new connection to a busy server.
const DEFAULT_TIMEOUT_MS = 1_000;
const DEFAULT_RETRY_AFTER_MS = 5_000;

/**
 * A PostgreSQL ledger store whose checks (`latest`: `ledger.check`, `ledger.current`,
 * `GET /v1/consents/{id}`) are read from a streaming read replica; everything else (appends,
 * history, exports, erasure, purge, verify, the log, statistics) stays on the primary. With
 * `notBefore` (the `updatedAt` of the visitor's consent cookie) the replica answers only when its
 * record is that very decision — its `clientTime` names the same second — and the primary answers
 * any other (read-your-writes: the visitor decided and the replica has not replayed it yet). Not
 * "that decision or a newer one": both times are the visitor's clock, and a later decision may
 * carry an earlier time (a clock corrected by NTP, another device). The primary also answers when
 * the replica holds no record for the consent id, or fails or does not answer within `timeoutMs`
 * — a check never fails because of the replica. Without `notBefore` the replica's record answers
 * as it is, as old as the replication lag. Closing the store closes both.
 *
 * @example
 * const primary = await openPostgresStorage('postgres://ledger@db-primary/assent');
 * const ledger = createLedger({ storage: withReadReplica(primary, 'postgres://ledger@db-replica/assent') });
 * await ledger.check(consentId, 'analytics', { updatedAt: decision.updatedAt });
 */
export function withReadReplica(storage: LedgerStorage, replica: string | PostgresConnectionConfig, options: ReadReplicaOptions = {}): LedgerStorage {
  if (storage.kind !== 'postgres') throw new TypeError(`A read replica needs a PostgreSQL ledger; this one is ${storage.kind}, a single file`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  const { Pool } = loadDriver<typeof pg>('pg');
  const config: pg.PoolConfig = typeof replica === 'string' ? { connectionString: replica } : replica;
  // pg's own timeouts free a connection stuck on a hung replica; the race below bounds the wait.
  const pool = new Pool({ max: options.maxConnections ?? 10, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, ...config });
  let skipUntil = 0;
  const report = (error: unknown) => {
    const cause = error instanceof Error ? error : new Error(String(error));
    options.onError?.(new Error(`Read replica: ${cause.message}; checks are answered by the primary`, { cause }));
  };
  pool.on('error', report);
  const query = async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows as Array<Record<string, unknown>>;

  const fromReplica = (consentId: string) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([postgresLatest(query, consentId), late]).finally(() => clearTimeout(timer));
  };

  return {
    ...storage,
    async latest(consentId: string, latestOptions: LatestOptions = {}): Promise<EvidenceRecord | undefined> {
      if (Date.now() >= skipUntil) {
        try {
          const record = await fromReplica(consentId);
          if (record && isCallersDecision(record, latestOptions.notBefore)) return record;
        } catch (error) {
          // Concurrent checks fail together when the replica goes: one report per outage window.
          if (Date.now() >= skipUntil) report(error);
          skipUntil = Date.now() + retryAfterMs;
        }
      }
      return storage.latest(consentId, latestOptions);
    },
    async close() {
      await Promise.all([storage.close(), pool.end()]);
    },
  };
}

// The caller's decision is the replica's record only if both name the same instant. The consent
// cookie keeps updatedAt in whole seconds (a record's clientTime may have milliseconds), so they
// are compared to the second. Earlier or later is no evidence of order — both are the visitor's
// clock, which may have been set back between two decisions — so any other time sends the check
// to the primary. A notBefore or clientTime that does not parse cannot be matched: the primary answers.
function isCallersDecision(record: EvidenceRecord, notBefore: string | undefined): boolean {
  return notBefore === undefined || wholeSecond(record.clientTime) === wholeSecond(notBefore);
}

// NaN for a time that does not parse, which equals nothing.
function wholeSecond(isoTime: string): number {
  return Math.floor(Date.parse(isoTime) / 1000);
}
