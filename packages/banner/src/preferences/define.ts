// Registration of <assent-preferences>: its tag name and customElements.define(). The element
// itself is preferences.component.ts.
import { AssentPreferences } from './preferences.component.js';

/** The tag name of the preferences dialog. */
export const PREFERENCES_TAG = 'assent-preferences';

/**
 * Registers `<assent-preferences>` once (nothing is registered at import time); does nothing
 * where there is no `customElements` (Node).
 *
 * @example
 * definePreferences();
 * document.body.append(document.createElement('assent-preferences'));
 */
export function definePreferences(): void {
  if (globalThis.customElements && !customElements.get(PREFERENCES_TAG)) customElements.define(PREFERENCES_TAG, AssentPreferences);
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-preferences': AssentPreferences;
  }
}
