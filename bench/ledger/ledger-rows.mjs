// Table rows for the ledger's in-process figures (the server-sync bench's JSON), each next to its
// reference. The HTTP rows are http-rows.mjs's.
import { fmt, ratio } from '../lib/stats.mjs';

/** The figures of the ledger bench's JSON this section reads; a missing one is reported. */
export const LEDGER_FIGURES = ['inProcessCheck', 'rawLookup', 'inProcessRecord', 'rawInsert'];

const rate = (run, unit) => (run ? `${fmt(run.perSecond)} ${unit}` : 'not reported');

/**
 * @param {{ figures: Record<string, any> }} input figures: the ledger bench's JSON (times in ms)
 */
export function ledgerRows({ figures }) {
  const rows = [{ section: 'Ledger in process — @assent/server-sync bench (packages/server-sync/bench/ledger.bench.mjs, BENCH_HTTP=0)' }];
  const { inProcessRecord: record, rawInsert: raw } = figures;
  rows.push({
    measure: 'in-process ledger.record, SQLite (waves of 1,000 concurrent calls)',
    result: rate(record, 'rec/s'),
    reference: `raw better-sqlite3 insert of as many rows, 256 a transaction: ${rate(raw, 'rows/s')}${raw ? ` (${fmt(raw.rows)} rows)` : ''}`,
    ratio: record && raw ? ratio(record.perSecond, raw.perSecond) : '',
  });
  const inProcess = figures.inProcessCheck;
  const lookup = figures.rawLookup;
  rows.push({
    measure: 'in-process ledger.check, SQLite (20,000 sequential calls over 10,000 chains)',
    result: inProcess ? `p50 ${fmt(inProcess.p50 * 1000)} µs, p99 ${fmt(inProcess.p99 * 1000)} µs` : 'not reported',
    reference: lookup
      ? `raw indexed lookup of the latest record (SELECT … ORDER BY seq DESC LIMIT 1), same file, interleaved: p50 ${fmt(lookup.p50 * 1000)} µs, p99 ${fmt(lookup.p99 * 1000)} µs`
      : 'not reported',
    ratio: inProcess && lookup ? `p50 ${ratio(inProcess.p50, lookup.p50)}` : '',
  });
  return rows;
}
