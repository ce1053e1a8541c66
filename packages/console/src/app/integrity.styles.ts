import { css } from 'lit';

/** Integrity: checkpoint, verify with progress, retention. */
export const integrityStyles = css`
  section {
    margin-bottom: 2rem;
  }
  h3 {
    margin-top: 1.5rem;
  }
  progress {
    width: 100%;
    max-width: 30rem;
    height: 1rem;
    accent-color: var(--console-accent);
  }
  details summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
`;
