import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import { chartStyles } from './chart.styles.js';
import { uplotConfig, type ChartSpec } from './chart-spec.js';
import { uplotStyles } from './uplot.styles.js';

const HEIGHT = 260;

/**
 * A bar chart drawn by uPlot on a canvas, with a legend. A picture for sighted readers only: the
 * element is `aria-hidden`, and every chart of the console has a table with the same numbers.
 * Redraws at its container's width. Legend swatches are SVG with a `fill` presentation attribute:
 * a style attribute (which Lit's `styleMap` writes on first render) is refused by the console's CSP.
 *
 * @example
 * html`<assent-chart .spec=${spec}></assent-chart>`
 */
export class AssentChart extends LitElement {
  static override styles = [uplotStyles, chartStyles];
  static override properties: PropertyDeclarations = { spec: { attribute: false } };

  declare spec?: ChartSpec;
  declare private plot?: uPlot;
  declare private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
    this.resizeObserver ??= new ResizeObserver(() => this.plot?.setSize({ width: this.plotWidth(), height: HEIGHT }));
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('spec')) return;
    this.plot?.destroy();
    this.plot = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!this.spec || !target) return;
    const { options, data } = uplotConfig(this.spec, this.plotWidth(), HEIGHT);
    this.plot = new uPlot(options, data, target);
  }

  private plotWidth(): number {
    return Math.max(200, Math.floor(this.clientWidth || 600));
  }

  override render() {
    return html`<div class="plot"></div>
      <ul class="legend">
        ${(this.spec?.series ?? []).map((series) => html`<li>${swatch(series.color)}${series.label}</li>`)}
      </ul>`;
  }
}

const swatch = (color: string) =>
  html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" fill=${color}></rect></svg>`;
