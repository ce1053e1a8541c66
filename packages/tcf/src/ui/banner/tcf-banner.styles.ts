import { css } from '../shared/styles.js';

/** What the TCF first layer adds to the banner's layout: its lists and the text links row. */
export const tcfBannerStyles = css`
  .summary {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
    color: var(--assent-muted-text);
  }
  .summary li + li {
    margin-top: 0.125rem;
  }
  .subheading {
    margin: 0.25rem 0;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
  }
  .link-button {
    min-height: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--assent-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .links a {
    display: inline-block;
    min-height: 1.5rem;
  }
`;
