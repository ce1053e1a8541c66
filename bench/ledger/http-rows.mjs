// Table rows for the ledger's HTTP runs (http-rounds.mjs): throughput and latency next to the no-op
// handler given the same requests, PostgreSQL with 2 ledger processes next to 1, and the servers'
// CPU time per answer, which does not depend on the load generator sharing the cores.
import { fmt, median, quantile } from '../lib/stats.mjs';
import { AUTOCANNON, CONNECTIONS } from './http-load.mjs';

/** @typedef {import('./http-rounds.mjs').ArmRun} ArmRun */

const ARMS = [
  ['sqlite', 'SQLite'],
  ['postgres1', 'PostgreSQL, 1 ledger process'],
  ['postgres2', 'PostgreSQL, 2 ledger processes'],
];

const plural = (count, noun) => `${fmt(count)} ${noun}${count === 1 ? '' : 's'}`;
const spread = (values, digits = 0) => `${fmt(quantile(values, 0), digits)}–${fmt(quantile(values, 1), digits)}`;
const rates = (runs) => runs.map((run) => run.perSecond);
/** Each round's figure over the same round's figure of another arm. */
const roundRatios = (runs, references, of) => runs.map((run, round) => of(run) / of(references[round]));
const ratioCell = (values) => `${fmt(median(values), 2)}× (${spread(values, 2)})`;
const failures = (runs) => {
  const non2xx = runs.reduce((sum, run) => sum + run.non2xx, 0);
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  return non2xx || errors ? `; ${fmt(non2xx)} non-2xx, ${fmt(errors)} errors` : '';
};
const throughput = (runs, unit) =>
  `${fmt(median(rates(runs)))} ${unit} (rounds ${spread(rates(runs))}; p50 ${fmt(median(runs.map((run) => run.p50)), 1)} ms, p99 ${fmt(median(runs.map((run) => run.p99)), 1)} ms${failures(runs)})`;
/** CPU µs per 2xx answer of one round; `field` picks the server's or PostgreSQL's seconds. */
const cpuPer = (run, field = 'serverCpu') => (1e6 * run[field]) / run.ok;
const micros = (values) => `${fmt(median(values))} µs (rounds ${spread(values)})`;

/**
 * @param {Awaited<ReturnType<typeof import('./http-rounds.mjs').measureLedgerHttp>>} http
 * @param {{ ledgerSeconds: number, ledgerRounds: number, ledgerLatencyRounds: number, ledgerWarmupSeconds: number, ledgerRate: number }} plan
 */
export function ledgerHttpRows(http, plan) {
  const present = ARMS.filter(([name]) => http.ingest[name]?.length);
  const rows = [
    {
      section: `Ledger over HTTP — ${AUTOCANNON} in its own process, ${CONNECTIONS} keep-alive connections, ${plan.ledgerSeconds} s per run, ${plural(plan.ledgerRounds, 'round')} (${plan.ledgerLatencyRounds} at a fixed rate) alternating no-op, SQLite and PostgreSQL with 1 and 2 ledger processes (order rotating), each after ${plan.ledgerWarmupSeconds} s of warm-up; every server in its own process; ${fmt(http.chains)} chains preloaded; only 2xx answers counted; median round (range over rounds)`,
    },
  ];
  const byLoad = [
    ['HTTP ingest (POST /v1/consents, fresh record ids, half extend a preloaded chain)', http.ingest, 'rec/s', 'POST'],
    ['HTTP check under saturation (GET /v1/consents/{id}, random preloaded ids)', http.check, 'checks/s', 'GET'],
  ];
  for (const [what, runs, unit, method] of byLoad) {
    const noop = runs.noop;
    for (const [name, label] of present) {
      rows.push({
        measure: `${what}, ${label}${name === 'postgres2' ? ` (${http.served.postgres2})` : ''}`,
        result: throughput(runs[name], unit),
        reference: `no-op ${method} handler, same rounds: ${throughput(noop, 'req/s')}`,
        ratio: ratioCell(roundRatios(runs[name], noop, (run) => run.perSecond)),
      });
    }
    if (runs.postgres1?.length && runs.postgres2?.length) {
      rows.push({
        measure: `${what.split(' (')[0]}: what a second ledger process buys, PostgreSQL (2-core machine: autocannon and PostgreSQL share the cores)`,
        result: `2 processes: ${fmt(median(rates(runs.postgres2)))} ${unit}`,
        reference: `1 process, same rounds: ${fmt(median(rates(runs.postgres1)))} ${unit}`,
        ratio: ratioCell(roundRatios(runs.postgres2, runs.postgres1, (run) => run.perSecond)),
      });
    }
    for (const [name, label] of present) {
      const server = runs[name].map((run) => cpuPer(run));
      const postgres =
        name === 'sqlite' ? '' : `; PostgreSQL's own (every process of the cluster): ${micros(runs[name].map((run) => cpuPer(run, 'postgresCpu')))}`;
      rows.push({
        measure: `server CPU per ${method === 'POST' ? 'record' : 'check'} (user + system from /proc ÷ 2xx answers; ratio: ledger process${name === 'postgres2' ? 'es' : ''} ÷ no-op), ${label}`,
        result: `ledger process${name === 'postgres2' ? 'es' : ''}: ${micros(server)}${postgres}`,
        reference: `no-op handler's process per ${method} request: ${micros(noop.map((run) => cpuPer(run)))}`,
        ratio: ratioCell(roundRatios(runs[name], noop, (run) => cpuPer(run))),
      });
    }
  }
  const latency = (runs) => `p50 ${fmt(median(runs.map((run) => run.p50)), 2)} ms, p99 ${fmt(median(runs.map((run) => run.p99)), 2)} ms`;
  for (const [name, label] of present) {
    const paced = http.paced[name];
    const burst = http.burst[name];
    rows.push({
      measure: `HTTP check at ${fmt(plan.ledgerRate)} req/s offered evenly, ${label} (bench's paced generator: autocannon's -R sends each second's quota at its start)`,
      result: `${latency(paced)}${failures(paced)}; ${AUTOCANNON} -R ${fmt(plan.ledgerRate)}: ${latency(burst)}`,
      reference: `no-op GET handler, same loads: ${latency(http.paced.noop)}; -R: ${latency(http.burst.noop)}`,
      ratio: `p50 ${ratioCell(roundRatios(paced, http.paced.noop, (run) => run.p50))}, p99 ${ratioCell(roundRatios(paced, http.paced.noop, (run) => run.p99))}`,
    });
  }
  for (const [store, verify, writers] of [
    ['SQLite', http.verify.sqlite, '1 process'],
    ['PostgreSQL', http.verify.postgres, '1 and 2 processes on the same database'],
  ]) {
    if (!verify) continue;
    rows.push({
      measure: `hash chains verified after the HTTP runs, ${store} (written by ${writers})`,
      result: `${verify.ok ? 'ok' : 'FAILED'}: ${fmt(verify.records)} records in ${fmt(verify.consents)} chains`,
      reference: '',
      ratio: '',
    });
  }
  return rows;
}

/**
 * The headline line for docs/benchmarks.md: each ledger arm's share of the no-op's rate, and the
 * CPU per record, the figure that does not move with what shares the cores.
 * @param {Awaited<ReturnType<typeof import('./http-rounds.mjs').measureLedgerHttp>>} http
 */
export function ledgerHttpSummary(http) {
  const present = ARMS.filter(([name]) => http.ingest[name]?.length);
  const share = (runs) =>
    present
      .map(([name, label]) => `${label} ${fmt(median(roundRatios(runs[name], runs.noop, (run) => run.perSecond)), 2)}× (${fmt(median(rates(runs[name])))}/s)`)
      .join(', ');
  const cpu = present
    .map(([name, label]) => {
      const server = fmt(median(http.ingest[name].map((run) => cpuPer(run))));
      const postgres = name === 'sqlite' ? '' : ` + PostgreSQL ${fmt(median(http.ingest[name].map((run) => cpuPer(run, 'postgresCpu'))))}`;
      return `${label} ${server}${postgres} µs`;
    })
    .join(', ');
  const noopCpu = fmt(median(http.ingest.noop.map((run) => cpuPer(run))));
  return `- Ledger over HTTP (${AUTOCANNON}, ${CONNECTIONS} connections), share of a no-op handler's rate: ingest ${share(http.ingest)}; check ${share(http.check)}. Server CPU per record: ${cpu} (no-op ${noopCpu} µs per request).`;
}
