// The HTML report: one self-contained document for site owners and privacy officers. No script,
// no external resource (inline CSS, inline SVG icons, the screenshot as a data URL); its own CSP
// allows only that style sheet (by hash) and data: images, so even a hostile string that slipped
// through escaping could not run or load anything. Sections: header, verdict, findings, banner,
// proposed config, pages.
import { pagesSection } from './html-pages.js';
import { findingsSection, headerSection, proposedSection, screenshotSection, verdictSection } from './html-sections.js';
import { REPORT_CSS, REPORT_CSS_HASH } from './html-style.js';
import { esc } from './html-text.js';
import type { ScanReport } from './types.js';

/** The report's own policy: nothing but its style sheet and data: images. */
const CSP = `default-src 'none'; style-src ${REPORT_CSS_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * Renders a scan report as a self-contained HTML document (inline CSS, no script, no external
 * resource; everything from the scanned site escaped).
 *
 * @example
 * const report = await scanSite({ url: 'https://example.com/' });
 * await writeFile('assent-report.html', renderHtmlReport(report));
 */
export function renderHtmlReport(report: ScanReport): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>Assent scan report: ${esc(report.startUrl)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${headerSection(report)}
<main>
${verdictSection(report)}
${findingsSection(report)}
${screenshotSection(report)}
${proposedSection(report)}
${pagesSection(report)}
</main>
</body>
</html>
`;
}
