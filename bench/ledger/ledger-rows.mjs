// Table rows for the ledger: the server-sync bench's figures, each next to its reference.
import { fmt, ratio } from '../lib/stats.mjs';

/** The figures of the ledger bench's JSON this section reads; a missing one is reported. */
export const LEDGER_FIGURES = [
  'noopPost',
  'sqliteIngest',
  'sqliteCheck',
  'inProcessCheck',
  'sqliteVerify',
  'inProcessRecord',
  'rawInsert',
  'postgresIngest',
  'postgresCheck',
  'postgresVerify',
];

const latencies = (run) => `p50 ${fmt(run.p50, 2)} ms, p99 ${fmt(run.p99, 2)} ms`;
const rate = (run, unit) => (run ? `${fmt(run.perSecond)} ${unit}` : 'not reported');

/**
 * @param {{ figures: Record<string, any>, noopGet: { p50: number, p99: number, perSecond: number }, rawCheck?: { p50: number, p99: number }, seconds: number }} input
 *   figures: the ledger bench's JSON (times in ms); rawCheck: the raw indexed lookup of the scale
 *   runs (SQLite, smallest size), in ms
 */
export function ledgerRows({ figures, noopGet, rawCheck, seconds }) {
  const rows = [{ section: `Ledger — @assent/server-sync bench: ${seconds} s HTTP runs, 50 keep-alive connections, load generator in its own process` }];
  const noop = figures.noopPost;
  for (const [store, ingest] of [
    ['SQLite', figures.sqliteIngest],
    ['PostgreSQL', figures.postgresIngest],
  ]) {
    rows.push({
      measure: `HTTP ingest, ${store} (fsync per group commit)`,
      result: ingest ? `${rate(ingest, 'rec/s')} (${latencies(ingest)})` : 'not reported',
      reference: noop ? `no-op node:http POST handler: ${rate(noop, 'req/s')} (${latencies(noop)})` : 'not reported',
      ratio: ingest && noop ? ratio(ingest.perSecond, noop.perSecond) : '',
    });
  }
  const { inProcessRecord: record, rawInsert: raw } = figures;
  rows.push({
    measure: 'in-process ledger.record, SQLite',
    result: rate(record, 'rec/s'),
    reference: `raw better-sqlite3 insert, 256 rows/transaction: ${rate(raw, 'rows/s')}`,
    ratio: record && raw ? ratio(record.perSecond, raw.perSecond) : '',
  });
  const noopText = `no-op GET handler, same load: p50 ${fmt(noopGet.p50, 2)} ms, p99 ${fmt(noopGet.p99, 2)} ms`;
  for (const [store, check] of [
    ['SQLite', figures.sqliteCheck],
    ['PostgreSQL', figures.postgresCheck],
  ]) {
    if (!check) {
      rows.push({ measure: `HTTP check at 2,000 req/s offered, ${store}`, result: 'not reported', reference: noopText, ratio: '' });
      continue;
    }
    // The bench counts 404s (ids it never wrote, when a short ingest run wrote fewer than 10,000) as failed.
    rows.push({
      measure: `HTTP check at 2,000 req/s offered, ${store}`,
      result: `${latencies(check)}, ${fmt(check.perSecond)} answered/s${check.failed ? `, ${fmt(check.failed)} failed or not found` : ''}`,
      reference: noopText,
      ratio: `p50 ${ratio(check.p50, noopGet.p50)}, p99 ${ratio(check.p99, noopGet.p99)}`,
    });
  }
  const inProcess = figures.inProcessCheck;
  // Another file than the scale run's (and its ids may not all exist after a short run), so no
  // ratio: the scale rows set ledger.check beside a raw lookup on the same file.
  rows.push({
    measure: 'in-process ledger.check, SQLite (20,000 sequential calls)',
    result: inProcess ? `p50 ${fmt(inProcess.p50 * 1000)} µs, p99 ${fmt(inProcess.p99 * 1000)} µs` : 'not reported',
    reference: rawCheck
      ? `raw indexed lookup of the latest record, scale run (SQLite, smallest size): p50 ${fmt(rawCheck.p50 * 1000)} µs, p99 ${fmt(rawCheck.p99 * 1000)} µs`
      : 'no scale run',
    ratio: '',
  });
  for (const [store, verify] of [
    ['SQLite', figures.sqliteVerify],
    ['PostgreSQL', figures.postgresVerify],
  ]) {
    rows.push({
      measure: `hash chains verified after the runs, ${store}`,
      result: verify ? `${verify.ok ? 'ok' : 'FAILED'}: ${fmt(verify.records)} records in ${fmt(verify.consents)} chains` : 'not reported',
      reference: '',
      ratio: '',
    });
  }
  return rows;
}
