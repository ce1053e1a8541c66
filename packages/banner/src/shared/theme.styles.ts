import { css } from './css.js';

/**
 * Design tokens shared by the banner and the dialog: every `--assent-*` custom property with its
 * light default on `:host`, dark values for `theme="dark"` and for `theme="auto"` under a dark
 * colour scheme. Sites override a token on the element (`assent-banner { --assent-accent: … }`);
 * the dark defaults have their own selectors, so overriding only the dark theme works too
 * (`assent-banner[theme=dark] { … }`). All default pairs meet WCAG AA (text ≥ 4.5:1, borders and
 * focus rings ≥ 3:1).
 *
 * @example
 * static styles = [themeStyles, buttonStyles, css`…`];
 */
export const themeStyles = css`
  :host {
    --assent-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', 'Noto Sans Arabic', sans-serif;
    --assent-font-size: 1rem;
    --assent-background: #fff;
    --assent-text: #1c1d21;
    --assent-muted-text: #494d55;
    --assent-border: #767a82;
    --assent-accent: #1d4fb8;
    --assent-accent-hover: #163d8f;
    --assent-accent-text: #fff;
    --assent-link: #1d4fb8;
    --assent-focus-ring: #1d4fb8;
    --assent-radius: 0.5rem;
    --assent-shadow: 0 -0.25rem 1.5rem #0003;
    --assent-z-index: 2147483000;
    --assent-max-width: 62rem;
    color-scheme: light;
    font-family: var(--assent-font-family);
    font-size: var(--assent-font-size);
    line-height: 1.5;
    color: var(--assent-text);
  }
  :host([theme=dark]) {
    --assent-background: #1c1e23;
    --assent-text: #f1f2f4;
    --assent-muted-text: #c5c8ce;
    --assent-border: #8d929b;
    --assent-accent: #a9c6ff;
    --assent-accent-hover: #cfe0ff;
    --assent-accent-text: #0c1424;
    --assent-link: #a9c6ff;
    --assent-focus-ring: #ffd166;
    --assent-shadow: 0 -0.25rem 1.5rem #0009;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme=auto]) {
      --assent-background: #1c1e23;
      --assent-text: #f1f2f4;
      --assent-muted-text: #c5c8ce;
      --assent-border: #8d929b;
      --assent-accent: #a9c6ff;
      --assent-accent-hover: #cfe0ff;
      --assent-accent-text: #0c1424;
      --assent-link: #a9c6ff;
      --assent-focus-ring: #ffd166;
      --assent-shadow: 0 -0.25rem 1.5rem #0009;
      color-scheme: dark;
    }
  }
  a {
    color: var(--assent-link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--assent-focus-ring);
    outline-offset: 2px;
  }
`;

/**
 * The one button style every choice uses. Accept, Reject, Customise and Save look the same on
 * purpose: regulators (CNIL, EDPB taskforce) treat a less visible Reject as a dark pattern.
 *
 * @example
 * html`<button class="button" part="button">…</button>`
 */
export const buttonStyles = css`
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
    grid-auto-rows: 1fr;
    gap: 0.5rem;
  }
  .button {
    box-sizing: border-box;
    min-height: 2.75rem;
    margin: 0;
    padding: 0 0.5rem;
    border: 2px solid var(--assent-accent);
    border-radius: var(--assent-radius);
    background: var(--assent-accent);
    color: var(--assent-accent-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
  }
  .button:hover {
    background: var(--assent-accent-hover);
    border-color: var(--assent-accent-hover);
  }
`;
