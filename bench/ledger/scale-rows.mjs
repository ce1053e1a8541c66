// Table rows and the written note for the scale runs: 10 k → 1 M records (SQLite and PostgreSQL)
// and 10 M next to 1 M on PostgreSQL in the on-disk regime, all through HTTP.
import { fmt } from '../lib/stats.mjs';

const count = (n) => (n >= 1_000_000 ? `${fmt(n / 1_000_000)} M` : n >= 1000 ? `${fmt(n / 1000)} k` : fmt(n));
const ms = (value) => `${fmt(value, value < 10 ? 2 : 1)} ms`;
const times = (value) => (Number.isFinite(value) ? `${fmt(value, 2)}×` : '—');
const gib = (bytes) => `${fmt(bytes / 2 ** 30, 2)} GiB`;

/**
 * The rows of one grown-vs-reference comparison (`alternateRounds` figures).
 * @param {string} name e.g. "PostgreSQL, 1 M records"
 * @param {string} referenceName e.g. "store kept at 10 k"
 */
function comparisonRows(name, referenceName, figures) {
  const { checkSaturated, checkEven, checkBurst, ingest, offeredRate } = figures;
  const failed = Object.entries({ checkSaturated, checkEven, checkBurst, ingest })
    .filter(([, figure]) => figure.grown.failed || figure.reference.failed)
    .map(([load, figure]) => `${load} ${fmt(figure.grown.failed)} / ${fmt(figure.reference.failed)}`);
  const failures = failed.length
    ? [
        {
          measure: `${name}: requests failed (non-2xx, errors, timeouts > 30 s; not in the figures)`,
          result: failed.join('; '),
          reference: `grown / ${referenceName}`,
          ratio: '',
        },
      ]
    : [];
  return [
    {
      measure: `${name}: check, saturated (autocannon, 50 connections)`,
      result: `${fmt(checkSaturated.grown.perSecond)} req/s`,
      reference: `${referenceName}: ${fmt(checkSaturated.reference.perSecond)} req/s`,
      ratio: times(checkSaturated.throughputRatio),
    },
    {
      measure: `${name}: check p50 / p99 at an even ${fmt(offeredRate)} req/s (paced, open loop)`,
      result: `${ms(checkEven.grown.p50)} / ${ms(checkEven.grown.p99)}`,
      reference: `${referenceName}: ${ms(checkEven.reference.p50)} / ${ms(checkEven.reference.p99)}`,
      ratio: `p99 ${times(checkEven.p99Ratio)}`,
    },
    {
      measure: `${name}: check p50 / p99 at autocannon overallRate ${fmt(offeredRate)} req/s (per-second bursts)`,
      result: `${ms(checkBurst.grown.p50)} / ${ms(checkBurst.grown.p99)}`,
      reference: `${referenceName}: ${ms(checkBurst.reference.p50)} / ${ms(checkBurst.reference.p99)}`,
      ratio: `p99 ${times(checkBurst.p99Ratio)}`,
    },
    {
      measure: `${name}: ingest POST /v1/consents, saturated (autocannon, 50 connections; half extend a chain)`,
      result: `${fmt(ingest.grown.perSecond)} rec/s`,
      reference: `${referenceName}: ${fmt(ingest.reference.perSecond)} rec/s`,
      ratio: times(ingest.throughputRatio),
    },
    ...failures,
  ];
}

/**
 * @param {Awaited<ReturnType<typeof import('./scale.mjs').measureScale>>} scale
 */
export function scaleRows(scale) {
  const { rounds, seconds } = scale.plan;
  const rows = [
    {
      section: `Scale through HTTP — records already stored → check and ingest; each size against a store kept at the smallest size, ${rounds} alternating rounds of ${seconds} s per load, median round; ratio = median of the rounds' grown ÷ kept (latency: kept ÷ grown), ≥ 0.9× is the target`,
    },
  ];
  for (const [name, points] of [
    ['SQLite', scale.sqlite],
    ['PostgreSQL', scale.postgres],
  ]) {
    if (!points) {
      rows.push({ measure: name, result: 'skipped: PostgreSQL could not start', reference: '', ratio: '' });
      continue;
    }
    for (const point of points) {
      rows.push(...comparisonRows(`${name}, ${count(point.size)} records`, `kept at ${count(points[0].size)}`, point.figures));
    }
  }
  return rows;
}

/**
 * @param {Awaited<ReturnType<typeof import('./scale-10m.mjs').measureScale10m>>} run
 */
export function scale10mRows(run) {
  if (!run) return [{ section: '10 M records on PostgreSQL: skipped (PostgreSQL could not start)' }];
  const { grown, reference } = run.stores;
  const tableBytes = (sizes) =>
    Object.entries(sizes)
      .filter(([key]) => key !== 'total')
      .reduce((sum, [, bytes]) => sum + bytes, 0);
  const rows = [
    {
      section: `10 M records on PostgreSQL, on-disk regime — shared_buffers ${run.settings.shared_buffers} against ${gib(grown.sizesBefore.total)} of database; 10 M and 1 M records (12 months each) in one cluster, alternating rounds`,
    },
    {
      measure: 'Preload (generate_series, indexes built after the load)',
      result: `${count(grown.records)}: ${fmt(grown.preloadSeconds)} s (insert ${fmt(grown.loadSeconds)} s, indexes ${fmt(grown.indexSeconds)} s)`,
      reference: `${count(reference.records)}: ${fmt(reference.preloadSeconds)} s`,
      ratio: '',
    },
    {
      measure: 'On disk: records heap + indexes; keys; chains (with head_record)',
      result: `${gib(grown.sizesBefore['evidence_records.heap'] ?? 0)} + ${gib(grown.sizesBefore['evidence_records.indexes'] ?? 0)}; ${gib((grown.sizesBefore['evidence_keys.heap'] ?? 0) + (grown.sizesBefore['evidence_keys.indexes'] ?? 0))}; ${gib((grown.sizesBefore['consent_chains.heap'] ?? 0) + (grown.sizesBefore['consent_chains.indexes'] ?? 0))}`,
      reference: `${count(reference.records)}: ${gib(tableBytes(reference.sizesBefore))} in all`,
      ratio: '',
    },
    {
      measure: 'Ledger process start (opens the store, migrations checked)',
      result: `${fmt(grown.openSeconds, 2)} s`,
      reference: `${count(reference.records)}: ${fmt(reference.openSeconds, 2)} s`,
      ratio: '',
    },
    ...comparisonRows(`PostgreSQL, ${count(grown.records)} records`, `${count(reference.records)}, same cluster`, run.figures),
    {
      measure: 'Blocks PostgreSQL read from the OS during the rounds (not in shared_buffers) / found in shared_buffers',
      result: `${fmt(grown.blocks.read)} / ${fmt(grown.blocks.hit)}`,
      reference: `${count(reference.records)}: ${fmt(reference.blocks.read)} / ${fmt(reference.blocks.hit)}`,
      ratio: '',
    },
    {
      measure: 'Machine: RAM / page cache after the preload; load average before → after',
      result: `${gib(run.memoryAfterPreload.MemTotal)} / ${gib(run.memoryAfterPreload.Cached)}`,
      reference: `${run.loadBefore.map((n) => fmt(n, 2)).join(' ')} → ${run.loadAfter.map((n) => fmt(n, 2)).join(' ')}`,
      ratio: '',
    },
  ];
  return rows;
}

/**
 * The written scale note: what the measured growth says.
 * @param {Awaited<ReturnType<typeof import('./scale.mjs').measureScale>>} scale
 */
export function scaleNote(scale) {
  const lines = ['## Scale note: from 10 k to 1 M records through HTTP', ''];
  for (const [name, points] of [
    ['SQLite', scale.sqlite],
    ['PostgreSQL', scale.postgres],
  ]) {
    const last = points?.at(-1);
    if (!last) {
      lines.push(`- **${name}**: not measured in this run.`);
      continue;
    }
    const { checkSaturated, checkEven, ingest } = last.figures;
    lines.push(
      `- **${name}** at ${count(last.size)} records against a store kept at ${count(points[0].size)}: saturated checks ${times(checkSaturated.throughputRatio)}, even-rate check p99 ${ms(checkEven.grown.p99)} vs ${ms(checkEven.reference.p99)}, ingest ${times(ingest.throughputRatio)}; the ledger opened on it in ${fmt(last.openSeconds, 2)} s.`,
    );
  }
  lines.push(
    '',
    'A check is one primary-key look-up (`consent_chains.head_record` on PostgreSQL), an append touches one chain row and the newest month partition, so neither should depend on how many records are stored while the indexes it walks stay in memory; the 10 M run on PostgreSQL with shared_buffers far below the table is the on-disk side of that.',
  );
  return lines.join('\n');
}
