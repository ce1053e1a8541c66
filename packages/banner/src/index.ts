// Public API of @assent/banner: the Lit banner and preferences dialog, the UI controller, locales
// and the text hash. Nothing runs at import: elements are registered by the define functions.
export { createConsentUi } from './ui/create-ui.js';
export type { ConsentUi, ConsentUiOptions, EmbedTextsTarget } from './ui/create-ui.js';
export { AssentBanner, bannerMode } from './banner/banner.component.js';
export type { BannerMode, Theme } from './banner/banner.component.js';
export { defineAssentBanner, BANNER_TAG } from './banner/define.js';
export { AssentOpenPreferencesEvent } from './events/open-preferences.js';
export { LOCALES, pickLocale } from './locales/pick-locale.js';
export { loadLocale, mergeMessages } from './locales/load-locale.js';
export type { Messages, MessageOverrides, ResolvedMessages, CategoryTexts, LocaleCode } from './locales/types.js';
export { hashShownContent } from './text-hash/index.js';
export { shownContent } from './text-hash/shown-registry.js';
export type { ShownContent } from './text-hash/index.js';
// The dialog is its own entry (`@assent/banner/preferences`) so it stays out of the first layer's chunk;
// createConsentUi() loads it with import() on first use.
