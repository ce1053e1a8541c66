// The one results table, as plain text for the terminal and as Markdown for docs/benchmarks.md.
// A row is either a section heading `{ section }` or `{ measure, result, reference, ratio }`.

const COLUMNS = ['Measure', 'Result', 'Reference (same run)', 'Ratio'];

/** @typedef {{ section: string } | { measure: string, result: string, reference: string, ratio: string }} Row */

/** @param {Row} row */
const cells = (row) => ('section' in row ? [row.section, '', '', ''] : [row.measure, row.result, row.reference, row.ratio]);

/** @param {Row[]} rows */
export function renderText(rows) {
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...rows.filter((row) => !('section' in row)).map((row) => cells(row)[column].length)));
  const line = (values) =>
    values
      .map((value, column) => value.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const out = [line(COLUMNS), rule];
  for (const row of rows) out.push('section' in row ? `\n${row.section}` : line(cells(row)));
  return out.join('\n');
}

const escapePipes = (text) => text.replaceAll('|', '\\|');

/** @param {Row[]} rows */
export function renderMarkdown(rows) {
  const out = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map((_, column) => (column === 3 ? '---:' : '---')).join('|')}|`];
  for (const row of rows) out.push('section' in row ? `| **${escapePipes(row.section)}** | | | |` : `| ${cells(row).map(escapePipes).join(' | ')} |`);
  return out.join('\n');
}
