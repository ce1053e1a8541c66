// The HTML report's sections before the per-page tables: header, verdict, findings, banner
// screenshot and proposed config. Every string from the scanned site goes through esc(); the only
// site data put into a URL is the screenshot's base64, and only after isBase64().
import { icon } from './html-style.js';
import { esc, formatDuration, formatExpiry, formatTime, isBase64, jsonBlock } from './html-text.js';
import { counted, KIND_TITLES, PASS_LABELS, SEVERITIES, SEVERITY_LABELS, SUBJECT_LABELS } from './labels.js';
import type { CookieObservation, Finding, RequestObservation, ScanReport, Severity, StorageObservation } from './types.js';

/** Site text in a `<code>` element. */
export const code = (text: string): string => `<code>${esc(text)}</code>`;

/**
 * Escaped text whose `backtick` spans (how messages and fixes mark code) become `<code>`.
 *
 * @example
 * withCode('Add `data-consent`'); // 'Add <code>data-consent</code>'
 */
export const withCode = (text: string): string => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** A URL in a `<code>` element that may break after `/ ? & = #` (`<wbr>` added to the escaped text), never inside a host name. */
export const urlCode = (text: string): string => `<code>${esc(text).replace(/([/?=#]|&amp;)(?=.)/g, '$1<wbr>')}</code>`;

/** A `<dl>` of label/HTML pairs (labels are ours, values already HTML). */
export const facts = (pairs: Array<[string, string]>, className = 'facts'): string =>
  `<dl class="${className}">${pairs.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`;

/** `1 error`, `2 warnings`, … for a severity. */
export const countOf = (severity: Severity, count: number): string => counted(count, SEVERITY_LABELS[severity].singular, SEVERITY_LABELS[severity].plural);

/** The anchor id of the n-th page (0-based index): ids never carry site data. */
export const pageId = (index: number): string => `page-${index + 1}`;

/** Title of the document and its header: start URL, times, browser, pages and tool. */
export function headerSection(report: ScanReport): string {
  const { summary } = report;
  const duration = formatDuration(report.startedAt, report.finishedAt);
  const pages = `${summary.pages} (Assent ran on ${summary.assentPages})`;
  return `<header>
<h1>Assent scan report</h1>
${facts(
  [
    ['Site', code(report.startUrl)],
    ['Scanned', `${esc(formatTime(report.startedAt))}${duration ? ` (took ${esc(duration)})` : ''}`],
    ['Browser', `Chromium ${esc(report.browser.version)}`],
    ['Pages scanned', esc(pages)],
    ['Passes', report.options.passes.map((pass) => esc(PASS_LABELS[pass] ?? pass)).join(', ')],
    ['Tool', `${esc(report.tool.name)} ${esc(report.tool.version)} (report format v${esc(String(report.schemaVersion))})`],
  ],
  'meta',
)}
<nav aria-label="Sections"><ul><li><a href="#verdict">Verdict</a></li><li><a href="#findings">Findings</a></li><li><a href="#banner">Banner</a></li><li><a href="#proposed">Proposed config</a></li><li><a href="#pages">Pages</a></li></ul></nav>
</header>`;
}

/** The verdict box: pass or fail in words and shape, the three counts and the counts by kind. */
export function verdictSection(report: ScanReport): string {
  const { summary } = report;
  const failed = summary.verdict === 'fail';
  const errorPages = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.page)).size;
  const line = failed
    ? `Something runs or stays without consent: ${countOf('error', summary.errors)} on ${counted(errorPages, 'page', 'pages')} of ${summary.pages}.`
    : summary.warnings > 0
      ? `Nothing runs or stays without consent, but ${counted(summary.warnings, 'warning needs', 'warnings need')} a decision.`
      : 'Nothing runs or stays without consent on the scanned pages.';
  const counts = SEVERITIES.map((severity) => {
    const n = severity === 'error' ? summary.errors : severity === 'warning' ? summary.warnings : summary.notices;
    return `<li class="${n === 0 ? 'zero' : severity}">${icon(severity)}${countOf(severity, n)}</li>`;
  }).join('');
  const kinds = Object.entries(summary.byKind)
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([kind, n]) => `<li>${esc(KIND_TITLES[kind as Finding['kind']] ?? kind)}: ${esc(String(n))}</li>`)
    .join('');
  return `<section id="verdict" class="verdict ${failed ? 'fail' : 'pass'}" aria-labelledby="verdict-title">
${icon(failed ? 'error' : 'pass')}
<div>
<h2 id="verdict-title">${failed ? 'Fail' : 'Pass'}: ${countOf('error', summary.errors)}, ${countOf('warning', summary.warnings)}, ${countOf('notice', summary.notices)}</h2>
<p>${esc(line)}</p>
<ul class="counts" aria-label="Findings by severity">${counts}</ul>
${kinds ? `<ul class="kinds" aria-label="Findings by kind">${kinds}</ul>` : ''}
</div>
</section>`;
}

const isCookie = (e: NonNullable<Finding['evidence']>): e is CookieObservation => 'expires' in e && 'sameSite' in e;
const isStorage = (e: NonNullable<Finding['evidence']>): e is StorageObservation => 'area' in e && 'origin' in e;
const isRequest = (e: NonNullable<Finding['evidence']>): e is RequestObservation => 'resourceType' in e && 'url' in e;

/** Who set a cookie: `Set-Cookie header of <url>`, `script <url>` or `unknown`. */
export function setBy(cookie: CookieObservation, format: (url: string) => string = code): string {
  const url = cookie.setByUrl ? ` ${format(cookie.setByUrl)}` : '';
  if (cookie.setBy === 'header') return `<code>Set-Cookie</code> header${url ? ` of${url}` : ''}`;
  if (cookie.setBy === 'script') return `script${url}`;
  return `unknown${url}`;
}

/** A cookie's flags: `HttpOnly, Secure, SameSite=Lax` (absent flags say `not HttpOnly`, …). */
export const cookieFlags = (cookie: CookieObservation): string =>
  [cookie.httpOnly ? 'HttpOnly' : 'not HttpOnly', cookie.secure ? 'Secure' : 'not Secure', `SameSite=${esc(String(cookie.sameSite))}`].join(', ');

/** The proof of a finding, as label/value pairs. */
function evidenceFacts(evidence: NonNullable<Finding['evidence']>, scannedAt: string): Array<[string, string]> {
  if (isCookie(evidence))
    return [
      ['Cookie', code(evidence.name)],
      ['Domain', code(evidence.domain)],
      ['Path', code(evidence.path)],
      ['Expires', esc(formatExpiry(evidence.expires, scannedAt))],
      ['Flags', cookieFlags(evidence)],
      ['Set by', setBy(evidence)],
      ['Party', evidence.thirdParty ? 'third-party (another site than the page’s)' : 'first-party'],
    ];
  if (isStorage(evidence))
    return [
      ['Area', esc(evidence.area)],
      ['Origin', code(evidence.origin)],
      [evidence.area === 'indexedDB' ? 'Database' : 'Key', code(evidence.name)],
    ];
  if (isRequest(evidence))
    return [
      ['URL', code(evidence.url)],
      ['Host', code(evidence.host)],
      ['Resource type', esc(evidence.resourceType)],
      ['Frame', code(evidence.frameUrl)],
    ];
  return [];
}

function findingCard(finding: Finding, report: ScanReport, pageIndex: Map<string, number>): string {
  const severity = SEVERITY_LABELS[finding.severity] ? finding.severity : 'notice';
  const page = pageIndex.get(finding.page);
  const pageLink = page === undefined ? '' : ` <a href="#${pageId(page)}">page ${page + 1} details</a>`;
  const service = finding.service
    ? `${esc(finding.service.name)} (${code(finding.service.id)}, category ${code(finding.service.category)}), ${
        finding.service.source === 'config' ? 'declared in the page’s config' : 'recognised from the catalogue'
      }`
    : '<span class="muted">none known</span>';
  const pairs: Array<[string, string]> = [
    ['Page', `${code(finding.page)}${pageLink}`],
    ['Pass', esc(PASS_LABELS[finding.pass] ?? finding.pass)],
    ['Subject', `${esc(SUBJECT_LABELS[finding.subject.type] ?? finding.subject.type)} ${code(finding.subject.name)}`],
    ['Service', service],
  ];
  const evidence = finding.evidence ? evidenceFacts(finding.evidence, report.startedAt) : [];
  return `<article class="finding ${severity}">
<h3><span class="sev">${icon(severity)}${SEVERITY_LABELS[severity].label}</span> <span>${esc(KIND_TITLES[finding.kind] ?? finding.kind)}: ${code(finding.subject.name)}</span></h3>
<p class="message">${withCode(finding.message)}</p>
<div class="fix"><strong>Fix:</strong> ${withCode(finding.fix)}</div>
<div class="finding-body">
<div>${facts(pairs)}</div>
${evidence.length > 0 ? `<div class="evidence"><h4>Evidence</h4>${facts(evidence)}</div>` : ''}
</div>
</article>`;
}

/** The findings, grouped errors → warnings → notices, in report order within each group. */
export function findingsSection(report: ScanReport): string {
  const pageIndex = new Map(report.pages.map((page, index) => [page.url, index] as const));
  const groups = SEVERITIES.map((severity) => {
    const findings = report.findings.filter((f) => f.severity === severity);
    const { title, plural } = SEVERITY_LABELS[severity];
    const body =
      findings.length === 0 ? `<p class="group-empty">No ${plural}.</p>` : findings.map((finding) => findingCard(finding, report, pageIndex)).join('\n');
    return `<section aria-labelledby="findings-${severity}">
<h3 id="findings-${severity}" class="${severity}">${icon(severity)} ${title} (${findings.length})</h3>
${body}
</section>`;
  });
  return `<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
${groups.join('\n')}
</section>`;
}

/** The banner screenshot as a data URL, when there is one and its data is plain base64. */
export function screenshotSection(report: ScanReport): string {
  const shot = report.screenshot;
  let body: string;
  if (!shot) body = '<p class="none">No screenshot was taken.</p>';
  else {
    const where = `${PASS_LABELS[shot.pass] ?? shot.pass}, on ${shot.page}`;
    body = isBase64(shot.base64)
      ? `<figure><img src="data:image/png;base64,${shot.base64}" alt="${esc(`The consent banner as the scanner saw it: ${where}`)}"><figcaption>${esc(
          PASS_LABELS[shot.pass] ?? shot.pass,
        )}: the banner on ${code(shot.page)}.</figcaption></figure>`
      : `<p class="none">The screenshot of ${code(shot.page)} is left out: its data is not valid base64.</p>`;
  }
  return `<section id="banner" aria-labelledby="banner-title">
<h2 id="banner-title">Banner</h2>
${body}
</section>`;
}

/** The proposed `services` entries: what each is based on, then the JSON to paste. */
export function proposedSection(report: ScanReport): string {
  const proposals = report.proposedServices;
  if (proposals.length === 0)
    return `<section id="proposed" aria-labelledby="proposed-title">
<h2 id="proposed-title">Proposed config</h2>
<p class="none">Nothing to add: a declared service covers every cookie, storage key and host that was seen.</p>
</section>`;
  const rows = proposals
    .map((p) => {
      const origin =
        p.source === 'catalogue' ? 'known service, from the catalogue' : 'made from what was seen: fill in its category, provider, purpose and privacy policy';
      const seen = p.seen.length > 0 ? p.seen.map(code).join(', ') : '<span class="muted">nothing listed</span>';
      return `<tr><th scope="row">${esc(p.name)} ${code(p.id)}</th><td>${code(p.category)}</td><td>${esc(origin)}</td><td>${seen}</td></tr>`;
    })
    .join('\n');
  const paste = proposals.map(({ source: _source, seen: _seen, ...service }) => service);
  return `<section id="proposed" aria-labelledby="proposed-title">
<h2 id="proposed-title">Proposed config</h2>
<p>Services for what no declared service covers. Check each one, complete those made from what was seen (category <code>unknown</code>), then add them to the <code>services</code> of your Assent config.</p>
<table>
<caption>What each proposed service is based on (${proposals.length})</caption>
<thead><tr><th scope="col">Service</th><th scope="col">Category</th><th scope="col">Source</th><th scope="col">Seen</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3 id="proposed-json-title">The <code>services</code> entries, to paste</h3>
<pre id="proposed-config" aria-labelledby="proposed-json-title"><code>${jsonBlock(paste)}</code></pre>
</section>`;
}
