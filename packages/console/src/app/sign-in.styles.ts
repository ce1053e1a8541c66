import { css } from 'lit';

/** The sign-in card, centred and narrow. */
export const signInStyles = css`
  :host {
    max-width: 30rem;
    margin: 3rem auto;
    padding: 0 1rem;
  }
  .card {
    padding: 1.5rem;
    border: 1px solid var(--console-border);
    border-radius: var(--console-radius);
    background: var(--console-background);
  }
  .product {
    margin: 0 0 0.25rem;
    color: var(--console-muted);
    font-weight: 700;
  }
  form {
    flex-direction: column;
    align-items: stretch;
  }
  button {
    align-self: flex-start;
  }
`;
