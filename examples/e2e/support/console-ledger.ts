// A real ledger with the privacy officer's console, on a SQLite file or a PostgreSQL server the
// test starts from the machine's binaries, served on localhost (where Chromium keeps Secure
// cookies over plain HTTP). Its clock can be moved forward, to end console sessions.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLedger,
  createLedgerHandler,
  createLedgerServer,
  generateLogKey,
  type Ledger,
  type LedgerStorage,
  openPostgresStorage,
  openSqliteStorage,
} from '@assent/server-sync';
import { startPostgres } from '../../../packages/server-sync/test-support/postgres-cluster.mjs';

/** The keys the console test signs in with. */
export const CONSOLE_KEYS = {
  officer: 'k_e2e_officer_0123456789',
  readerOnly: 'k_e2e_reader_0123456789',
} as const;

export interface ConsoleLedger {
  url: string;
  ledger: Ledger;
  kind: 'sqlite' | 'postgres';
  /** Runs SQL behind the ledger's back (tampering). */
  exec(sql: string): Promise<void>;
  /** Moves the server's clock (sessions, records) forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

// The drivers are server-sync's (peer) dependencies, loaded from where it resolves them; only the
// calls made here are typed.
const fromServerSync = createRequire(import.meta.resolve('@assent/server-sync'));
type PgModule = { Client: new (url: string) => { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> } };
type SqliteDatabase = new (file: string) => { exec(sql: string): void; close(): void };

export async function startConsoleLedger(kind: 'sqlite' | 'postgres'): Promise<ConsoleLedger> {
  const dir = mkdtempSync(join(tmpdir(), 'assent-console-e2e-'));
  let offset = 0;
  const now = () => Date.now() + offset;
  let cluster: Awaited<ReturnType<typeof startPostgres>>;
  let exec: (sql: string) => Promise<void>;
  let storage: LedgerStorage;
  if (kind === 'postgres') {
    cluster = await startPostgres({ durable: false, required: true });
    if (!cluster) throw new Error('PostgreSQL did not start');
    const url = cluster.url;
    storage = await openPostgresStorage(url, { maxConnections: 4 });
    const pg = fromServerSync('pg') as PgModule;
    exec = async (sql) => {
      const client = new pg.Client(url);
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
  } else {
    const file = join(dir, 'ledger.sqlite');
    storage = openSqliteStorage(file);
    const Database = fromServerSync('better-sqlite3') as SqliteDatabase;
    exec = async (sql) => {
      const db = new Database(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    };
  }
  const ledger = createLedger({ storage, log: { signerKey: generateLogKey('localhost/assent-e2e').signerKey }, now });
  const handler = createLedgerHandler({
    ledger,
    apiKeys: [
      { key: CONSOLE_KEYS.officer, scopes: ['read', 'export', 'erase', 'console'], name: 'e2e officer' },
      { key: CONSOLE_KEYS.readerOnly, scopes: ['read'] },
    ],
    rateLimit: false,
    now,
  });
  const server = createLedgerServer(handler);
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}`,
    ledger,
    kind,
    exec,
    advance: (ms) => void (offset += ms),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await ledger.close();
      await cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
