import { AssentPreferences } from '@assent/banner/preferences';
import type { CSSResult } from 'lit';

/**
 * `<assent-preferences>`'s stylesheets: tokens, buttons, dialog, switches, details. Apart from the
 * first layer's sheets, so the first layer's chunk does not carry the banner's dialog.
 *
 * @example
 * static styles = [...dialogSheets, css`…`];
 */
export const dialogSheets = AssentPreferences.styles as CSSResult[];
