import { css } from 'lit';

/** A wording's disclosure. */
export const wordingStyles = css`
  summary {
    min-height: 2rem;
    cursor: pointer;
    font-weight: 600;
  }
  ol {
    margin: 0.5rem 0 1rem;
    padding-inline-start: 1.5rem;
  }
  li {
    white-space: pre-wrap;
  }
`;
