// Registration of <assent-tcf-preferences>: its tag name and customElements.define().
import { AssentTcfPreferences } from './tcf-preferences.component.js';

/** The tag name of the TCF preferences dialog. */
export const TCF_PREFERENCES_TAG = 'assent-tcf-preferences';

/**
 * Registers `<assent-tcf-preferences>` once (nothing is registered at import time); does nothing
 * where there is no `customElements` (Node).
 *
 * @example
 * defineAssentTcfPreferences();
 * document.body.append(document.createElement('assent-tcf-preferences'));
 */
export function defineAssentTcfPreferences(): void {
  if (globalThis.customElements && !customElements.get(TCF_PREFERENCES_TAG)) customElements.define(TCF_PREFERENCES_TAG, AssentTcfPreferences);
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-tcf-preferences': AssentTcfPreferences;
  }
}
