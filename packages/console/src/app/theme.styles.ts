import { css } from 'lit';
import { contentStyles } from './content.styles.js';

// Colours (WCAG 2.2 AA on white: text ≥ 4.5:1, borders of controls ≥ 3:1), headings, forms,
// buttons and the focus ring.
const baseStyles = css`
  :host {
    --console-text: #1b1f24;
    --console-muted: #4b5563;
    --console-background: #ffffff;
    --console-surface: #f4f6f8;
    --console-border: #d0d5db;
    --console-control-border: #6b7280;
    --console-accent: #1d4ed8;
    --console-accent-hover: #1e3a8a;
    --console-accent-text: #ffffff;
    --console-danger: #b42318;
    --console-danger-surface: #fef3f2;
    --console-success: #166534;
    --console-success-surface: #f0fdf4;
    --console-focus: #1d4ed8;
    --console-radius: 6px;
    display: block;
    color: var(--console-text);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }
  h2 {
    margin: 2rem 0 0.75rem;
    font-size: 1.2rem;
    line-height: 1.3;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--console-focus);
    outline-offset: 4px;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--console-accent);
  }
  code,
  pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  pre {
    margin: 0.5rem 0 0;
    padding: 0.75rem;
    overflow-x: auto;
    border-radius: var(--console-radius);
    background: var(--console-surface);
    white-space: pre-wrap;
  }
  .muted {
    color: var(--console-muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Forms */
  form,
  .form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  label,
  .label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
    font-size: 0.9rem;
  }
  input[type='text'],
  input[type='password'],
  input[type='date'],
  select {
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--console-control-border);
    border-radius: var(--console-radius);
    background: var(--console-background);
    color: var(--console-text);
    font: inherit;
    font-weight: 400;
    max-width: 100%;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
    font-size: 0.9rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .choice {
    flex-direction: row;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    font-size: 1rem;
    min-height: 2.5rem;
  }
  .choice input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--console-accent);
  }
  .field-wide {
    flex: 1 1 18rem;
    min-width: 0;
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--console-muted);
    font-size: 0.875rem;
    font-weight: 400;
  }

  /* Buttons */
  button {
    min-height: 2.5rem;
    padding: 0.45rem 1rem;
    border: 1px solid var(--console-accent);
    border-radius: var(--console-radius);
    background: var(--console-accent);
    color: var(--console-accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--console-accent-hover);
    border-color: var(--console-accent-hover);
  }
  button.secondary {
    background: var(--console-background);
    color: var(--console-accent);
  }
  button.secondary:hover {
    background: var(--console-surface);
    color: var(--console-accent-hover);
  }
  button.secondary[aria-pressed='true'] {
    background: var(--console-accent);
    color: var(--console-accent-text);
  }
  button.danger {
    background: var(--console-danger);
    border-color: var(--console-danger);
  }
  button.danger:hover {
    background: #7a271a;
    border-color: #7a271a;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    background: #e5e7eb;
    border-color: #9ca3af;
    color: #374151;
  }
  :focus-visible {
    outline: 3px solid var(--console-focus);
    outline-offset: 2px;
  }
  input:focus-visible,
  select:focus-visible {
    outline-offset: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * What every view shares: colours (WCAG 2.2 AA on white: text ≥ 4.5:1, borders of controls ≥ 3:1),
 * headings, forms, buttons, the focus ring, and (content.styles.ts) status messages, tables in
 * their own scrolling region and lists of facts.
 */
export const themeStyles = [baseStyles, contentStyles];
