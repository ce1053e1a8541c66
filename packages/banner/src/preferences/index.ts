// Public entry `@assent/banner/preferences`: the dialog, kept apart so bundlers can split it off.
export { AssentPreferences } from './preferences.component.js';
export { definePreferences, PREFERENCES_TAG } from './define.js';
