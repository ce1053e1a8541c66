import { AssentBanner } from '@assent/banner';
import { unsafeCSS, type CSSResult } from 'lit';

// The TCF layers look exactly like the banner's because they adopt the banner's own stylesheets
// (theme tokens, the one button style, layout), reached through its public elements: the banner
// package does not export its stylesheets on their own.

/**
 * `<assent-banner>`'s stylesheets: `--assent-*` tokens, the shared button style, the fixed layout.
 *
 * @example
 * static styles = [...bannerSheets, css`…`];
 */
export const bannerSheets = AssentBanner.styles as CSSResult[];

/**
 * Lit's `css` for a literal block without `${}` values (as the banner does: no run-time check).
 *
 * @example
 * const extra = css`.list { margin: 0; }`;
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
