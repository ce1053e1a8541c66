import { css } from 'lit';

/** A chart: the plot, then its legend. */
export const chartStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .plot {
    width: 100%;
    min-height: 240px;
  }
  .uplot {
    width: 100%;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .swatch {
    display: inline-block;
    width: 0.9rem;
    height: 0.9rem;
    margin-inline-end: 0.35rem;
    vertical-align: -0.1rem;
    border: 1px solid #1b1f24;
    border-radius: 2px;
  }
`;
