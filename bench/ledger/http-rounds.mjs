// The ledger's HTTP rows, measured in one run: ingest (POST /v1/consents) and check
// (GET /v1/consents/{id}) on SQLite and on PostgreSQL served by 1 and by 2 ledger processes, each
// beside a no-op node:http handler given the same requests. Every server runs in a process of its
// own and every load in another (autocannon, or the paced generator for the even-rate latency), so
// a round's CPU time of each server — and of the whole PostgreSQL cluster — is read from /proc
// before and after it and divided by its 2xx answers. Arms run in alternating rounds (the order
// rotates each round), so a burst of other work on the machine bends every arm alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedger, generateLogKey, openPostgresStorage, openSqliteStorage } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { cpuMeter, postmasterPid } from '../lib/process-cpu.mjs';
import { AUTOCANNON, autocannonRun, pacedRun } from './http-load.mjs';
import { startLedgerServer, startNoopServer } from './servers.mjs';

/**
 * @typedef {import('./http-load.mjs').LoadResult & { serverCpu: number, postgresCpu: number }} ArmRun
 *   serverCpu / postgresCpu: CPU seconds of the server's process tree / the cluster during the run
 * @typedef {{ name: 'noop' | 'sqlite' | 'postgres1' | 'postgres2', url: string, pid: number, served: string, postgres?: boolean }} Arm
 */

/**
 * Runs `load(arm)` for every arm in `rounds` rounds, rotating which arm goes first; returns each
 * arm's runs in round order, each with the CPU its server (and PostgreSQL) spent meanwhile.
 * @param {Arm[]} arms
 * @param {number} rounds
 * @param {(arm: Arm) => Promise<import('./http-load.mjs').LoadResult>} load
 * @param {number | undefined} postgresPid
 */
async function alternate(arms, rounds, load, postgresPid) {
  /** @type {Record<string, ArmRun[]>} */
  const runs = Object.fromEntries(arms.map((arm) => [arm.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < arms.length; step++) {
      const arm = arms[(round + step) % arms.length];
      const meter = cpuMeter({ server: arm.pid, postgres: postgresPid });
      const result = await load(arm);
      const cpu = meter.stop();
      runs[arm.name].push({ ...result, serverCpu: cpu.server, postgresCpu: arm.postgres ? cpu.postgres : NaN });
    }
  }
  return runs;
}

/** Opens the ledger on `storage` and checks every hash chain (and the log). */
async function verifyStore(storage) {
  const ledger = createLedger({ storage });
  try {
    const report = await ledger.verify();
    return { ok: report.ok, records: report.records, consents: report.consents };
  } finally {
    await ledger.close();
  }
}

/**
 * @param {{ seconds: number, rounds: number, latencyRounds: number, warmupSeconds: number, rate: number, chains: number, onProgress?: (text: string) => void }} plan
 *   seconds: each run; rounds: saturation rounds (ingest, check); latencyRounds: rounds at `rate` req/s;
 *   chains: consent ids preloaded (one record each) for the checks and for half the submissions to extend
 */
export async function measureLedgerHttp({ seconds, rounds, latencyRounds, warmupSeconds, rate, chains, onProgress = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-ledger-http-'));
  const sqliteFile = join(dir, 'ledger.sqlite');
  const started = [];
  const loadBefore = loadavg();
  let cluster;
  try {
    const noop = await startNoopServer();
    started.push(noop);
    // Checkpoints signed on the default schedule, as a production ledger signs them.
    const { signerKey } = generateLogKey('bench.assent.example/log');
    const sqlite = await startLedgerServer({ db: sqliteFile, signerKey });
    started.push(sqlite);
    /** @type {Arm[]} */
    const arms = [
      { name: 'noop', ...noop },
      { name: 'sqlite', ...sqlite },
    ];
    cluster = await startPostgres({ durable: true });
    let postgresPid;
    if (cluster) {
      // Migrate once, so two workers starting together do not race to create the schema.
      await (await openPostgresStorage(cluster.url)).close();
      postgresPid = postmasterPid(cluster.port);
      for (const workers of [1, 2]) {
        const server = await startLedgerServer({ db: cluster.url, workers, cli: true, signerKey });
        started.push(server);
        arms.push({ name: workers === 1 ? 'postgres1' : 'postgres2', ...server, postgres: true });
      }
    }
    const ledgers = arms.filter((arm) => arm.name !== 'noop');
    // One record for each chain the checks read and half the submissions extend (PostgreSQL once:
    // both of its arms serve the same database).
    for (const arm of ledgers.filter((each) => each.name !== 'postgres2')) {
      const preload = await autocannonRun({ url: arm.url, kind: 'preload', chains, amount: chains });
      if (preload.ok !== chains) throw new Error(`preload of ${arm.name} stored ${preload.ok} of ${chains} chains (${JSON.stringify(preload.statusCodes)})`);
    }
    onProgress(`ledger HTTP: servers up (${arms.map((arm) => `${arm.name}: ${arm.served}`).join('; ')}), ${chains} chains preloaded`);
    for (const arm of arms) {
      if (warmupSeconds > 0) {
        await autocannonRun({ url: arm.url, kind: 'ingest', chains, seconds: warmupSeconds });
        await autocannonRun({ url: arm.url, kind: 'check', chains, seconds: warmupSeconds });
      }
    }
    const perSecond = (runs) => Object.entries(runs).map(([name, list]) => `${name} ${list.map((run) => Math.round(run.perSecond)).join('/')}`);
    const ingest = await alternate(arms, rounds, (arm) => autocannonRun({ url: arm.url, kind: 'ingest', chains, seconds }), postgresPid);
    onProgress(`ledger HTTP ingest (${AUTOCANNON}): ${perSecond(ingest).join(', ')} per s`);
    const check = await alternate(arms, rounds, (arm) => autocannonRun({ url: arm.url, kind: 'check', chains, seconds }), postgresPid);
    onProgress(`ledger HTTP check (${AUTOCANNON}): ${perSecond(check).join(', ')} per s`);
    const paced = await alternate(arms, latencyRounds, (arm) => pacedRun({ url: arm.url, kind: 'check', chains, seconds, rate }), postgresPid);
    const burst = await alternate(arms, latencyRounds, (arm) => autocannonRun({ url: arm.url, kind: 'check', chains, seconds, rate }), postgresPid);
    onProgress(
      `ledger HTTP check at ${rate} req/s, p50 paced / autocannon -R: ${arms.map((arm) => `${arm.name} ${paced[arm.name].map((run) => run.p50.toFixed(2)).join('/')} / ${burst[arm.name].map((run) => run.p50.toFixed(2)).join('/')} ms`).join(', ')}`,
    );
    const served = Object.fromEntries(arms.map((arm) => [arm.name, arm.served]));
    for (const server of started.splice(0)) await server.stop();
    const verify = { sqlite: await verifyStore(openSqliteStorage(sqliteFile)) };
    if (cluster) verify.postgres = await verifyStore(await openPostgresStorage(cluster.url));
    return { ingest, check, paced, burst, verify, served, chains, loadBefore, loadAfter: loadavg() };
  } finally {
    for (const server of started) await server.stop();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
