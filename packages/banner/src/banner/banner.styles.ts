import { css } from '../shared/css.js';

/** Layout of the first layer: fixed to the bottom so it never shifts the page (no CLS). */
export const bannerStyles = css`
  :host {
    position: fixed;
    inset-inline: 0;
    bottom: 0;
    z-index: var(--assent-z-index);
    display: block;
    box-sizing: border-box;
    padding: 0.5rem;
    pointer-events: none;
  }
  :host(:not([open])) {
    display: none;
  }
  .banner {
    box-sizing: border-box;
    max-width: var(--assent-max-width);
    max-height: calc(100vh - 1rem);
    overflow: auto;
    margin-inline: auto;
    padding: 0.75rem;
    border: 1px solid var(--assent-border);
    border-radius: var(--assent-radius);
    background: var(--assent-background);
    box-shadow: var(--assent-shadow);
    font-size: 0.875rem;
    line-height: 1.4;
    pointer-events: auto;
    animation: assent-rise 180ms ease-out;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .body,
  .note {
    margin: 0 0 0.5rem;
    color: var(--assent-muted-text);
  }
  .note {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--assent-accent);
    color: var(--assent-text);
  }
  @keyframes assent-rise {
    from {
      transform: translateY(1rem);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .banner {
      animation: none;
    }
  }
`;
