import { css } from 'lit';

/** The overview: period form, headline figures, then each chart with its table. */
export const overviewStyles = css`
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .headline {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0.75rem;
    margin: 0 0 0.5rem;
  }
  .figure {
    padding: 0.75rem 1rem;
    border: 1px solid var(--console-border);
    border-radius: var(--console-radius);
    background: var(--console-surface);
  }
  .figure dt {
    font-size: 0.875rem;
    color: var(--console-muted);
    font-weight: 600;
  }
  .figure dd {
    margin: 0;
  }
  .figure .value {
    display: block;
    font-size: 1.5rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figure .detail {
    font-size: 0.8rem;
    color: var(--console-muted);
  }
  section {
    margin-top: 2rem;
  }
  assent-chart {
    margin-bottom: 1rem;
  }
`;
