import { css } from 'lit';

/** Erasure: form, confirmation dialog, report and log. */
export const erasureStyles = css`
  dialog {
    width: min(34rem, calc(100vw - 2rem));
    padding: 1.5rem;
    border: 1px solid var(--console-border);
    border-radius: var(--console-radius);
    color: var(--console-text);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(17 24 39 / 0.55);
  }
  dialog h2 {
    margin-top: 0;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1.25rem;
  }
  section {
    margin-top: 2rem;
  }
  .log-actions {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  td code {
    display: block;
  }
`;
