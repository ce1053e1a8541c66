// The HTML report's look: one inline style sheet (allowed by its hash in the report's own CSP, so
// no `style` attribute is ever used) and inline SVG icons, so a severity never rests on colour
// alone. Colours meet WCAG 2.2 AA (4.5:1 for text) on white and on their tinted backgrounds.
import { createHash } from 'node:crypto';
import type { Severity } from './types.js';

/**
 * The report's style sheet, the whole text of its `<style>` element.
 *
 * @example
 * const head = `<style>${REPORT_CSS}</style>`;
 */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1d2433; --muted: #475467; --line: #c8cdd6; --soft: #f2f4f7;
  --error: #b42318; --error-bg: #fef3f2; --warning: #8a4b00; --warning-bg: #fff6e5;
  --notice: #1d4ed8; --notice-bg: #eff4ff; --pass: #067647; --pass-bg: #ecfdf3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; color: var(--text); background: #fff;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.75rem; margin: 0 0 .75rem; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 0; }
h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
a { color: #1849a9; }
a:focus-visible, summary:focus-visible { outline: 3px solid #1849a9; outline-offset: 2px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .875em; }
code { background: var(--soft); border-radius: 3px; padding: 0 .2em; overflow-wrap: anywhere; unicode-bidi: isolate; }
pre { background: #101828; color: #f2f4f7; padding: 1rem; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; color: inherit; font-size: inherit; }
td code, th code { overflow-wrap: break-word; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .5rem 0 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.icon { width: 1.2em; height: 1.2em; flex: none; vertical-align: -.2em; }
.verdict { display: flex; gap: 1rem; align-items: flex-start; margin: 1.5rem 0; padding: 1rem 1.25rem; border: 3px solid; border-radius: 8px; }
.verdict > .icon { width: 2.5rem; height: 2.5rem; }
.verdict h2 { margin: 0 0 .25rem; border: 0; padding: 0; font-size: 1.5rem; }
.verdict p { margin: .25rem 0; }
.verdict.fail { border-color: var(--error); background: var(--error-bg); }
.verdict.fail h2, .verdict.fail > .icon { color: var(--error); }
.verdict.pass { border-color: var(--pass); background: var(--pass-bg); }
.verdict.pass h2, .verdict.pass > .icon { color: var(--pass); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .5rem 0; }
.counts li, .badge { display: inline-flex; align-items: center; gap: .35em; padding: .1rem .6rem; border: 1px solid; border-radius: 999px; background: #fff; font-weight: 600; }
.kinds { margin: .5rem 0 0; padding-left: 1.25rem; columns: 18rem auto; column-gap: 2rem; }
.error { color: var(--error); }
.warning { color: var(--warning); }
.notice { color: var(--notice); }
.ok { color: var(--pass); }
.counts li.zero { color: var(--muted); font-weight: 400; }
.finding { border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; color: var(--text); }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.notice { border-left-color: var(--notice); }
.finding h3 { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.finding .sev { display: inline-flex; gap: .3em; align-items: center; font-size: .9rem; text-transform: uppercase; letter-spacing: .03em; }
.finding.error .sev { color: var(--error); }
.finding.warning .sev { color: var(--warning); }
.finding.notice .sev { color: var(--notice); }
.finding .message { margin: .5rem 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; min-width: 0; }
.fix { background: var(--soft); border-radius: 4px; padding: .5rem .75rem; margin: .5rem 0; }
.finding-body { display: grid; gap: 0 2rem; }
@media (min-width: 60rem) { .finding-body { grid-template-columns: 1fr 1fr; } }
.evidence h4 { margin: .5rem 0 .25rem; font-size: .95rem; }
.group-empty { color: var(--muted); }
.muted { color: var(--muted); }
figure { margin: 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
figcaption { color: var(--muted); margin-top: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
tbody th { font-weight: 400; }
details.page { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; }
details.page > summary { cursor: pointer; padding: .6rem 1rem; background: var(--soft); border-radius: 6px; }
details.page > summary h3 { display: inline; font-size: 1rem; }
details.page[open] > summary { border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.page-body { padding: .25rem 1rem 1rem; }
.pass-block { border-top: 1px dashed var(--line); margin-top: 1rem; }
.note { border-left: 4px solid var(--notice); background: var(--notice-bg); padding: .5rem .75rem; }
.none { color: var(--muted); margin: .25rem 0; }
@media print { details.page > summary { background: none; } body { max-width: none; } }
`;

/**
 * The CSP source that allows {@link REPORT_CSS} and nothing else: `'sha256-…'`.
 *
 * @example
 * const csp = `style-src ${REPORT_CSS_HASH}`;
 */
export const REPORT_CSS_HASH = `'sha256-${createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64')}'`;

const svg = (body: string): string => `<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${body}</svg>`;
const mark = 'fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

/**
 * A decorative icon (hidden from assistive technology; the text next to it carries the meaning): a
 * shape per severity (octagon ✕, triangle !, circle i) and for a passed scan (circle ✓).
 *
 * @example
 * const html = `${icon('error')} Error`;
 */
export function icon(kind: Severity | 'pass'): string {
  switch (kind) {
    case 'error':
      return svg(`<path fill="currentColor" d="M5 .5h6L15.5 5v6L11 15.5H5L.5 11V5z"/><path ${mark} d="M5.5 5.5l5 5m0-5l-5 5"/>`);
    case 'warning':
      return svg(`<path fill="currentColor" d="M8 .8l7.6 14H.4z"/><path ${mark} d="M8 5.8v4"/><circle cx="8" cy="12.3" r="1.1" fill="#fff"/>`);
    case 'notice':
      return svg(`<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path ${mark} d="M8 7.3v4.5"/><circle cx="8" cy="4.6" r="1.1" fill="#fff"/>`);
    case 'pass':
      return svg(`<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path ${mark} d="M4.5 8.3l2.3 2.3 4.7-5"/>`);
  }
}
