import { html, nothing, type PropertyDeclarations } from 'lit';
import { ApiError } from '../api/errors.js';
import type { LedgerStatistics, StatisticsBreakdown } from '../api/types.js';
import { addDays, daysBetween, formatDay, todayUtc } from './format.js';
import { BREAKDOWNS, CHART_VALUES, breakdownSpec, categorySpec, dailySpec } from './overview-data.js';
import { breakdownTable, categoryTable, dailyTable, headline } from './overview-tables.js';
import { overviewStyles } from './overview.styles.js';
import { themeStyles } from './theme.styles.js';
import { ConsoleView } from './view-element.js';

/** The longest range the ledger answers, in days. */
const MAX_DAYS = 400;
const PRESETS = [7, 30, 90];

/**
 * The overview: decisions over a period of UTC days (presets of 7, 30 and 90 days, at most 400),
 * their shares by method, per category, and broken down by a dimension — each chart beside a
 * table with the same numbers. Reads `GET /v1/statistics` (counters, never the records).
 */
export class AssentOverview extends ConsoleView {
  static override styles = [themeStyles, overviewStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    from: { state: true },
    to: { state: true },
    by: { state: true },
    statistics: { state: true },
    shownBy: { state: true },
    error: { state: true },
    loading: { state: true },
  };

  declare private from: string;
  declare private to: string;
  declare private by: StatisticsBreakdown;
  declare private statistics?: LedgerStatistics;
  /** The breakdown `statistics` was asked for (the select may have changed since). */
  declare private shownBy: StatisticsBreakdown;
  declare private error?: string;
  declare private loading: boolean;
  declare private requested: number;

  constructor() {
    super();
    this.to = todayUtc();
    this.from = addDays(this.to, -29);
    this.by = 'region';
    this.loading = false;
    this.requested = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const { from, to, by } = this;
    if (!from || !to) return void (this.error = 'Choose both the first and the last day.');
    if (from > to) return void (this.error = 'The first day is after the last day.');
    const days = daysBetween(from, to);
    if (days > MAX_DAYS) return void (this.error = `At most ${MAX_DAYS} days can be shown at once; this period has ${days}.`);
    if (!this.api) return;
    const request = ++this.requested;
    this.loading = true;
    this.error = undefined;
    try {
      const statistics = await this.api.statistics({ from, to, by });
      if (request === this.requested) {
        this.statistics = statistics;
        this.shownBy = by;
      }
    } catch (error) {
      if (request === this.requested) this.error = error instanceof ApiError ? error.message : 'The statistics could not be loaded.';
    } finally {
      if (request === this.requested) this.loading = false;
    }
  }

  private preset(days: number): void {
    this.to = todayUtc();
    this.from = addDays(this.to, -(days - 1));
    void this.load();
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    this.from = field('from');
    this.to = field('to');
    this.by = field('by') as StatisticsBreakdown;
    void this.load();
  }

  override render() {
    const today = todayUtc();
    const presetDays = this.to === today ? daysBetween(this.from, this.to) : 0;
    return html`<h1 tabindex="-1">Overview</h1>
      <p class="muted">Consent decisions recorded by the ledger, counted per UTC day. Every record counts once: a withdrawal or a change is a decision too.</p>
      <form @submit=${this.submit} aria-label="Period and breakdown">
        <label>First day <input type="date" name="from" .value=${this.from} max=${today} required /></label>
        <label>Last day <input type="date" name="to" .value=${this.to} max=${today} required /></label>
        <label>
          Break down by
          <select name="by">
            ${BREAKDOWNS.map((breakdown) => html`<option value=${breakdown.value} ?selected=${breakdown.value === this.by}>${breakdown.label}</option>`)}
          </select>
        </label>
        <button type="submit">Show</button>
        <div class="presets" role="group" aria-label="Recent periods">
          ${PRESETS.map(
            (days) =>
              html`<button type="button" class="secondary" aria-pressed=${presetDays === days ? 'true' : 'false'} @click=${() => this.preset(days)}>Last ${days} days</button>`,
          )}
        </div>
      </form>
      <div role="status" aria-live="polite">${this.statusLine()}</div>
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing} ${this.results()}`;
  }

  private statusLine() {
    if (this.loading) return html`<p class="muted">Loading statistics…</p>`;
    const statistics = this.statistics;
    if (!statistics) return nothing;
    return html`<p class="muted">${formatDay(statistics.from)} to ${formatDay(statistics.to)} (${daysBetween(statistics.from, statistics.to)} days, UTC).</p>`;
  }

  private results() {
    const statistics = this.statistics;
    if (!statistics) return nothing;
    if (statistics.total.decisions === 0) {
      return html`<div class="message empty">
        <h2>No decisions in this period</h2>
        <p>The ledger recorded no consent decisions from ${formatDay(statistics.from)} to ${formatDay(statistics.to)}. Choose a longer period, or check that your banner sends its decisions to this ledger.</p>
      </div>`;
    }
    const by = this.shownBy;
    const values = statistics.byValue?.length ?? 0;
    return html`${headline(statistics.total)}
      <p class="muted">Shares are of all decisions in the period. “Decided by GPC” counts decisions the Global Privacy Control signal made by itself; “With GPC signal” counts every record sent while the signal was on, whatever the choice.</p>
      <section aria-labelledby="daily-heading">
        <h2 id="daily-heading">Decisions per day</h2>
        <assent-chart .spec=${dailySpec(statistics)}></assent-chart>
        ${dailyTable(statistics)}
      </section>
      <section aria-labelledby="category-heading">
        <h2 id="category-heading">Granted share per category</h2>
        ${statistics.categories.length ? html`<assent-chart .spec=${categorySpec(statistics)}></assent-chart>${categoryTable(statistics)}` : html`<p>No category choices were recorded in this period.</p>`}
      </section>
      <section aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading">By ${BREAKDOWNS.find((breakdown) => breakdown.value === by)?.label.toLowerCase() ?? by}</h2>
        <p class="muted">
          Accept-all, reject-all and custom shares per value${values > CHART_VALUES ? ` (the chart shows the ${CHART_VALUES} values with most decisions; the table has all ${values})` : ''}.
          ${by === 'text' ? 'Each text hash is one banner wording: compare them to see how a wording changes the choices.' : ''}
        </p>
        ${values ? html`<assent-chart .spec=${breakdownSpec(statistics)}></assent-chart>${breakdownTable(statistics, by)}` : html`<p>No values in this period.</p>`}
        ${by === 'text' && values ? this.wordings(statistics) : nothing}
      </section>`;
  }

  private wordings(statistics: LedgerStatistics) {
    const hashes = (statistics.byValue ?? []).map((entry) => entry.value).filter((value) => value !== '');
    return html`<h3>The wordings</h3>
      <p class="muted">Open one to read the texts the banner showed under that hash, in display order.</p>
      ${hashes.slice(0, CHART_VALUES).map((hash, index) => html`<assent-wording .api=${this.api} text-hash=${hash} label="Wording ${index + 1}"></assent-wording>`)}`;
  }
}
