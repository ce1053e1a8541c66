// The HTML report's per-page part: an overview table of the pages, then one collapsible
// `<details>` per page with its Assent setup and, for each pass, tables of what was seen.
import { code, cookieFlags, countOf, facts, pageId, setBy, urlCode as url } from './html-sections.js';
import { icon } from './html-style.js';
import { esc, formatExpiry } from './html-text.js';
import { counted, PASS_LABELS, SEVERITIES } from './labels.js';
import type { Finding, PageResult, PassResult, ScanReport, Severity } from './types.js';

/** Pages are open from the start when there are this many or fewer. */
const OPEN_UP_TO = 3;

/**
 * A table with a caption, column headers and the first cell of each row as its row header; a
 * sentence instead when there are no rows. Cells are HTML (already escaped).
 */
function table(caption: string, columns: string[], rows: string[][], none: string): string {
  if (rows.length === 0) return none ? `<p class="none">${none}</p>` : '';
  const head = columns.map((column) => `<th scope="col">${column}</th>`).join('');
  const body = rows.map(([first, ...rest]) => `<tr><th scope="row">${first ?? ''}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table>
<caption>${caption} (${rows.length})</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

const list = (items: string[]): string => (items.length > 0 ? items.map(code).join(', ') : '<span class="muted">none</span>');
const party = (thirdParty: boolean): string => (thirdParty ? 'third-party' : 'first-party');

function passBlock(pass: PassResult, scannedAt: string): string {
  const label = esc(PASS_LABELS[pass.pass] ?? pass.pass);
  // 'after Reject all': the button's name keeps its capital.
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  const cookies = table(
    `Cookies, ${lower}`,
    ['Name', 'Domain', 'Path', 'Expires', 'Flags', 'Set by', 'Party'],
    pass.cookies.map((c) => [
      code(c.name),
      code(c.domain),
      code(c.path),
      esc(formatExpiry(c.expires, scannedAt)),
      cookieFlags(c),
      setBy(c, url),
      party(c.thirdParty),
    ]),
    '',
  );
  const storage = table(
    `Storage keys, ${lower}`,
    ['Key or database', 'Area', 'Origin'],
    pass.storage.map((s) => [code(s.name), esc(s.area), url(s.origin)]),
    '',
  );
  const requests = table(
    `Third-party requests, ${lower}`,
    ['Host', 'URL', 'Type', 'Frame'],
    pass.requests.map((r) => [code(r.host), url(r.url), esc(r.resourceType), url(r.frameUrl)]),
    '',
  );
  const frames = table(
    `Frames, ${lower}`,
    ['Host', 'URL', 'Party'],
    pass.frames.map((f) => [code(f.host), url(f.url), party(f.thirdParty)]),
    '',
  );
  const gated = table(
    `Gated scripts and iframes, ${lower}`,
    ['Element', 'data-consent', 'Service', 'Source', 'Ran'],
    pass.gated.map((g) => [
      esc(g.tag),
      code(g.consent),
      g.service ? code(g.service) : '<span class="muted">none</span>',
      g.src ? url(g.src) : '<span class="muted">inline</span>',
      g.ran ? 'ran' : 'did not run',
    ]),
    '',
  );
  // What the pass did not see, in one sentence rather than five.
  const seen: Array<[string, number]> = [
    ['cookies', pass.cookies.length],
    ['storage keys', pass.storage.length],
    ['third-party requests', pass.requests.length],
    ['frames', pass.frames.length],
    ['gated scripts or iframes', pass.gated.length],
  ];
  const unseen = seen.filter(([, n]) => n === 0).map(([what]) => what);
  const nothing =
    unseen.length === 0 ? '' : `<p class="none">No ${unseen.length === 1 ? unseen[0] : `${unseen.slice(0, -1).join(', ')} or ${unseen.at(-1)}`} ${lower}.</p>`;
  const errors =
    pass.errors.length === 0 ? '' : `<h5>Errors, ${lower} (${pass.errors.length})</h5><ul>${pass.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>`;
  return `<section class="pass-block">
<h4>${label}</h4>
<p class="muted">Ended on ${url(pass.url)}${pass.granted ? `; granted then: ${pass.granted.length ? pass.granted.map(code).join(', ') : 'nothing'}` : ''}</p>
${nothing}
${cookies}
${storage}
${requests}
${frames}
${gated}
${errors}
</section>`;
}

function assentBlock(page: PageResult): string {
  if (!page.assent) return `<p class="note">${icon('notice')} This page runs no Assent: only the first pass (before any decision) ran.</p>`;
  const { assent } = page;
  const services = table(
    'Services declared in the page’s config',
    ['Service', 'Name', 'Category', 'Cookies', 'localStorage', 'Hosts'],
    assent.services.map((s) => [code(s.id), esc(s.name), code(s.category), list(s.cookies), list(s.localStorage), list(s.hosts)]),
    'The page’s config declares no services.',
  );
  return `${facts([
    ['Assent', 'ran'],
    ['Consent cookie', code(assent.cookieName)],
    ['Regime', code(assent.regime)],
    ['Categories', list(assent.categories)],
  ])}
${services}`;
}

function severityCounts(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) if (finding.severity in counts) counts[finding.severity]++;
  return counts;
}

const countBadges = (counts: Record<Severity, number>): string =>
  SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `<span class="badge ${severity}">${icon(severity)}${countOf(severity, counts[severity])}</span>`)
    .join(' ') || `<span class="badge ok">${icon('pass')}no findings</span>`;

function pageBlock(page: PageResult, index: number, report: ScanReport, findings: Finding[]): string {
  const open = report.pages.length <= OPEN_UP_TO ? ' open' : '';
  const passes = page.passes.map((pass) => passBlock(pass, report.startedAt)).join('\n');
  return `<details class="page" id="${pageId(index)}"${open}>
<summary><h3>Page ${index + 1}: ${code(page.url)}</h3> ${page.assent ? '' : '<span class="badge notice">no Assent</span> '}${countBadges(severityCounts(findings))}</summary>
<div class="page-body">
${assentBlock(page)}
${passes || '<p class="none">No pass ran.</p>'}
</div>
</details>`;
}

/** The pages: an overview table, then a collapsible block per page with a table per pass. */
export function pagesSection(report: ScanReport): string {
  const byPage = new Map<string, Finding[]>();
  for (const finding of report.findings) byPage.set(finding.page, [...(byPage.get(finding.page) ?? []), finding]);
  const overview = table(
    'Scanned pages',
    ['Page', 'Assent', 'Passes', 'Errors', 'Warnings', 'Notices'],
    report.pages.map((page, index) => {
      const counts = severityCounts(byPage.get(page.url) ?? []);
      return [
        `<a href="#${pageId(index)}">${code(page.url)}</a>`,
        page.assent ? 'ran' : 'no Assent',
        esc(String(page.passes.length)),
        ...SEVERITIES.map((severity) => String(counts[severity])),
      ];
    }),
    'No page was scanned.',
  );
  const blocks = report.pages.map((page, index) => pageBlock(page, index, report, byPage.get(page.url) ?? [])).join('\n');
  return `<section id="pages" aria-labelledby="pages-title">
<h2 id="pages-title">Pages</h2>
<p>${esc(counted(report.pages.length, 'page', 'pages'))}. Open a page to see, for each pass, the cookies, storage keys, third-party requests, frames, gated scripts and errors.</p>
${overview}
${blocks}
</section>`;
}
