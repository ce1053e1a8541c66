// Registration of <assent-banner>: its tag name and customElements.define(). The element itself is
// banner.component.ts.
import { AssentBanner } from './banner.component.js';

/** The tag name of the first layer. */
export const BANNER_TAG = 'assent-banner';

/**
 * Registers `<assent-banner>` once (nothing is registered at import time); does nothing where
 * there is no `customElements` (Node).
 *
 * @example
 * defineAssentBanner();
 * document.body.prepend(document.createElement('assent-banner'));
 */
export function defineAssentBanner(): void {
  if (globalThis.customElements && !customElements.get(BANNER_TAG)) customElements.define(BANNER_TAG, AssentBanner);
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-banner': AssentBanner;
  }
}
