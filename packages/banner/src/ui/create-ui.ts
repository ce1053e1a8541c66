import type { ConsentStore } from '@assent/core';
import type { LocaleCode, MessageOverrides, Messages, ResolvedMessages } from '../locales/types.js';
import type { Theme } from '../banner/banner.component.js';
import type { AssentPreferences } from '../preferences/preferences.component.js';
import type { AssentBanner } from '../banner/banner.component.js';
import { defineAssentBanner } from '../banner/banner.js';
import { loadLocale, mergeMessages } from '../locales/load-locale.js';
import { pickLocale } from '../locales/pick-locale.js';
import en from '../locales/en.js';

/**
 * The part of the page glue (`startPage()` of `@assent/core/page`) the UI talks to: it hands over
 * the embed placeholder texts of the language it shows.
 *
 * @example
 * const page: EmbedTextsTarget = startPage(store);
 */
export interface EmbedTextsTarget {
  setEmbedTexts(texts: Partial<Messages['embed']>): void;
}

/**
 * How the banner and dialog look and speak on a site.
 *
 * @example
 * const options: ConsentUiOptions = { privacyPolicyUrl: '/privacy', locale: 'fr', texts: { fr: { banner: { title: 'Cookies' } } } };
 */
export interface ConsentUiOptions {
  /** Preferred locale; else `<html lang>`, then the browser's languages, then English. */
  locale?: string;
  /** Per-locale replacements for any text, e.g. `{ en: { actions: { customise: 'Choose' } } }`. */
  texts?: Partial<Record<string, MessageOverrides>>;
  /** The site's privacy notice, linked from the banner and the dialog. */
  privacyPolicyUrl?: string;
  /** Default `auto` (follows `prefers-color-scheme`). */
  theme?: Theme;
  /** Receives the embed placeholder texts once the locale is loaded. */
  page?: EmbedTextsTarget;
  /** Where the elements are added. Default `document.body`. */
  container?: HTMLElement;
}

/**
 * The mounted UI: the first layer and the preferences dialog of one store.
 *
 * @example
 * const ui = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
 * if (store.needsDecision) await ui.show();
 */
export interface ConsentUi {
  /** The locale shown. */
  readonly locale: LocaleCode;
  /** Resolves to the texts shown once the locale is loaded. */
  readonly messages: Promise<ResolvedMessages>;
  /** Shows the first layer (whether or not a decision exists). */
  show(): Promise<void>;
  /** Opens the preferences dialog, loading it on first use; focus returns to `opener` on close. */
  showPreferences(opener?: HTMLElement): Promise<void>;
  /** Hides the first layer and closes the dialog, deciding nothing. */
  hide(): void;
  /** Removes the elements. */
  destroy(): void;
}

/**
 * Mounts the banner and (on demand) the preferences dialog for a store. The dialog and any
 * non-English locale are loaded with `import()` only when needed.
 *
 * @example
 * const store = createConsent({ revision: '2026-11' });
 * const ui = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
 * if (store.needsDecision) void ui.show();
 * footerLink.onclick = () => ui.showPreferences(footerLink);
 */
export function createConsentUi(store: ConsentStore, options: ConsentUiOptions = {}): ConsentUi {
  const documentLanguage = document.documentElement.lang;
  const locale = pickLocale([options.locale, documentLanguage, ...navigator.languages]);
  const messages = (locale === 'en' ? Promise.resolve(en) : loadLocale(locale)).then((base) => mergeMessages(base, options.texts?.[locale]));
  void messages.then((resolved) => options.page?.setEmbedTexts(resolved.embed));
  const container = () => options.container ?? document.body;
  const common = () => messages.then((resolved) => ({ store, messages: resolved, privacyPolicyUrl: options.privacyPolicyUrl ?? '', theme: options.theme ?? 'auto' }));

  let banner: AssentBanner | undefined;
  let preferences: Promise<AssentPreferences> | undefined;

  const showPreferences = async (opener?: HTMLElement) => {
    preferences ??= Promise.all([import('../preferences/preferences.js'), common()]).then(([module, properties]) => {
      module.definePreferences();
      const element = Object.assign(document.createElement('assent-preferences'), properties);
      container().append(element);
      return element;
    });
    await (await preferences).show(opener);
  };

  return {
    locale,
    messages,
    async show() {
      if (!banner) {
        defineAssentBanner();
        banner = Object.assign(document.createElement('assent-banner'), await common());
        banner.addEventListener('assent-open-preferences', (event) => void showPreferences(event.opener));
        // First in the body, so keyboard users reach the choice before the page.
        container().prepend(banner);
      }
      banner.open = true;
      await banner.updateComplete;
    },
    showPreferences,
    hide() {
      if (banner) banner.open = false;
      void preferences?.then((element) => element.hide());
    },
    destroy() {
      banner?.remove();
      void preferences?.then((element) => element.remove());
    },
  };
}
