/**
 * The file name of an export: the kind and the export's UTC time, never an id — subject ids are
 * often e-mail addresses, and file names end up in download lists and shared folders.
 *
 * @example
 * exportFileName('evidence', 'csv', new Date('2026-11-30T17:45:12Z')); // 'assent-evidence-2026-11-30T1745Z.csv'
 */
export function exportFileName(kind: string, extension: 'json' | 'csv', at: Date = new Date()): string {
  const time = at.toISOString().slice(0, 16).replace(':', '');
  return `assent-${kind}-${time}Z.${extension}`;
}
