import { css } from 'lit';

/** Look-up form, verdict, chains of records. */
export const evidenceStyles = css`
  .chain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chain > li {
    margin: 0 0 1rem;
  }
  .record {
    padding: 1rem;
    border: 1px solid var(--console-border);
    border-radius: var(--console-radius);
  }
  .proof {
    margin-bottom: 0.75rem;
  }
  .problems {
    margin: 0 0 0.75rem;
    color: var(--console-danger);
  }
  .texts summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
  }
  .shown {
    margin: 0.5rem 0;
    padding-inline-start: 1.5rem;
  }
  .shown li {
    margin-bottom: 0.25rem;
    white-space: pre-wrap;
  }
  .exports {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1.5rem;
  }
  .key {
    margin-bottom: 1.5rem;
  }
`;
