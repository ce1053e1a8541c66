/** One CSV cell before quoting: text, a number, a boolean, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

// OWASP's CSV injection advice: a cell that a spreadsheet would read as a formula (=, +, -, @, and
// tab or carriage return, which some strip before looking) is prefixed with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 text: numbers and booleans as they are, text made formula-safe and quoted
 * when it holds a comma, a quote or a line break (quotes doubled).
 *
 * @example
 * csvCell('=HYPERLINK("x")'); // `"'=HYPERLINK(""x"")"`
 * csvCell(3); // '3'
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document (RFC 4180): a header line, then one line per row, CRLF after every line.
 *
 * @example
 * toCsv(['id', 'note'], [['a', 'x, y']]); // 'id,note\r\na,"x, y"\r\n'
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
