/**
 * Offers text as a file download through a Blob URL (no data: URL, no server round trip); the
 * URL is revoked once the click has been handled.
 *
 * @example
 * downloadText(evidenceCsv(bundle), exportFileName('evidence', 'csv'), 'text/csv');
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
