import type { Messages } from '../locales/types.js';
import type { OutboxModule } from './ledger-sync.js';

/** What the lazily loaded UI module (`assent-ui.js`) exports. */
export type UiModule = typeof import('./ui-entry.js');

// Captured while the script runs: `document.currentScript` is only set during its first execution.
const base = document.currentScript instanceof HTMLScriptElement && document.currentScript.src ? document.currentScript.src : document.baseURI;

/**
 * Loads the Lit UI from the same base URL as `assent.js`; `import()` works in classic scripts.
 *
 * @example
 * const { mountConsentUi } = await loadUi();
 */
export const loadUi = (): Promise<UiModule> => import(/* @vite-ignore */ new URL('assent-ui.js', base).href);

/**
 * Loads one locale chunk (for embed placeholders and the floating button) without the UI.
 *
 * @example
 * const fr = await loadMessages('fr');
 */
export const loadMessages = (locale: string): Promise<Messages> =>
  import(/* @vite-ignore */ new URL(`locale-${locale}.js`, base).href).then((module: { default: Messages }) => module.default);

/**
 * Loads the page extras (embed texts in the page's language, the floating "way back" button), only
 * on pages with embeds or a floating button.
 *
 * @example
 * const { localisePage } = await loadPageExtras();
 */
export const loadPageExtras = (): Promise<typeof import('./page-extras.js')> => import(/* @vite-ignore */ new URL('page-extras.js', base).href);

/**
 * Loads the evidence outbox, only on sites that name a ledger (`assentConfig.syncEndpoint`).
 * `attempt` > 0 asks again under another URL: browsers remember a module that failed to load
 * (offline) under its URL.
 *
 * @example
 * const { startOutbox } = await loadOutbox();
 */
export const loadOutbox = (attempt = 0): Promise<OutboxModule> =>
  import(/* @vite-ignore */ new URL(attempt ? `assent-sync.js?attempt=${attempt}` : 'assent-sync.js', base).href);
