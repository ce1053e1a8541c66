import { html, type TemplateResult } from 'lit';

/**
 * A table in its own scrolling region: wide tables scroll inside it instead of the page, and the
 * region is focusable (keyboard users can scroll it) and named after the table's caption.
 *
 * @example
 * tableRegion('days-caption', html`<table><caption id="days-caption">Decisions per day</caption>…</table>`, true)
 */
export function tableRegion(captionId: string, table: TemplateResult, tall = false): TemplateResult {
  return html`<div class="table-region ${tall ? 'tall' : ''}" role="region" aria-labelledby=${captionId} tabindex="0">${table}</div>`;
}
