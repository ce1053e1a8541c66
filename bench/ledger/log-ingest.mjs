// What the transparency log costs at ingest: the same ledger with the log on and off
// (`transparencyLog: false`, which exists for this), in the same run, in alternating rounds, on
// SQLite and PostgreSQL, through both paths the ledger section measures ingest by: in-process
// `ledger.record` (waves of concurrent calls into the group commit) and HTTP POST /v1/consents
// (the server-sync bench's own closed-loop load generator, 50 keep-alive connections, in a child
// process). The log-on ledger signs checkpoints on its default schedule, as it would in production.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createLedger, createLedgerHandler, generateLogKey, openPostgresStorage, openSqliteStorage, toNodeListener } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { randomBelow, requestContext, submission } from './synthetic.mjs';

const LEDGER_BENCH = fileURLToPath(new URL('../../packages/server-sync/bench/ledger.bench.mjs', import.meta.url));
const CHAINS = 10_000;

/** One closed-loop HTTP run of the ledger bench's load generator against `port`: `{ perSecond, p50, p99, failed }`. */
async function httpRun(port, seconds) {
  const client = fork(LEDGER_BENCH, ['--client'], { stdio: 'inherit' });
  try {
    return await new Promise((resolve, reject) => {
      client.once('message', resolve);
      client.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
      client.send({ port, kind: 'post', seconds });
    });
  } finally {
    client.kill();
  }
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

async function listen(ledger) {
  const server = createServer(toNodeListener(createLedgerHandler({ ledger, rateLimit: false })));
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
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
 * Both paths on one store kind. `open(name, logOn)` gives a fresh storage.
 * @param {{ open: (name: string, logOn: boolean) => Promise<any> | any }} store
 */
async function measureStore(store, { rounds, processRounds, records, waveSize, httpSeconds, warmupSeconds, onProgress, kind }) {
  const { signerKey } = generateLogKey('bench.assent.example/log');
  const ledgers = {
    on: createLedger({ storage: await store.open('log_on', true), log: { signerKey } }),
    off: createLedger({ storage: await store.open('log_off', false) }),
  };
  try {
    // In-process: one unmeasured round each first (JIT, caches), then the alternating rounds.
    for (const arm of ['on', 'off']) await inProcessRun(ledgers[arm], waveSize, waveSize);
    const inProcess = await alternate(processRounds, (arm) => inProcessRun(ledgers[arm], records, waveSize));
    onProgress(`log ${kind}: in-process rounds on ${inProcess.on.map(Math.round).join(', ')} / off ${inProcess.off.map(Math.round).join(', ')} rec/s`);
    const servers = { on: await listen(ledgers.on), off: await listen(ledgers.off) };
    try {
      for (const arm of ['on', 'off']) if (warmupSeconds > 0) await httpRun(servers[arm].port, warmupSeconds);
      const http = await alternate(rounds, (arm) => httpRun(servers[arm].port, httpSeconds));
      onProgress(
        `log ${kind}: HTTP rounds on ${http.on.map((run) => Math.round(run.perSecond)).join(', ')} / off ${http.off.map((run) => Math.round(run.perSecond)).join(', ')} rec/s`,
      );
      return { inProcess, http };
    } finally {
      await servers.on.close();
      await servers.off.close();
    }
  } finally {
    await ledgers.on.close();
    await ledgers.off.close();
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
      { open: (name, logOn) => openSqliteStorage(join(dir, `${name}.sqlite`), { transparencyLog: logOn }) },
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
      const postgres = await measureStore({ open }, { ...plan, onProgress, kind: 'PostgreSQL' });
      return { sqlite, postgres };
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
