import { unsafeCSS, type CSSResult } from '@lit/reactive-element/css-tag.js';

/**
 * Lit's `css` tag for a literal block without `${}` values, which is what every stylesheet here
 * is: Lit's tag checks each interpolated value at run time, and that check and its message are
 * ≈200 B gzip that every first visitor would download for nothing. Interpolations are a type error.
 *
 * @example
 * export const bannerStyles = css`:host { display: block; }`;
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
