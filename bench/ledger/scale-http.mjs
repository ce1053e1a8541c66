// The HTTP side of the scale runs: ledger servers and load generators, each in a process of its
// own (scale-server.mjs, scale-load.mjs), and the measurement that alternates a grown store with
// a reference store round by round.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { quantile } from '../lib/stats.mjs';

const SERVER = fileURLToPath(new URL('./scale-server.mjs', import.meta.url));
const LOAD = fileURLToPath(new URL('./scale-load.mjs', import.meta.url));

const reply = (child, what) =>
  new Promise((resolve, reject) => {
    child.once('message', (message) => (message.error ? reject(new Error(message.error)) : resolve(message)));
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code} before answering`)));
  });

/**
 * Serves the ledger on `location` (a SQLite file or a PostgreSQL URL) from a child process.
 * @param {'sqlite' | 'postgres'} kind
 * @param {string} location
 * @returns {Promise<{ port: number, openSeconds: number, stop: () => Promise<void> }>}
 */
export async function startServer(kind, location) {
  const child = fork(SERVER, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = reply(child, 'ledger server');
  child.send({ kind, location });
  const { port, openSeconds } = await ready;
  return {
    port,
    openSeconds,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

/**
 * One load run from a fresh load-generator process.
 * @param {{ port: number, load: 'saturate' | 'burst-rate' | 'even-rate', kind: 'check' | 'ingest', chains: number, seconds: number, rate?: number }} job
 * @returns {Promise<{ perSecond: number, answered: number, p50: number, p99: number, failed: number }>}
 */
export async function runLoad(job) {
  const child = fork(LOAD, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const answer = reply(child, 'load generator');
    child.send(job);
    // Failed requests (non-2xx, errors, timeouts) are counted and reported beside the figures,
    // which are of answered requests only: a slow machine should not void a long preload.
    const { result } = await answer;
    return result;
  } finally {
    child.kill();
  }
}

/** The loads every scale point is measured with, in this order within a round. */
export const LOADS = [
  { name: 'checkSaturated', load: 'saturate', kind: 'check' },
  { name: 'checkEven', load: 'even-rate', kind: 'check' },
  { name: 'checkBurst', load: 'burst-rate', kind: 'check' },
  { name: 'ingest', load: 'saturate', kind: 'ingest' },
];

/**
 * Every load on two servers in `rounds` alternating rounds (which server goes first swaps each
 * round), so both see the same machine; each figure is the median round, each ratio the median of
 * the rounds' grown ÷ reference ratios. One unmeasured warm-up run of each load first.
 * @param {{ grown: { port: number, chains: number }, reference: { port: number, chains: number }, rounds: number, seconds: number, warmupSeconds: number, rate: number, onProgress?: (text: string) => void, label?: string }} options
 */
export async function alternateRounds({ grown, reference, rounds, seconds, warmupSeconds, rate, onProgress = () => {}, label = '' }) {
  const runs = { grown: Object.fromEntries(LOADS.map(({ name }) => [name, []])), reference: Object.fromEntries(LOADS.map(({ name }) => [name, []])) };
  const servers = { grown, reference };
  let offered = rate;
  const once = (arm, spec, time) =>
    runLoad({ port: servers[arm].port, chains: servers[arm].chains, load: spec.load, kind: spec.kind, seconds: time, rate: offered });
  const warmups = { grown: {}, reference: {} };
  for (const spec of LOADS) for (const arm of ['grown', 'reference']) warmups[arm][spec.name] = await once(arm, spec, warmupSeconds);
  // An offered rate above what the machine can answer measures a growing queue, not the ledger:
  // the rate-paced runs offer at most half the saturated check rate the warm-up saw (slower arm).
  const ceiling = Math.min(warmups.grown.checkSaturated.perSecond, warmups.reference.checkSaturated.perSecond);
  if (offered > ceiling / 2) {
    offered = Math.max(100, Math.floor(ceiling / 2 / 100) * 100);
    onProgress(
      `${label}: saturated checks reached only ${Math.round(ceiling)} req/s in the warm-up, so the paced runs offer ${offered} req/s instead of ${rate}`,
    );
  }
  for (let round = 0; round < rounds; round++) {
    for (const spec of LOADS) {
      for (const arm of round % 2 ? ['reference', 'grown'] : ['grown', 'reference']) runs[arm][spec.name].push(await once(arm, spec, seconds));
    }
    onProgress(`${label} round ${round + 1}/${rounds}: ${describeRound(runs, round)}`);
  }
  return { offeredRate: offered, ...summarise(runs) };
}

const describeRound = (runs, round) =>
  LOADS.map(
    ({ name }) =>
      `${name} ${Math.round(runs.grown[name][round].perSecond)}/${Math.round(runs.reference[name][round].perSecond)} req/s p99 ${runs.grown[name][round].p99.toFixed(2)}/${runs.reference[name][round].p99.toFixed(2)} ms`,
  ).join('; ');

function summarise(runs) {
  const figure = (list) => ({
    perSecond: quantile(
      list.map((run) => run.perSecond),
      0.5,
    ),
    p50: quantile(
      list.map((run) => run.p50),
      0.5,
    ),
    p99: quantile(
      list.map((run) => run.p99),
      0.5,
    ),
    failed: list.reduce((sum, run) => sum + run.failed, 0),
  });
  const result = {};
  for (const { name } of LOADS) {
    const grown = runs.grown[name];
    const reference = runs.reference[name];
    result[name] = {
      grown: figure(grown),
      reference: figure(reference),
      // Per-round ratios: throughput grown ÷ reference (≥ 1 is as fast), latency reference ÷ grown (likewise).
      throughputRatio: quantile(
        grown.map((run, index) => run.perSecond / reference[index].perSecond),
        0.5,
      ),
      p50Ratio: quantile(
        grown.map((run, index) => reference[index].p50 / run.p50),
        0.5,
      ),
      p99Ratio: quantile(
        grown.map((run, index) => reference[index].p99 / run.p99),
        0.5,
      ),
      rounds: { grown, reference },
    };
  }
  return result;
}
