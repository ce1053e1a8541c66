import { css } from 'lit';

/** The shell: header with product name, navigation and session, then the main area. */
export const consoleAppStyles = css`
  :host {
    min-height: 100vh;
    background: var(--console-background);
  }
  .skip-link {
    position: absolute;
    border: 0;
    top: 0.5rem;
    left: 0.5rem;
    z-index: 10;
    padding: 0.5rem 1rem;
    border-radius: var(--console-radius);
    background: var(--console-accent);
    color: var(--console-accent-text);
    font-weight: 600;
    transform: translateY(-200%);
  }
  .skip-link:focus {
    transform: none;
  }
  header {
    border-bottom: 1px solid var(--console-border);
    background: var(--console-surface);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.75rem 1rem;
  }
  .product {
    margin: 0;
    font-size: 1.1rem;
    font-weight: 700;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: 0.5rem 0.75rem;
    border-radius: var(--console-radius);
    color: var(--console-text);
    font-weight: 600;
    text-decoration: none;
  }
  nav a:hover {
    background: #e5e7eb;
  }
  nav a[aria-current='page'] {
    background: var(--console-accent);
    color: var(--console-accent-text);
  }
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-inline-start: auto;
    font-size: 0.875rem;
  }
  .session p {
    margin: 0;
  }
  .scopes {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scopes > span {
    padding: 0.05rem 0.5rem;
    border: 1px solid var(--console-control-border);
    border-radius: 999px;
    background: var(--console-background);
  }
  @media (max-width: 30rem) {
    nav a {
      padding: 0.5rem 0.6rem;
    }
    .session {
      margin-inline-start: 0;
    }
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  main:focus {
    outline: none;
  }
  .loading {
    padding: 3rem 1rem;
    text-align: center;
  }
`;
