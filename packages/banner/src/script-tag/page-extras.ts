import type { PageController } from '@assent/core/page';
import type { Messages } from '../locales/types.js';
import { pickLocale } from '../locales/pick-locale.js';
import { mountFloatingButton } from './floating-button.js';
import type { ScriptTagConfig } from './read-config.js';

/**
 * What `localisePage()` needs from the script-tag entry.
 *
 * @example
 * const options: PageExtrasOptions = { config, page, loadMessages, showPreferences: (opener) => assent.showPreferences(opener) };
 */
export interface PageExtrasOptions {
  config: ScriptTagConfig;
  page: PageController;
  /** Fetches a locale chunk from the entry's base URL. */
  loadMessages(locale: string): Promise<Messages>;
  showPreferences(opener: HTMLElement): void;
}

/**
 * The page's own language where no banner is shown: embed placeholders in the page's locale (and
 * the site's text overrides), and the optional floating "way back" button. `assent.js` fetches this
 * chunk only on pages with embeds or a floating button, so other page views never download it.
 *
 * @example
 * await localisePage({ config, page, loadMessages, showPreferences: (opener) => void assent.showPreferences(opener) });
 */
export async function localisePage({ config, page, loadMessages, showPreferences }: PageExtrasOptions): Promise<void> {
  const locale = pickLocale([config.locale, document.documentElement.lang, ...navigator.languages]);
  const overrides = config.texts?.[locale];
  const messages = locale === 'en' ? undefined : await loadMessages(locale);
  page.setEmbedTexts({ ...messages?.embed, ...overrides?.embed });
  if (config.floatingButton) mountFloatingButton(overrides?.floatingButton ?? messages?.floatingButton ?? 'Cookie settings', showPreferences);
}
