import { css } from 'lit';

/** Status messages, tables in their own scrolling region, and lists of facts (`dl.facts`). */
export const contentStyles = css`
  /* Status messages */
  .message {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--console-accent);
    border-radius: var(--console-radius);
    background: var(--console-surface);
  }
  .message.error {
    border-color: var(--console-danger);
    background: var(--console-danger-surface);
  }
  .message.ok {
    border-color: var(--console-success);
    background: var(--console-success-surface);
  }
  .status-ok {
    color: var(--console-success);
    font-weight: 600;
  }
  .status-failed {
    color: var(--console-danger);
    font-weight: 600;
  }

  /* Tables: each in its own scrolling region, so the page never scrolls sideways. */
  .table-region {
    max-width: 100%;
    overflow-x: auto;
    margin: 0 0 1rem;
    border: 1px solid var(--console-border);
    border-radius: var(--console-radius);
  }
  .table-region.tall {
    max-height: 24rem;
    overflow-y: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  caption {
    padding: 0.5rem 0.75rem;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.4rem 0.75rem;
    border-top: 1px solid var(--console-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--console-surface);
    white-space: nowrap;
  }
  tbody th {
    white-space: nowrap;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.35rem 1rem;
    margin: 0 0 1rem;
  }
  dl.facts dt {
    color: var(--console-muted);
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
      gap: 0 0;
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
  }
`;
