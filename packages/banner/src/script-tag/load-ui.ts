import type { Messages } from '../locales/types.js';
import type { OutboxModule } from './ledger-sync.js';
import { fromBase } from './base-url.js';

/** What the lazily loaded UI module (`assent-ui.js`) exports. */
export type UiModule = typeof import('./ui-entry.js');

/**
 * Loads the Lit UI from the same base URL as `assent.js`; `import()` works in classic scripts.
 *
 * @example
 * const { mountConsentUi } = await loadUi();
 */
export const loadUi = (): Promise<UiModule> => fromBase('assent-ui.js');

/**
 * Loads one locale chunk (for embed placeholders and the floating button) without the UI.
 *
 * @example
 * const fr = await loadMessages('fr');
 */
export const loadMessages = (locale: string): Promise<Messages> =>
  fromBase<{ default: Messages }>(`locale-${locale}.js`).then((module) => module.default);

/**
 * Loads the page extras (embed texts in the page's language, the floating "way back" button), only
 * on pages with embeds or a floating button.
 *
 * @example
 * const { localisePage } = await loadPageExtras();
 */
export const loadPageExtras = (): Promise<typeof import('./page-extras.js')> => fromBase('page-extras.js');

/**
 * Loads the evidence outbox, only on sites that name a ledger (`assentConfig.syncEndpoint`).
 * `attempt` > 0 asks again under another URL: browsers remember a module that failed to load
 * (offline) under its URL.
 *
 * @example
 * const { startOutbox } = await loadOutbox();
 */
export const loadOutbox = (attempt = 0): Promise<OutboxModule> =>
  fromBase(attempt ? `assent-sync.js?attempt=${attempt}` : 'assent-sync.js');
