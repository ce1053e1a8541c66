// Where the ledger server's CPU goes under HTTP ingest: the ledger served by ledger-server.mjs on a
// fresh SQLite file (or PostgreSQL) under `node --cpu-prof`, loaded by autocannon as the ledger
// rows load it, then the profile's top self times, by function and by package.
//   node bench/ledger/http-profile.mjs [sqlite|postgres] [seconds=10] [chains=10000]
// Prints the CPU per record from /proc too (the profiler adds a few per cent).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStorage } from '@assent/server-sync';
import { startPostgres } from '../../packages/server-sync/test-support/postgres-cluster.mjs';
import { cpuMeter } from '../lib/process-cpu.mjs';
import { autocannonRun } from './http-load.mjs';
import { startLedgerServer } from './servers.mjs';

const [kind = 'sqlite', seconds = '10', chains = '10000'] = process.argv.slice(2);

/**
 * Self time per function (name + file:line) and per package, from a .cpuprofile.
 * @param {string} file
 */
export function selfTimes(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const sample of profile.samples) counts.set(sample, (counts.get(sample) ?? 0) + 1);
  // Shares of the time the server was busy: idle samples (waiting for requests or fsync) left out.
  const idleIds = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  const total = profile.samples.filter((id) => !idleIds.has(id)).length;
  const functions = new Map();
  const packages = new Map();
  // Bundled chunks are renamed by every build: an anonymous function is named by its line's text.
  const lines = new Map();
  const lineOf = (url, line) => {
    if (!url.startsWith('file://')) return '';
    if (!lines.has(url)) lines.set(url, readFileSync(new URL(url), 'utf8').split('\n'));
    return lines.get(url)[line]?.trim().slice(0, 70) ?? '';
  };
  for (const [id, count] of counts) {
    if (idleIds.has(id)) continue;
    const { callFrame } = byId.get(id);
    const where = callFrame.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
    const name =
      `${callFrame.functionName || `(anonymous: ${lineOf(callFrame.url, callFrame.lineNumber)})`} ${where ? `${where.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + count);
    const pkg = !callFrame.url
      ? callFrame.functionName.startsWith('(')
        ? callFrame.functionName
        : 'native/builtin'
      : callFrame.url.startsWith('node:')
        ? 'node: core'
        : callFrame.url.includes('server-sync/dist')
          ? '@assent/server-sync'
          : (/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(callFrame.url)?.[1] ?? where);
    packages.set(pkg, (packages.get(pkg) ?? 0) + count);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(5)} %  ${name}`);
  return { total, functions: top(functions, 30), packages: top(packages, 15) };
}

const dir = mkdtempSync(join(tmpdir(), 'assent-http-profile-'));
const profiles = join(dir, 'profiles');
let cluster;
try {
  let db = join(dir, 'ledger.sqlite');
  if (kind === 'postgres') {
    cluster = await startPostgres({ durable: true, required: true });
    db = cluster.url;
    await (await openPostgresStorage(db)).close();
  }
  const server = await startLedgerServer({ db, execArgv: ['--cpu-prof', `--cpu-prof-dir=${profiles}`] });
  try {
    await autocannonRun({ url: server.url, kind: 'preload', chains: Number(chains), amount: Number(chains) });
    const meter = cpuMeter({ server: server.pid });
    const run = await autocannonRun({ url: server.url, kind: 'ingest', chains: Number(chains), seconds: Number(seconds) });
    const { server: cpu } = meter.stop();
    console.log(
      `${kind}: ${Math.round(run.perSecond)} rec/s, ${run.non2xx} non-2xx, server CPU ${((1e6 * cpu) / run.ok).toFixed(0)} µs per record (with the profiler on)`,
    );
  } finally {
    await server.stop();
  }
  const file = readdirSync(profiles).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no profile');
  const { total, functions, packages } = selfTimes(join(profiles, file));
  console.log(`\n${total} busy samples (idle left out; the whole server life: open, preload and the run). Self time by package:\n${packages.join('\n')}`);
  console.log(`\nTop self time by function:\n${functions.join('\n')}`);
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
