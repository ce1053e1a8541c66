// The script tag's loaders of code most page views never run. As written here they import() the
// sources: bundlers, the single-file build (assent.all.js), the type checker and the tests use
// them so. For assent.js the build swaps this module for one that fetches each file from the
// script's base URL instead (packages/banner/script-chunks.mjs lists the files).
import type { LocaleCode, Messages } from '../locales/types.js';
import type { OutboxModule } from './ledger-sync.js';
import { loadLocale } from '../locales/load-locale.js';

/** What the lazily loaded UI module (`assent-ui.js`) exports. */
export type UiModule = typeof import('./ui-entry.js');

/**
 * Loads the Lit UI (`assent-ui.js` beside `assent.js`; `import()` works in classic scripts).
 *
 * @example
 * const { mountConsentUi } = await loadUi();
 */
export const loadUi = (): Promise<UiModule> => import('./ui-entry.js');

/**
 * Loads one locale's messages (`locale-xx.js`), for embed placeholders and the floating button,
 * without the UI.
 *
 * @example
 * const fr = await loadMessages('fr');
 */
export const loadMessages = (locale: string): Promise<Messages> => loadLocale(locale as LocaleCode);

/**
 * Loads the page extras (`page-extras.js`: embed texts in the page's language, the floating "way
 * back" button), only on pages with embeds or a floating button.
 *
 * @example
 * const { localisePage } = await loadPageExtras();
 */
export const loadPageExtras = (): Promise<typeof import('./page-extras.js')> => import('./page-extras.js');

/**
 * Loads the evidence outbox (`assent-sync.js`), only on sites that name a ledger
 * (`assentConfig.syncEndpoint`). In assent.js it takes the attempt number: a later attempt asks
 * under another URL, since browsers remember a module that failed to load (offline) under its URL.
 *
 * @example
 * const { startOutbox } = await loadOutbox();
 */
export const loadOutbox = (): Promise<OutboxModule> => import('./sync-entry.js');
