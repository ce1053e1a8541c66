// Checks read from a real streaming replica (pg_basebackup -R of a throwaway primary), with the
// primary answering whenever the replica cannot: no record, not the visitor's decision, down.
import { encodeConsentCookie } from '@assent/core/cookie';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, startPostgresReplica, type PostgresCluster } from '../../../test-support/postgres-cluster.mjs';
import { buildCli } from '../../cli/cli.test-helper.js';
import { runCli } from '../../cli/main.js';
import { startServe } from '../../cli/scale-out.test-helper.js';
import { createLedgerHandler } from '../../http/handler.js';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { readConsent, remoteLedgerCheck } from '../../middleware/read-consent.js';
import { openStorage } from '../open-storage.js';
import { openSqliteStorage } from '../sqlite/sqlite-storage.js';
import { decisionInput } from '../stores.test-helper.js';
import type { LedgerStorage } from '../types.js';
import { openPostgresStorage } from './postgres-storage.js';
import { withReadReplica, type ReadReplicaOptions } from './replica.js';

let primary: PostgresCluster | undefined;
let replica: PostgresCluster | undefined;
const dir = mkdtempSync(join(tmpdir(), 'assent-replica-'));
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  primary = await startPostgres({ durable: false });
  if (primary) replica = await startPostgresReplica(primary, { durable: false });
}, 120_000);
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await replica?.stop();
  await primary?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function sql(url: string, text: string, values?: unknown[]) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function until(what: string, done: () => Promise<boolean>, ms = 20_000) {
  for (const deadline = Date.now() + ms; !(await done()); await new Promise((resolve) => setTimeout(resolve, 25))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
  }
}

/** Waits until the replica has replayed everything the primary wrote so far. */
async function replayed(replicaUrl: string) {
  // The insert position, not pg_current_wal_lsn (written so far): the throwaway primary commits
  // with synchronous_commit=off, so a commit just acknowledged may not be written yet.
  const [{ lsn }] = await sql(primary!.url, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
  await until('the replica replayed the primary', async () => (await sql(replicaUrl, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]))[0].done);
}

/** Holds the replica at what it has replayed until the returned function resumes it. */
async function pauseReplay(replicaUrl: string) {
  await sql(replicaUrl, 'SELECT pg_wal_replay_pause()');
  await until('replay paused', async () => (await sql(replicaUrl, 'SELECT pg_get_wal_replay_pause_state() AS state'))[0].state === 'paused');
  let resumed = false;
  const resume = async () => {
    if (resumed) return;
    resumed = true;
    await sql(replicaUrl, 'SELECT pg_wal_replay_resume()');
  };
  cleanups.push(resume);
  return resume;
}

/** A ledger whose checks go to `replicaUrl`; `primaryReads` lists the consent ids the primary answered. */
async function ledgerWithReplica(replicaUrl: string, options: ReadReplicaOptions = {}) {
  const storage = await openPostgresStorage(primary!.url, { maxConnections: 4 });
  const primaryReads: string[] = [];
  const watched: LedgerStorage = {
    ...storage,
    latest(consentId, latestOptions) {
      primaryReads.push(consentId);
      return storage.latest(consentId, latestOptions);
    },
  };
  const errors: Error[] = [];
  // A generous timeout unless a test is about it: a loaded machine must not turn a slow first connection into a primary read.
  const ledger = createLedger({ storage: withReadReplica(watched, replicaUrl, { timeoutMs: 10_000, onError: (error) => errors.push(error), ...options }) });
  cleanups.push(() => ledger.close());
  return { ledger, primaryReads, errors };
}

const decision = (consentId: string, updatedAt: string, analytics: boolean) =>
  decisionInput({
    consentId,
    revision: '3',
    categories: { necessary: true, functional: false, analytics, advertising: false },
    updatedAt,
    expiresAt: new Date(Date.parse(updatedAt) + 180 * 86_400_000).toISOString(),
  });
const FIRST = '2026-11-30T10:00:00.000Z';
const SECOND = '2026-11-30T10:05:00.000Z';

describe('withReadReplica on a streaming replica', () => {
  it('answers checks of a replayed record from the replica, without asking the primary', async (ctx) => {
    if (!replica) return ctx.skip();
    const { ledger, primaryReads, errors } = await ledgerWithReplica(replica.url);
    const id = crypto.randomUUID();
    const { record } = await ledger.record(decision(id, FIRST, true));
    await replayed(replica.url);
    primaryReads.length = 0;
    expect(await ledger.current(id)).toEqual(record);
    expect(await ledger.current(id, { updatedAt: FIRST })).toEqual(record);
    expect((await ledger.check(id, 'analytics', { revision: '3', updatedAt: FIRST })).granted).toBe(true);
    expect(primaryReads).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('asks the primary for a decision the replica has not replayed, or a consent id it has never seen', async (ctx) => {
    if (!replica) return ctx.skip();
    const { ledger, primaryReads, errors } = await ledgerWithReplica(replica.url);
    const id = crypto.randomUUID();
    const old = (await ledger.record(decision(id, FIRST, false))).record;
    await replayed(replica.url);
    const resume = await pauseReplay(replica.url);
    const newer = (await ledger.record(decision(id, SECOND, true))).record;
    const unseen = crypto.randomUUID();
    const onlyOnPrimary = (await ledger.record(decision(unseen, FIRST, true))).record;

    primaryReads.length = 0;
    // The primary holds the newer decision: the old one can only have come from the paused replica.
    expect(await ledger.current(id)).toEqual(old);
    expect(await ledger.current(id, { updatedAt: FIRST })).toEqual(old);
    expect(primaryReads).toEqual([]);
    expect(await ledger.current(id, { updatedAt: SECOND })).toEqual(newer);
    expect(await ledger.check(id, 'analytics', { revision: '3', updatedAt: SECOND })).toMatchObject({ granted: true, recordId: newer.recordId });
    expect(await ledger.check(id, 'analytics', { revision: '3' })).toMatchObject({ granted: false, recordId: old.recordId });
    expect(await ledger.current(unseen)).toEqual(onlyOnPrimary);
    expect(primaryReads).toEqual([id, id, unseen]);

    await resume();
    await until('the replica answers the newer decision', async () => (await ledger.current(id))?.recordId === newer.recordId);
    primaryReads.length = 0;
    expect(await ledger.current(id, { updatedAt: SECOND })).toEqual(newer);
    expect(primaryReads).toEqual([]);
    // A cookie still naming the first decision: the replica's record is another one, so the primary answers.
    expect(await ledger.current(id, { updatedAt: FIRST })).toEqual(newer);
    expect(primaryReads).toEqual([id]);
    expect(errors).toEqual([]);
  });

  it('asks the primary when a later decision carries an earlier updatedAt (a clock set back) and the replica has not replayed it', async (ctx) => {
    if (!replica) return ctx.skip();
    const { ledger, primaryReads, errors } = await ledgerWithReplica(replica.url);
    const id = crypto.randomUUID();
    // The visitor's clock is five minutes fast when they grant analytics…
    const grant = (await ledger.record(decision(id, SECOND, true))).record;
    await replayed(replica.url);
    const resume = await pauseReplay(replica.url);
    // …and has been corrected when they refuse it: the refusal is newer, its updatedAt earlier.
    const refusal = (await ledger.record(decision(id, FIRST, false))).record;

    primaryReads.length = 0;
    expect(await ledger.check(id, 'analytics', { revision: '3' })).toMatchObject({ granted: true, recordId: grant.recordId });
    expect(primaryReads).toEqual([]);
    expect(await ledger.check(id, 'analytics', { revision: '3', updatedAt: FIRST })).toMatchObject({ granted: false, recordId: refusal.recordId });
    expect(await ledger.current(id, { updatedAt: FIRST })).toEqual(refusal);
    expect(primaryReads).toEqual([id, id]);

    await resume();
    await until('the replica answers the refusal', async () => (await ledger.current(id))?.recordId === refusal.recordId);
    primaryReads.length = 0;
    expect(await ledger.check(id, 'analytics', { revision: '3', updatedAt: FIRST })).toMatchObject({ granted: false, recordId: refusal.recordId });
    expect(primaryReads).toEqual([]);
    // A device whose cookie still holds the grant: the replica's record is not it, the primary answers.
    expect(await ledger.check(id, 'analytics', { revision: '3', updatedAt: SECOND })).toMatchObject({ granted: false, recordId: refusal.recordId });
    expect(primaryReads).toEqual([id]);
    expect(errors).toEqual([]);
  });

  it("matches the cookie's updatedAt to the second, as the cookie keeps it", async (ctx) => {
    if (!replica) return ctx.skip();
    const { ledger, primaryReads, errors } = await ledgerWithReplica(replica.url);
    const id = crypto.randomUUID();
    const { record } = await ledger.record(decision(id, '2026-11-30T10:00:00.640Z', true));
    await replayed(replica.url);
    primaryReads.length = 0;
    expect(await ledger.current(id, { updatedAt: '2026-11-30T10:00:00Z' })).toEqual(record);
    expect(await ledger.current(id, { updatedAt: '2026-11-30T11:00:00.999+01:00' })).toEqual(record);
    expect(primaryReads).toEqual([]);
    for (const updatedAt of ['2026-11-30T10:00:01Z', '2026-11-30T09:59:59Z', 'not a time']) {
      expect(await ledger.current(id, { updatedAt }), updatedAt).toEqual(record);
    }
    expect(primaryReads).toEqual([id, id, id]);
    expect(errors).toEqual([]);
  });

  it('answers from the primary while the replica is down, reports it once per retryAfterMs, and tries it again after that', async (ctx) => {
    if (!replica) return ctx.skip();
    // A replica of its own, so that stopping it leaves the others' alone.
    const doomed = (await startPostgresReplica(primary!, { durable: false }))!;
    cleanups.push(() => doomed.stop());
    const { ledger, primaryReads, errors } = await ledgerWithReplica(doomed.url, { retryAfterMs: 400 });
    const id = crypto.randomUUID();
    const { record } = await ledger.record(decision(id, FIRST, true));
    await replayed(doomed.url);
    expect(await ledger.current(id)).toEqual(record);
    expect(primaryReads).toEqual([]);

    await doomed.stop();
    expect(await ledger.current(id)).toEqual(record);
    expect((await ledger.check(id, 'analytics', { revision: '3' })).granted).toBe(true);
    expect(primaryReads).toEqual([id, id]);
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^Read replica: .+; checks are answered by the primary$/)]);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await ledger.current(id)).toEqual(record);
    expect(errors).toHaveLength(2);
  });

  it('answers from the primary when the replica does not answer within timeoutMs', async (ctx) => {
    if (!primary) return ctx.skip();
    // A socket that accepts connections and never says a word: a replica hung on a dead network.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });
    const { port } = silent.address() as { port: number };
    const { ledger, primaryReads, errors } = await ledgerWithReplica(`postgres://postgres@127.0.0.1:${port}/postgres`, { timeoutMs: 150 });
    const id = crypto.randomUUID();
    const { record } = await ledger.record(decision(id, FIRST, true));
    const started = performance.now();
    expect(await ledger.current(id)).toEqual(record);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(sockets.size).toBeGreaterThan(0);
    expect(primaryReads).toEqual([id]);
    expect(errors).toHaveLength(1);
  });
});

describe('GET /v1/consents/{id}?updatedAt= on a ledger opened with a replica', () => {
  let ledger: Ledger;
  const get = (handler: ReturnType<typeof createLedgerHandler>, path: string) => handler(new Request(`http://localhost${path}`));

  it('reads the replica, the primary for an updatedAt the replica lacks, and backends pass the cookie’s updatedAt', async (ctx) => {
    if (!replica) return ctx.skip();
    const errors: Error[] = [];
    ledger = createLedger({ storage: await openStorage(primary!.url, { replica: replica.url, onError: (error) => errors.push(error) }) });
    cleanups.push(() => ledger.close());
    const handler = createLedgerHandler({ ledger });
    const id = crypto.randomUUID();
    const old = (await ledger.record(decision(id, FIRST, false))).record;
    await replayed(replica.url);
    await pauseReplay(replica.url);
    const newer = (await ledger.record(decision(id, SECOND, true))).record;

    expect((await (await get(handler, `/v1/consents/${id}`)).json()).recordId).toBe(old.recordId);
    expect((await (await get(handler, `/v1/consents/${id}?updatedAt=${FIRST}`)).json()).recordId).toBe(old.recordId);
    const fresh = await get(handler, `/v1/consents/${id}?updatedAt=${encodeURIComponent('2026-11-30T11:05:00+01:00')}`);
    expect([fresh.status, (await fresh.json()).recordId]).toEqual([200, newer.recordId]);

    // The cookie holds the newer decision (to the second): readConsent and remoteLedgerCheck pass its time on.
    const cookieDecision = { ...decision(id, SECOND, true), id, givenAt: FIRST, textHash: '' } as unknown as Parameters<typeof encodeConsentCookie>[0];
    const request = new Request('https://shop.example/', { headers: { cookie: `assent=${encodeConsentCookie(cookieDecision, [])}` } });
    const remote = remoteLedgerCheck('https://ledger.example', (input) => handler(new Request(String(input))));
    for (const checker of [ledger, remote]) expect(await readConsent(request, { revision: '3', ledger: checker }).confirmed('analytics')).toBe(true);
    expect((await ledger.check(id, 'analytics', { revision: '3' })).granted).toBe(false);
    expect(errors).toEqual([]);
  });

  it('refuses a malformed, impossible, repeated or unknown query parameter with 400 naming it', async (ctx) => {
    if (!replica) return ctx.skip();
    ledger = createLedger({ storage: await openStorage(primary!.url, { replica: replica.url }) });
    cleanups.push(() => ledger.close());
    const handler = createLedgerHandler({ ledger });
    const id = crypto.randomUUID();
    for (const [query, path] of [
      ['updatedAt=yesterday', 'updatedAt'],
      ['updatedAt=2026-02-30T10:00:00Z', 'updatedAt'],
      ['updatedAt=2026-11-30', 'updatedAt'],
      [`updatedAt=${FIRST}&updatedAt=${SECOND}`, 'updatedAt'],
      ['since=2026-11-30T10:00:00Z', 'since'],
    ]) {
      const response = await get(handler, `/v1/consents/${id}?${query}`);
      const body = await response.json();
      expect([response.status, body.error.code, body.error.details[0].path], query).toEqual([400, 'invalid_query', path]);
    }
    expect((await get(handler, `/v1/consents/${id}?updatedAt=${FIRST}`)).status).toBe(404);
  });
});

describe('assent-ledger serve --replica', () => {
  it('reads checks from the replica, from the primary for a newer updatedAt, and prints a replica failure on stderr', async (ctx) => {
    if (!replica) return ctx.skip();
    const cli = await buildCli();
    cleanups.push(async () => rmSync(cli, { force: true }));
    const storage = await openPostgresStorage(primary!.url, { maxConnections: 2 });
    const writer = createLedger({ storage });
    cleanups.push(() => writer.close());
    const id = crypto.randomUUID();
    const old = (await writer.record(decision(id, FIRST, false))).record;
    await replayed(replica.url);
    await pauseReplay(replica.url);
    const newer = (await writer.record(decision(id, SECOND, true))).record;
    const serve = async (replicaUrl: string) => {
      const server = await startServe(cli, ['--db', primary!.url, '--replica', replicaUrl]);
      cleanups.push(async () => {
        server.child.kill('SIGTERM');
        await server.exited;
      });
      return { server, recordId: async (query = '') => (await (await fetch(`${server.url}/v1/consents/${id}${query}`)).json()).recordId };
    };

    // Nothing listens on port 1: every check of the second server is the primary's, and the failure is said once.
    const [withReplica, dead] = await Promise.all([serve(replica.url), serve('postgres://postgres@127.0.0.1:1/postgres')]);
    expect([await withReplica.recordId(), await withReplica.recordId(`?updatedAt=${SECOND}`)]).toEqual([old.recordId, newer.recordId]);
    expect([await dead.recordId(), await dead.recordId()]).toEqual([newer.recordId, newer.recordId]);
    expect(dead.server.output().match(/^\[assent-ledger\] Read replica: .+; checks are answered by the primary$/gm)).toHaveLength(1);
    expect(withReplica.server.output()).not.toMatch(/Read replica/);
  });
});

describe('configuring a replica', () => {
  const output = () => {
    const lines = { out: [] as string[], err: [] as string[] };
    return { lines, out: (text: string) => void lines.out.push(text), err: (text: string) => void lines.err.push(text) };
  };

  it('assent-ledger refuses --replica for a SQLite ledger (exit code 2, one line, nothing created) and a replica that is not a postgres:// URL', async () => {
    const file = join(dir, 'ledger.sqlite');
    const sqlite = output();
    expect(await runCli(['serve', '--db', file, '--replica', 'postgres://postgres@127.0.0.1:1/postgres', '--port', '0'], sqlite)).toBe(2);
    expect(sqlite.lines.err).toEqual([expect.stringMatching(/^assent-ledger serve: --replica needs PostgreSQL \(--db postgres:\/\/…\)[^\n]*$/)]);
    expect(existsSync(file)).toBe(false);
    const notPostgres = output();
    expect(await runCli(['serve', '--db', 'postgres://postgres@127.0.0.1:1/postgres', '--replica', file, '--port', '0'], notPostgres)).toBe(2);
    expect(notPostgres.lines.err).toEqual(['assent-ledger serve: --replica must be a postgres:// URL']);
  });

  it('openStorage and withReadReplica refuse a replica for SQLite', async () => {
    const file = join(dir, 'refused.sqlite');
    await expect(openStorage(file, { replica: 'postgres://postgres@127.0.0.1:1/postgres' })).rejects.toThrow(/needs a PostgreSQL ledger/);
    expect(existsSync(file)).toBe(false);
    const storage = openSqliteStorage(join(dir, 'single.sqlite'));
    try {
      expect(() => withReadReplica(storage, 'postgres://postgres@127.0.0.1:1/postgres')).toThrow(/needs a PostgreSQL ledger/);
    } finally {
      await storage.close();
    }
  });
});
