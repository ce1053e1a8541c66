import { css } from '../shared/css.js';

/** Layout of the preferences dialog; usable from 320 CSS px up (the cookie table stacks). */
export const preferencesStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(40rem, calc(100% - 1rem));
    max-height: calc(100% - 1rem);
    padding: 0;
    border: 1px solid var(--assent-border);
    border-radius: var(--assent-radius);
    background: var(--assent-background);
    color: var(--assent-text);
    box-shadow: var(--assent-shadow);
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    animation: assent-appear 160ms ease-out;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.75rem 1rem 0.5rem 1.25rem;
    padding-inline: 1.25rem 0.75rem;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--assent-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--assent-border);
  }
  .body {
    overflow: auto;
    padding: 0 1.25rem;
    overscroll-behavior: contain;
  }
  .intro,
  .note {
    margin: 0 0 1rem;
    color: var(--assent-muted-text);
  }
  .note {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--assent-accent);
    color: var(--assent-text);
  }
  .category {
    padding: 0.75rem 0;
    border-top: 1px solid var(--assent-border);
  }
  .category-header,
  .service-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  .category-name {
    margin: 0;
    font-size: 1rem;
  }
  .category-name::first-letter,
  .category-name label::first-letter,
  summary::first-letter {
    text-transform: uppercase;
  }
  .category-name label,
  .service-name label {
    display: block;
    cursor: pointer;
  }
  .category-description {
    margin: 0.25rem 0 0;
    color: var(--assent-muted-text);
  }
  .always-active {
    flex: none;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .switch {
    flex: none;
    appearance: none;
    position: relative;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--assent-border);
    border-radius: 1rem;
    background: var(--assent-background);
    cursor: pointer;
    transition: background-color 120ms;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset-block: 0.1875rem;
    inset-inline-start: 0.1875rem;
    width: 1.125rem;
    border-radius: 50%;
    background: var(--assent-border);
    transition: transform 120ms;
  }
  .switch:checked {
    border-color: var(--assent-accent);
    background: var(--assent-accent);
  }
  .switch:checked::before {
    background: var(--assent-accent-text);
    transform: translateX(1.25rem);
  }
  :host([dir='rtl']) .switch:checked::before {
    transform: translateX(-1.25rem);
  }
  /* Mixed: the knob halfway, so the state does not rest on colour alone. */
  .switch:indeterminate {
    border-color: var(--assent-accent);
  }
  .switch:indeterminate::before {
    background: var(--assent-accent);
    transform: translateX(0.625rem);
  }
  :host([dir='rtl']) .switch:indeterminate::before {
    transform: translateX(-0.625rem);
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    min-height: 1.5rem;
    padding: 0.25rem 0;
    cursor: pointer;
    font-weight: 600;
  }
  .service {
    margin: 0.5rem 0 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--assent-border);
  }
  .service-name {
    margin: 0;
    font-size: 1rem;
  }
  .service-details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 0.75rem;
    margin: 0.25rem 0;
  }
  .service-details dt {
    font-weight: 600;
  }
  .service-details dd {
    margin: 0;
  }
  table {
    width: 100%;
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    padding-inline: 0 0.5rem;
    border-bottom: 1px solid var(--assent-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr,
    td {
      display: block;
    }
    tr {
      padding: 0.25rem 0;
      border-bottom: 1px solid var(--assent-border);
    }
    td {
      border: 0;
    }
    td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
  /* Only the dialog hides text visually (its status line), so the banner's CSS does without it. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .footer {
    padding: 0.75rem;
    border-top: 1px solid var(--assent-border);
  }
  @keyframes assent-appear {
    from {
      transform: scale(0.97);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open],
    .switch,
    .switch::before {
      animation: none;
      transition: none;
    }
  }
`;
