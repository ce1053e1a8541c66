import type { Messages } from '../locales/types.js';
import type { UiModule } from './load-ui.js';
import { loadLocale } from '../locales/load-locale.js';
import type { LocaleCode } from '../locales/types.js';
import type { OutboxModule } from './ledger-sync.js';

/**
 * The single-file build's stand-in for `load-ui.ts`: the UI is bundled in, nothing is fetched.
 * The build swaps modules (package boundaries, not code stripping).
 *
 * @example
 * const { mountConsentUi } = await loadUi();
 */
export const loadUi = (): Promise<UiModule> => import('./ui-entry.js');

/**
 * Returns one bundled locale's messages.
 *
 * @example
 * const fr = await loadMessages('fr');
 */
export const loadMessages = (locale: string): Promise<Messages> => loadLocale(locale as LocaleCode);

/**
 * Returns the bundled page extras (embed texts, floating button).
 *
 * @example
 * const { localisePage } = await loadPageExtras();
 */
export const loadPageExtras = (): Promise<typeof import('./page-extras.js')> => import('./page-extras.js');

/**
 * Returns the bundled evidence outbox.
 *
 * @example
 * const { startOutbox } = await loadOutbox();
 */
export const loadOutbox = (): Promise<OutboxModule> => import('@assent/server-sync/outbox');
