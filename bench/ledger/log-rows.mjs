// Table rows and the headline for the transparency log: ingest with the log on next to off, the
// catch-up of an existing ledger, and proofs and verify at the largest size.
import { fmt, median, quantile, ratio } from '../lib/stats.mjs';
import { AUTOCANNON } from './http-load.mjs';

const count = (n) => (n >= 1_000_000 ? `${fmt(n / 1_000_000)} M` : n >= 1000 ? `${fmt(n / 1000)} k` : fmt(n));
const ms = (value) => `${fmt(value, value < 10 ? 2 : 1)} ms`;
const spread = (values, digits = 0) => `${fmt(quantile(values, 0), digits)}–${fmt(quantile(values, 1), digits)}`;

/**
 * Medians of both arms and of the per-round ratios (each round's on ÷ the same round's off, so a
 * burst of other work in one round bends that round only).
 * @param {{ on: number[], off: number[] }} rates
 */
export function onOff(rates) {
  const ratios = rates.on.map((on, round) => on / rates.off[round]);
  return { on: median(rates.on), off: median(rates.off), ratio: median(ratios), ratios };
}

const perSecond = (runs) => ({ on: runs.on.map((run) => run.perSecond), off: runs.off.map((run) => run.perSecond) });
/** µs of the server's CPU per 2xx answer, per round. */
const cpuPerRecord = (runs) => ({ on: runs.on.map((run) => (1e6 * run.serverCpu) / run.ok), off: runs.off.map((run) => (1e6 * run.serverCpu) / run.ok) });

/**
 * @param {{ ingest: Awaited<ReturnType<typeof import('./log-ingest.mjs').measureLogIngest>>, proofs: Awaited<ReturnType<typeof import('./log-proofs.mjs').measureLogProofs>> }} log
 * @param {{ logRounds: number, logRecords: number, logHttpSeconds: number, logProofSize: number, logProofCount: number }} plan
 */
export function logRows({ ingest, proofs }, plan) {
  const rows = [
    {
      section: `Transparency log — the same ledger with the log on and off in alternating rounds (median round; ratio = median of the rounds' on ÷ off, range over rounds in brackets); proofs and verify at ${count(plan.logProofSize)} records`,
    },
  ];
  for (const [name, store] of [
    ['SQLite', ingest.sqlite],
    ['PostgreSQL', ingest.postgres],
  ]) {
    if (!store) {
      rows.push({ measure: `ingest with the log on, ${name}`, result: 'skipped: PostgreSQL could not start', reference: '', ratio: '' });
      continue;
    }
    for (const [path, rates, what] of [
      ['in-process ledger.record', store.inProcess, `${plan.logProcessRounds} rounds of ${fmt(plan.logRecords)} records in waves of 1,000 concurrent`],
      ['HTTP ingest', perSecond(store.http), `${AUTOCANNON}, ${plan.logRounds} rounds of ${plan.logHttpSeconds} s, 50 keep-alive connections, 2xx only`],
    ]) {
      const figures = onOff(rates);
      rows.push({
        measure: `${path} with the log on, ${name} (${what})`,
        result: `${fmt(figures.on)} rec/s (rounds ${spread(rates.on)})`,
        reference: `log off (\`transparencyLog: false\`), same rounds: ${fmt(figures.off)} rec/s (rounds ${spread(rates.off)})`,
        ratio: `${fmt(figures.ratio, 2)}× (${spread(figures.ratios, 2)})`,
      });
    }
    const cpu = onOff(cpuPerRecord(store.http));
    rows.push({
      measure: `ledger process CPU per record over HTTP with the log on, ${name} (user + system from /proc ÷ 2xx answers, same rounds)`,
      result: `${fmt(cpu.on)} µs`,
      reference: `log off: ${fmt(cpu.off)} µs`,
      ratio: `${fmt(cpu.ratio, 2)}× (${spread(cpu.ratios, 2)})`,
    });
  }
  for (const [name, store] of [
    ['SQLite', proofs.sqlite],
    ['PostgreSQL', proofs.postgres],
  ]) {
    if (!store) continue;
    const size = count(store.size);
    rows.push({
      measure: `log catch-up at open of an existing ${size}-record ledger (its migration), ${name}`,
      result: `${fmt(store.catchUpSeconds, 1)} s (${fmt(store.size / store.catchUpSeconds)} leaves/s)`,
      reference: `raw bulk preload of the same records: ${fmt(store.preloadSeconds, 1)} s`,
      ratio: ratio(store.catchUpSeconds, store.preloadSeconds),
    });
    rows.push({
      measure: `ledger.log.inclusion(recordId) at ${size} leaves, ${name} (${fmt(store.inclusion.count)} random records; ${store.proofLength} hashes)`,
      result: `p50 ${ms(store.inclusion.p50)}, p99 ${ms(store.inclusion.p99)}`,
      reference: `raw inclusionProof over random indexes: p50 ${ms(store.raw.p50)}, p99 ${ms(store.raw.p99)}`,
      ratio: `p50 ${ratio(store.inclusion.p50, store.raw.p50)}`,
    });
    rows.push({
      measure: `ledger.log.consistency(random size, ${size}), ${name}`,
      result: `p50 ${ms(store.consistency.p50)}, p99 ${ms(store.consistency.p99)}`,
      reference: `raw inclusionProof, same tree: p50 ${ms(store.raw.p50)}`,
      ratio: `p50 ${ratio(store.consistency.p50, store.raw.p50)}`,
    });
    rows.push({
      measure: `verify's log rebuild at ${size} leaves (every leaf, stored node and checkpoint), ${name}`,
      result: `${fmt(store.verifyMs / 1000, 1)} s (${fmt(store.size / (store.verifyMs / 1000))} leaves/s)`,
      reference: `the catch-up that wrote that log: ${fmt(store.catchUpSeconds, 1)} s`,
      ratio: ratio(store.verifyMs / 1000, store.catchUpSeconds),
    });
  }
  return rows;
}

/**
 * The headline line for docs/benchmarks.md: each ratio with its range over rounds, and said
 * outright when that range is too wide to tell a 10 % cost from none (other load on the machine).
 * @param {Parameters<typeof logRows>[0]} log
 */
export function logSummary({ ingest, proofs }) {
  const parts = [];
  const noisy = [];
  for (const [name, store] of [
    ['SQLite', ingest.sqlite],
    ['PostgreSQL', ingest.postgres],
  ]) {
    if (!store) continue;
    const paths = [
      ['in-process', onOff(store.inProcess)],
      ['HTTP', onOff(perSecond(store.http))],
    ];
    parts.push(`${name} ${paths.map(([path, figures]) => `${fmt(figures.ratio, 2)}× ${path} (rounds ${spread(figures.ratios, 2)})`).join(', ')}`);
    for (const [path, figures] of paths) {
      // Half the rounds inside ±10 % of the median would be needed to resolve the target.
      const inner = quantile(figures.ratios, 0.75) - quantile(figures.ratios, 0.25);
      if (inner > 0.2 * figures.ratio) noisy.push(`${name} ${path}`);
    }
  }
  const sqlite = proofs.sqlite;
  const proof = sqlite ? `; inclusion proof at ${count(sqlite.size)} leaves (SQLite) p50 ${ms(sqlite.inclusion.p50)}, p99 ${ms(sqlite.inclusion.p99)}` : '';
  const caveat = noisy.length
    ? ` The rounds of ${noisy.join(', ')} spread too widely (interquartile range over 20 % of the ratio) to tell a 10 % cost from none in this run.`
    : '';
  return `- Transparency log, ingest with the log on ÷ off: ${parts.join('; ')}${proof}.${caveat}`;
}
