import type { Finding, PageResult, ScanSummary } from './report/types.js';

/**
 * The totals of a scan: verdict (`fail` with any error), pages, counts by severity and kind.
 *
 * @example
 * const summary = summarise(pages, findings);
 */
export function summarise(pages: PageResult[], findings: Finding[]): ScanSummary {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const byKind: ScanSummary['byKind'] = {};
  for (const { kind } of findings) byKind[kind] = (byKind[kind] ?? 0) + 1;
  const errors = count('error');
  return {
    verdict: errors > 0 ? 'fail' : 'pass',
    pages: pages.length,
    assentPages: pages.filter((page) => page.assent).length,
    errors,
    warnings: count('warning'),
    notices: count('notice'),
    byKind,
  };
}
