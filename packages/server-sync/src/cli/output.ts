import type { EvidenceRecord } from '../evidence/types.js';
import type { TextSnapshot } from '../texts/snapshot.js';

/** Where the CLI writes; injectable for tests. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /**
   * Progress of a long run (verify, export), for a terminal; omitted when output is not a TTY.
   * Called with `finished: true` once at the end of the run.
   */
  progress?: (done: CliProgress) => void;
}

/**
 * How far a verify (records in `consents` chains) or an export (records of `total`; no `total`
 * yet while the records are read) has come.
 */
export interface CliProgress {
  task: 'verify' | 'export';
  records: number;
  consents?: number;
  total?: number;
  finished?: boolean;
}

/**
 * Prints `JSON.stringify(body, null, 2)` record by record, in pieces of whole lines: a subject
 * with a million records never becomes one string (past V8's string limit), and a terminal shows
 * how far it has come.
 *
 * @example
 * writeExport({ consentId, records, texts }, output);
 */
export function writeExport(
  body: { records: EvidenceRecord[]; texts: Record<string, TextSnapshot> } & ({ consentId: string | undefined } | { subjectId: string }),
  output: CliOutput,
): void {
  const { records, texts, ...head } = body;
  const total = records.length;
  const indent = (json: string) => `    ${json.replaceAll('\n', '\n    ')}`;
  let lines: string[] = [JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "records": [')];
  let size = 0;
  for (let index = 0; index < total; index++) {
    const json = indent(JSON.stringify(records[index], null, 2)) + (index < total - 1 ? ',' : '');
    lines.push(json);
    size += json.length;
    if (size > 1 << 16) {
      output.out(lines.join('\n'));
      output.progress?.({ task: 'export', records: index + 1, total });
      lines = [];
      size = 0;
    }
  }
  // The texts the records were made under, after them: `{ [textHash]: snapshot }`.
  lines.push(`  ],\n  "texts": ${JSON.stringify(texts, null, 2).replaceAll('\n', '\n  ')}\n}`);
  output.out(lines.join('\n'));
  output.progress?.({ task: 'export', records: total, total, finished: true });
}

/**
 * stdout for results, stderr for messages; on a terminal, a progress line that rewrites itself
 * at most every 250 ms.
 *
 * @example
 * await runCli(argv, terminalOutput());
 */
export function terminalOutput(): CliOutput {
  let shown = 0;
  let open = false; // a progress line without its end: a message printed after it starts below it
  const endProgress = () => open && ((open = false), process.stderr.write('\n'));
  return {
    // Results to a file or pipe leave the progress line alone; on the same terminal they start below it.
    out: (text) => (process.stdout.isTTY && endProgress(), console.log(text)),
    err: (text) => (endProgress(), console.error(text)),
    progress: process.stderr.isTTY
      ? ({ task, records, consents = 0, total, finished }) => {
          if (!finished && records && performance.now() - shown < 250) return;
          shown = performance.now();
          const count = (n: number) => n.toLocaleString('en-US');
          const line =
            task === 'verify'
              ? `verified ${count(records)} records in ${count(consents)} chains`
              : total === undefined
                ? 'reading the records'
                : `exported ${count(records)} of ${count(total)} records`;
          // One line, rewritten in place; the last one ends it, so the results start on a line of their own.
          process.stderr.write(`\r${line}${finished ? '.\n' : '…'}`);
          open = !finished;
        }
      : undefined,
  };
}
