// The in-process ledger figures of @assent/server-sync's own benchmark (packages/server-sync/bench/
// ledger.bench.mjs), read from the JSON it writes. Its HTTP runs are skipped (BENCH_HTTP=0): the
// HTTP rows come from http-rounds.mjs, driven by autocannon.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEDGER_BENCH = fileURLToPath(new URL('../../packages/server-sync/bench/ledger.bench.mjs', import.meta.url));

/**
 * Runs the ledger bench's in-process part (it needs @assent/server-sync built) and returns the
 * figures it writes as JSON (`BENCH_JSON`): times in ms, rates per second. Its printed table goes to
 * the progress log.
 * @param {{ records: number, onProgress?: (text: string) => void }} options
 *   records: how many the in-process ingest and the raw insert reference write
 * @returns {Promise<Record<string, any>>}
 */
export async function runLedgerBench({ records, onProgress = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'assent-bench-figures-'));
  const file = join(dir, 'ledger.json');
  try {
    const child = spawn(process.execPath, [LEDGER_BENCH], {
      env: { ...process.env, BENCH_HTTP: '0', BENCH_IN_PROCESS_RECORDS: String(records), BENCH_JSON: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) onProgress(`ledger bench: ${line.trim()}`);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`ledger bench exited with ${code}`);
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
