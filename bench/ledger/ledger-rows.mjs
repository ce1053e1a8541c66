// Table rows for the ledger: the server-sync bench's figures, each next to its reference.
import { fmt, ratio } from '../lib/stats.mjs';
import { numberIn } from './ledger-figures.mjs';

/** The rows of the ledger bench's table this section reads. */
export const LEDGER_LABELS = [
  'no-op node:http handler, POST', 'HTTP ingest, SQLite', 'HTTP check at 2,000 req/s, SQLite', 'in-process ledger.check, SQLite',
  'verify after the runs, SQLite', 'in-process ledger.record, SQLite', 'raw better-sqlite3 insert, 256/txn', 'HTTP ingest, PostgreSQL',
  'HTTP check at 2,000 req/s, PostgreSQL', 'verify after the runs, PostgreSQL',
];

/**
 * @param {{ table: Map<string, { value: string, note: string }>, noopGet: { p50: number, p99: number, perSecond: number }, rawCheck?: { p50: number, p99: number }, seconds: number }} figures
 *   rawCheck: the raw indexed lookup of the scale runs (SQLite, smallest size), in ms
 */
export function ledgerRows({ table, noopGet, rawCheck, seconds }) {
  const get = (label) => table.get(label) ?? { value: 'not reported', note: '' };
  const rows = [{ section: `Ledger — @assent/server-sync bench: ${seconds} s HTTP runs, 50 keep-alive connections, load generator in its own process` }];
  const noop = get('no-op node:http handler, POST');
  const noopRate = numberIn(noop.value);
  const latencies = (note) => `p50 ${fmt(numberIn(note, 'p50'), 2)} ms, p99 ${fmt(numberIn(note, 'p99'), 2)} ms`;
  for (const store of ['SQLite', 'PostgreSQL']) {
    const ingest = get(`HTTP ingest, ${store}`);
    rows.push({ measure: `HTTP ingest, ${store} (fsync per group commit)`, result: `${ingest.value} (${latencies(ingest.note)})`, reference: `no-op node:http POST handler: ${noop.value} (${latencies(noop.note)})`, ratio: ratio(numberIn(ingest.value), noopRate) });
  }
  const record = get('in-process ledger.record, SQLite');
  const raw = get('raw better-sqlite3 insert, 256/txn');
  rows.push({ measure: 'in-process ledger.record, SQLite', result: record.value, reference: `raw better-sqlite3 insert, 256 rows/transaction: ${raw.value}`, ratio: ratio(numberIn(record.value), numberIn(raw.value)) });
  const noopText = `no-op GET handler, same load: p50 ${fmt(noopGet.p50, 2)} ms, p99 ${fmt(noopGet.p99, 2)} ms`;
  for (const store of ['SQLite', 'PostgreSQL']) {
    const check = get(`HTTP check at 2,000 req/s, ${store}`);
    const p50 = numberIn(check.value, 'p50');
    const p99 = numberIn(check.note, 'p99');
    const answered = numberIn(check.note, 'ms;');
    // The bench counts 404s (ids it never wrote, when a short ingest run wrote fewer than 10,000) as failed.
    const failed = Number(/([\d,]+) failed/.exec(check.note)?.[1]?.replaceAll(',', '') ?? 0);
    rows.push({
      measure: `HTTP check at 2,000 req/s offered, ${store}`,
      result: `p50 ${fmt(p50, 2)} ms, p99 ${fmt(p99, 2)} ms${/answered/.test(check.note) ? `, ${fmt(answered)} answered/s` : ''}${failed ? `, ${fmt(failed)} failed or not found` : ''}`,
      reference: noopText,
      ratio: `p50 ${ratio(p50, noopGet.p50)}, p99 ${ratio(p99, noopGet.p99)}`,
    });
  }
  const inProcess = get('in-process ledger.check, SQLite');
  const checkP50 = numberIn(inProcess.value, 'p50') / 1000;
  const checkP99 = numberIn(inProcess.note, 'p99') / 1000;
  // Another file than the scale run's (and its ids may not all exist after a short run), so no
  // ratio: the scale rows set ledger.check beside a raw lookup on the same file.
  rows.push({
    measure: 'in-process ledger.check, SQLite (20,000 sequential calls)',
    result: `p50 ${fmt(checkP50 * 1000)} µs, p99 ${fmt(checkP99 * 1000)} µs`,
    reference: rawCheck ? `raw indexed lookup of the latest record, scale run (SQLite, smallest size): p50 ${fmt(rawCheck.p50 * 1000)} µs, p99 ${fmt(rawCheck.p99 * 1000)} µs` : 'no scale run',
    ratio: '',
  });
  for (const store of ['SQLite', 'PostgreSQL']) {
    const verify = get(`verify after the runs, ${store}`);
    rows.push({ measure: `hash chains verified after the runs, ${store}`, result: `${verify.value}: ${verify.note}`, reference: '', ratio: '' });
  }
  return rows;
}
