// What the transparency log costs at ingest: the same ledger with the log on and off
// (`transparencyLog: false`, which exists for this), in the same run, in alternating rounds, on
// SQLite and PostgreSQL, through both paths the ledger section measures ingest by: in-process
// `ledger.record` (waves of concurrent calls into the group commit) and HTTP POST /v1/consents
// (autocannon, 50 keep-alive connections, in a child process, against the ledger served by
// ledger-server.mjs in another, whose CPU time per record is read from /proc). The log-on ledger signs checkpoints on its default schedule, as it would in production.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createLedger, generateLogKey, openPostgresStorage, openSqliteStorage } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { cpuMeter } from '../lib/process-cpu.mjs';
import { autocannonRun } from './http-load.mjs';
import { startLedgerServer } from './servers.mjs';
import { randomBelow, requestContext, submission } from './synthetic.mjs';

const CHAINS = 10_000;

/**
 * One autocannon ingest run against `server` (the ledger rows' requests: fresh record ids, half
 * extending one of the ledger rows' preloaded chain ids, which here start empty), with the CPU
 * seconds the server's process spent meanwhile.
 * @param {import('./servers.mjs').RunningServer} server
 */
async function httpRun(server, seconds) {
  const meter = cpuMeter({ server: server.pid });
  const run = await autocannonRun({ url: server.url, kind: 'ingest', seconds });
  return { ...run, serverCpu: meter.stop().server };
}

/** `count` records in waves of `size` concurrent `ledger.record` calls; records per second. */
async function inProcessRun(ledger, count, size) {
  const started = performance.now();
  for (let done = 0; done < count; done += size) {
    await Promise.all(
      Array.from({ length: size }, () => ledger.record(submission(`log-consent-${String(randomBelow(CHAINS)).padStart(5, '0')}`), requestContext)),
    );
  }
  return count / ((performance.now() - started) / 1000);
}

/**
 * Runs `measure(arm)` for both arms in `rounds` rounds, alternating which goes first, so neither
 * always follows the other's commit and a burst of other work hits both alike.
 * @template T
 * @param {(arm: 'on' | 'off') => Promise<T>} measure
 */
async function alternate(rounds, measure) {
  const runs = { on: [], off: [] };
  for (let round = 0; round < rounds; round++) {
    for (const arm of round % 2 ? ['off', 'on'] : ['on', 'off']) runs[arm].push(await measure(arm));
  }
  return runs;
}

/**
 * Both paths on one store kind. `open(name, logOn)` gives a fresh storage, `db(name)` the file or
 * URL a server process opens it by. The in-process rounds run first and their ledgers are closed
 * before the servers open the same stores, so no two ledgers ever write one store at once.
 * @param {{ open: (name: string, logOn: boolean) => Promise<any> | any, db: (name: string) => string }} store
 */
async function measureStore(store, { rounds, processRounds, records, waveSize, httpSeconds, warmupSeconds, onProgress, kind }) {
  const { signerKey } = generateLogKey('bench.assent.example/log');
  const ledgers = {
    on: createLedger({ storage: await store.open('log_on', true), log: { signerKey } }),
    off: createLedger({ storage: await store.open('log_off', false) }),
  };
  let inProcess;
  try {
    // In-process: one unmeasured round each first (JIT, caches), then the alternating rounds.
    for (const arm of ['on', 'off']) await inProcessRun(ledgers[arm], waveSize, waveSize);
    inProcess = await alternate(processRounds, (arm) => inProcessRun(ledgers[arm], records, waveSize));
    onProgress(`log ${kind}: in-process rounds on ${inProcess.on.map(Math.round).join(', ')} / off ${inProcess.off.map(Math.round).join(', ')} rec/s`);
  } finally {
    await ledgers.on.close();
    await ledgers.off.close();
  }
  const servers = {};
  try {
    servers.on = await startLedgerServer({ db: store.db('log_on'), transparencyLog: true, signerKey });
    servers.off = await startLedgerServer({ db: store.db('log_off'), transparencyLog: false });
    for (const arm of ['on', 'off']) if (warmupSeconds > 0) await autocannonRun({ url: servers[arm].url, kind: 'ingest', seconds: warmupSeconds });
    const http = await alternate(rounds, (arm) => httpRun(servers[arm], httpSeconds));
    onProgress(
      `log ${kind}: HTTP rounds on ${http.on.map((run) => Math.round(run.perSecond)).join(', ')} / off ${http.off.map((run) => Math.round(run.perSecond)).join(', ')} rec/s (non-2xx ${[...http.on, ...http.off].reduce((sum, run) => sum + run.non2xx, 0)}, socket errors ${[...http.on, ...http.off].reduce((sum, run) => sum + run.errors, 0)})`,
    );
    return { inProcess, http };
  } finally {
    await servers.on?.stop();
    await servers.off?.stop();
  }
}

/**
 * @param {{ rounds: number, processRounds: number, records: number, waveSize: number, httpSeconds: number, warmupSeconds: number, onProgress?: (text: string) => void }} options
 *   rounds: HTTP rounds, httpSeconds long each; processRounds: in-process rounds of `records` records (per arm)
 * @returns {Promise<{ sqlite: { inProcess: { on: number[], off: number[] }, http: { on: any[], off: any[] } }, postgres?: { inProcess: { on: number[], off: number[] }, http: { on: any[], off: any[] } } }>}
 */
export async function measureLogIngest({ onProgress = () => {}, ...plan }) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-log-ingest-'));
  try {
    // The ledger's defaults: WAL, synchronous=FULL (an fsync per group commit).
    const sqlite = await measureStore(
      { open: (name, logOn) => openSqliteStorage(join(dir, `${name}.sqlite`), { transparencyLog: logOn }), db: (name) => join(dir, `${name}.sqlite`) },
      { ...plan, onProgress, kind: 'SQLite' },
    );
    const cluster = await startPostgres({ durable: true });
    if (!cluster) return { sqlite };
    try {
      const open = async (name, logOn) => {
        const admin = new pg.Client(cluster.url);
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        return openPostgresStorage(cluster.url.replace(/\/postgres$/, `/${name}`), { transparencyLog: logOn });
      };
      const db = (name) => cluster.url.replace(/\/postgres$/, `/${name}`);
      const postgres = await measureStore({ open, db }, { ...plan, onProgress, kind: 'PostgreSQL' });
      return { sqlite, postgres };
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
