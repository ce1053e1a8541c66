// The scale runs on their own, printed as rows and written as JSON (after `pnpm run build`):
//   node bench/ledger/scale-run.mjs growth [--sizes=10000,1000000]      10 k → 1 M, SQLite and PostgreSQL
//   node bench/ledger/scale-run.mjs 10m [--size=10000000 --reference=1000000 --shared-buffers=128MB]
// Common: --rounds=3 --seconds=5 --warmup=2 --rate=2000 --json=FILE
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { renderText } from '../lib/table.mjs';
import { measureScale } from './scale.mjs';
import { measureScale10m } from './scale-10m.mjs';
import { scale10mRows, scaleRows } from './scale-rows.mjs';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const part = process.argv[2];
const started = performance.now();
const log = (text) => console.error(`[scale ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);
const plan = {
  rounds: Number(option('rounds', 3)),
  seconds: Number(option('seconds', 5)),
  warmupSeconds: Number(option('warmup', 2)),
  rate: Number(option('rate', 2000)),
  onProgress: log,
};
log(
  `${part}: load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);

let result;
let rows;
if (part === 'growth') {
  result = await measureScale({ ...plan, sizes: option('sizes', '10000,1000000').split(',').map(Number) });
  rows = scaleRows(result);
} else if (part === '10m') {
  result = await measureScale10m({
    ...plan,
    size: Number(option('size', 10_000_000)),
    referenceSize: Number(option('reference', 1_000_000)),
    sharedBuffers: option('shared-buffers', '128MB'),
  });
  rows = scale10mRows(result);
} else {
  console.error('usage: node bench/ledger/scale-run.mjs growth|10m [options]');
  process.exit(2);
}
const json = option('json');
if (json) writeFileSync(json, JSON.stringify({ ...result, onProgress: undefined }, null, 1));
console.log(`\n${renderText(rows)}\n`);
log(
  `done; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
