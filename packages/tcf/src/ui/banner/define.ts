// Registration of <assent-tcf-banner>: its tag name and customElements.define().
import { AssentTcfBanner } from './tcf-banner.component.js';

/** The tag name of the TCF first layer. */
export const TCF_BANNER_TAG = 'assent-tcf-banner';

/**
 * Registers `<assent-tcf-banner>` once (nothing is registered at import time); does nothing where
 * there is no `customElements` (Node).
 *
 * @example
 * defineAssentTcfBanner();
 * document.body.prepend(document.createElement('assent-tcf-banner'));
 */
export function defineAssentTcfBanner(): void {
  if (globalThis.customElements && !customElements.get(TCF_BANNER_TAG)) customElements.define(TCF_BANNER_TAG, AssentTcfBanner);
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-tcf-banner': AssentTcfBanner;
  }
}
