import { html, type TemplateResult } from 'lit';
import type { LedgerStatistics, StatisticsTally } from '../api/types.js';
import { formatCount, formatDay, formatShare } from './format.js';
import { BREAKDOWNS, METHODS } from './overview-data.js';
import { tableRegion } from './table-region.js';

const decisions = (count: number) => `${formatCount(count)} ${count === 1 ? 'decision' : 'decisions'}`;
const countAndShare = (part: number, whole: number) => html`${formatCount(part)} <span class="muted">(${formatShare(part, whole)})</span>`;

/**
 * The headline numbers of a range: decisions, and the share of each method and of the GPC signal.
 *
 * @example
 * html`${headline(statistics.total)}`
 */
export function headline(total: StatisticsTally): TemplateResult {
  const figures: Array<{ label: string; value: string; detail?: string }> = [
    { label: 'Decisions', value: formatCount(total.decisions) },
    ...METHODS.filter((method) => method.key !== 'api' || total.api > 0).map((method) => ({
      label: method.label,
      value: formatShare(total[method.key], total.decisions),
      detail: decisions(total[method.key]),
    })),
    { label: 'With GPC signal', value: formatShare(total.gpcSignal, total.decisions), detail: decisions(total.gpcSignal) },
  ];
  return html`<dl class="headline">
    ${figures.map(
      (figure) => html`<div class="figure">
        <dt>${figure.label}</dt>
        <dd><span class="value">${figure.value}</span>${figure.detail ? html`<span class="detail">${figure.detail}</span>` : ''}</dd>
      </div>`,
    )}
  </dl>`;
}

/**
 * Decisions per day by method, every day of the range.
 *
 * @example
 * html`${dailyTable(statistics)}`
 */
export function dailyTable(statistics: LedgerStatistics): TemplateResult {
  return tableRegion(
    'daily-caption',
    html`<table>
      <caption id="daily-caption">Decisions per day, by method</caption>
      <thead>
        <tr>
          <th scope="col">Day (UTC)</th>
          <th scope="col" class="number">Decisions</th>
          ${METHODS.map((method) => html`<th scope="col" class="number">${method.label}</th>`)}
          <th scope="col" class="number">With GPC signal</th>
        </tr>
      </thead>
      <tbody>
        ${statistics.days.map(
          (day) => html`<tr>
            <th scope="row"><time datetime=${day.day}>${formatDay(day.day)}</time></th>
            <td class="number">${formatCount(day.decisions)}</td>
            ${METHODS.map((method) => html`<td class="number">${formatCount(day[method.key])}</td>`)}
            <td class="number">${formatCount(day.gpcSignal)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
    true,
  );
}

/**
 * How often each category was granted and denied in the range's records.
 *
 * @example
 * html`${categoryTable(statistics)}`
 */
export function categoryTable(statistics: LedgerStatistics): TemplateResult {
  return tableRegion(
    'category-caption',
    html`<table>
      <caption id="category-caption">Categories granted and denied</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col" class="number">Granted</th>
          <th scope="col" class="number">Denied</th>
          <th scope="col" class="number">Granted share</th>
        </tr>
      </thead>
      <tbody>
        ${statistics.categories.map(
          (entry) => html`<tr>
            <th scope="row">${entry.category}</th>
            <td class="number">${formatCount(entry.granted)}</td>
            <td class="number">${formatCount(entry.denied)}</td>
            <td class="number">${formatShare(entry.granted, entry.granted + entry.denied)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/**
 * Decisions per value of the breakdown, with each method's count and share of that value.
 *
 * @example
 * html`${breakdownTable(statistics, 'text')}`
 */
export function breakdownTable(statistics: LedgerStatistics, by: string): TemplateResult {
  const name = BREAKDOWNS.find((breakdown) => breakdown.value === by)?.label ?? by;
  return tableRegion(
    'breakdown-caption',
    html`<table>
      <caption id="breakdown-caption">Decisions by ${name.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">${name}</th>
          <th scope="col" class="number">Decisions</th>
          ${METHODS.map((method) => html`<th scope="col" class="number">${method.label}</th>`)}
          <th scope="col" class="number">With GPC signal</th>
        </tr>
      </thead>
      <tbody>
        ${(statistics.byValue ?? []).map(
          (entry) => html`<tr>
            <th scope="row">${by === 'text' ? html`<code>${entry.value || '(none)'}</code>` : entry.value || '(none)'}</th>
            <td class="number">${formatCount(entry.decisions)}</td>
            ${METHODS.map((method) => html`<td class="number">${countAndShare(entry[method.key], entry.decisions)}</td>`)}
            <td class="number">${countAndShare(entry.gpcSignal, entry.decisions)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
