// Test fixtures: the same behavioural suites run against a real SQLite file and a real PostgreSQL
// server started from the machine's binaries (test-support/postgres-cluster.mjs).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PostgresCluster } from '../../test-support/postgres-cluster.mjs';
import { openPostgresStorage } from './postgres/postgres-storage.js';
import { openSqliteStorage } from './sqlite/sqlite-storage.js';
import type { LedgerStorage } from './types.js';

/** One fresh, empty database of a store kind, plus raw SQL access to tamper with it. */
export interface StoreInstance {
  /** Opens another connection (another "process") to the same database. */
  open(options?: { transparencyLog?: boolean }): Promise<LedgerStorage>;
  /** Runs raw SQL behind the ledger's back. */
  exec(sql: string): Promise<void>;
  /** Reads rows with raw SQL on a connection of its own. */
  rows(sql: string): Promise<Array<Record<string, unknown>>>;
  location: string;
}

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** A fresh database, or calls `skip` when this kind is unavailable outside CI. */
  create(skip: () => void): Promise<StoreInstance>;
}

/** Registers setup/teardown hooks and returns both store kinds. */
export function useStores(): StoreKind[] {
  let cluster: PostgresCluster | undefined;
  let databases = 0;
  const dir = mkdtempSync(join(tmpdir(), 'assent-ledger-'));
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  const track = <T extends { close(): unknown } | { end(): unknown }>(resource: T) => {
    cleanups.push(() => ('close' in resource ? resource.close() : resource.end()));
    return resource;
  };

  beforeAll(async () => {
    cluster = await startPostgres({ durable: false });
  }, 600_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  return [
    {
      name: 'sqlite',
      async create() {
        const file = join(dir, `ledger-${++databases}.sqlite`);
        return {
          location: file,
          open: async (options = {}) => track(openSqliteStorage(file, { synchronous: 'NORMAL', ...options })),
          exec: async (sql) => {
            const db = new Database(file);
            try {
              db.exec(sql);
            } finally {
              db.close();
            }
          },
          rows: async (sql) => {
            const db = new Database(file, { readonly: true });
            try {
              return db.prepare(sql).all() as Array<Record<string, unknown>>;
            } finally {
              db.close();
            }
          },
        };
      },
    },
    {
      name: 'postgres',
      async create(skip) {
        if (!cluster) return skip() as never;
        const name = `ledger_${++databases}`;
        const admin = new pg.Client(cluster.url);
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = cluster.url.replace(/\/postgres$/, `/${name}`);
        return {
          location: url,
          open: async (options = {}) => track(await openPostgresStorage(url, { maxConnections: 4, ...options })),
          exec: async (sql) => void (await queryOnce(url, sql)),
          rows: async (sql) => (await queryOnce(url, sql)).rows,
        };
      },
    },
  ];
}

/** A valid submission; override what a test cares about. */
export function decisionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordId: `r-${crypto.randomUUID()}`,
    consentId: 'consent-0001',
    revision: '1',
    categories: { necessary: true, functional: false, analytics: true, advertising: false },
    services: {},
    method: 'custom',
    locale: 'en',
    region: 'DE',
    regime: 'opt-in',
    gpc: false,
    textHash: 'sha256:abc',
    updatedAt: '2026-01-01T10:00:00.000Z',
    expiresAt: '2026-07-02T10:00:00.000Z',
    sdkVersion: '0.1.0',
    ...overrides,
  };
}

async function queryOnce(url: string, sql: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The problems only PostgreSQL can report, because only it keeps copies beside the records (the
 * chain's `head_record`, `evidence_keys`). A test that tampers with records directly gets them on
 * PostgreSQL on top of what it is about; it checks them apart with `copyProblems`.
 *
 * @example
 * expect(withoutCopyProblems(report.problems)).toEqual([{ consentId: 'c', seq: 1, problem: 'hash-mismatch' }]);
 */
export const COPY_PROBLEMS: readonly string[] = ['head-record-mismatch', 'records-without-keys', 'keys-without-records'];

/** The problems without those of `COPY_PROBLEMS`. */
export const withoutCopyProblems = <T extends { problem: string }>(problems: T[]): T[] =>
  problems.filter((problem) => !COPY_PROBLEMS.includes(problem.problem));

/** Only the problems of `COPY_PROBLEMS`. */
export const copyProblems = <T extends { problem: string }>(problems: T[]): T[] => problems.filter((problem) => COPY_PROBLEMS.includes(problem.problem));
