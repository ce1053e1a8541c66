import { css } from '../shared/styles.js';

/** What the TCF dialog adds to the banner's dialog styles: section headings, switch rows, vendor details. */
export const tcfPreferencesStyles = css`
  .section-heading {
    margin: 1rem 0 0.25rem;
    font-size: 1.125rem;
  }
  .section-heading:focus {
    outline: none;
  }
  .section-heading:focus-visible {
    outline: 3px solid var(--assent-focus-ring);
  }
  .toggle-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-top: 0.375rem;
  }
  .toggle-row label {
    cursor: pointer;
  }
  .hint,
  .info-only,
  .count {
    display: block;
    color: var(--assent-muted-text);
    font-size: 0.875rem;
  }
  .item-description {
    margin: 0.25rem 0;
    color: var(--assent-muted-text);
  }
  .illustrations {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
    color: var(--assent-muted-text);
  }
  .search {
    display: grid;
    gap: 0.25rem;
    margin: 0.5rem 0;
  }
  .search input {
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0 0.5rem;
    border: 2px solid var(--assent-border);
    border-radius: var(--assent-radius);
    background: var(--assent-background);
    color: var(--assent-text);
    font: inherit;
  }
  .vendor {
    padding: 0.25rem 0;
    border-top: 1px solid var(--assent-border);
  }
  .vendor > details {
    margin: 0;
  }
  .vendor-facts {
    margin: 0.25rem 0;
  }
  .vendor-facts dt {
    margin-top: 0.375rem;
    font-weight: 600;
  }
  .vendor-facts dd {
    margin: 0;
  }
  .vendor-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.375rem 0;
  }
  .plain-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [hidden] {
    display: none !important;
  }
`;
