import { assertSafeUrls, type ConsentStore } from '@assent/core';
import type { LocaleCode, MessageOverrides, Messages, ResolvedFirstLayer, ResolvedMessages } from '../locales/types.js';
import type { Theme } from '../banner/banner.component.js';
import type { AssentPreferences } from '../preferences/preferences.component.js';
import type { AssentBanner } from '../banner/banner.component.js';
import { defineAssentBanner } from '../banner/define.js';
import { loadLocale, mergeMessages } from '../locales/load-locale.js';
import { pickLocale } from '../locales/pick-locale.js';
import { enFirstLayer } from '../locales/en-first-layer.js';
import { assertNotice, type NoticeReference } from '../shared/notice.js';

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
  /** The site's privacy notice, linked from the banner and the dialog: an http(s) or relative URL. */
  privacyPolicyUrl?: string;
  /**
   * The privacy notice's reference `{ url, version, hash? }` (hash: SHA-256 hex of the document),
   * recorded with every decision by the evidence outbox; `url` is the privacy link when
   * `privacyPolicyUrl` is not set.
   */
  notice?: NoticeReference;
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
  /**
   * Resolves to the first layer's texts once the locale is loaded (in English, the dialog's texts
   * come with the dialog; in other languages the locale chunk has them all).
   */
  readonly messages: Promise<ResolvedFirstLayer & Partial<ResolvedMessages>>;
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
 * non-English locale are loaded with `import()` only when needed. Throws a `ConsentConfigError`
 * for a `privacyPolicyUrl` that is not http(s) or relative, or a malformed `notice`.
 *
 * @example
 * const store = createConsent({ revision: '2026-11' });
 * const ui = createConsentUi(store, { privacyPolicyUrl: '/privacy' });
 * if (store.needsDecision) void ui.show();
 * footerLink.onclick = () => ui.showPreferences(footerLink);
 */
export function createConsentUi(store: ConsentStore, options: ConsentUiOptions = {}): ConsentUi {
  assertSafeUrls({ privacyPolicyUrl: options.privacyPolicyUrl });
  assertNotice(options.notice);
  return mountConsentUi(store, options);
}

/**
 * `createConsentUi()` without its config check, for the script tag: it checked the whole config
 * before anything started, and its UI chunk need not carry the check again.
 *
 * @example
 * const ui = mountConsentUi(store, { privacyPolicyUrl: '/privacy' });
 */
export function mountConsentUi(store: ConsentStore, options: ConsentUiOptions): ConsentUi {
  const documentLanguage = document.documentElement.lang;
  const locale = pickLocale([options.locale, documentLanguage, ...navigator.languages]);
  const overrides = options.texts?.[locale];
  // English keeps its dialog texts out of the banner's chunk: the first layer is all the banner shows.
  const localeTexts = locale === 'en' ? undefined : loadLocale(locale);
  const messages = (localeTexts ?? Promise.resolve(enFirstLayer)).then((texts) => mergeMessages(texts, overrides));
  void messages.then((resolved) => resolved.embed && options.page?.setEmbedTexts(resolved.embed));
  const container = () => options.container ?? document.body;
  const properties = <T>(texts: T) => ({ store, messages: texts, privacyPolicyUrl: options.privacyPolicyUrl ?? '', theme: options.theme ?? 'auto' });

  let banner: AssentBanner | undefined;
  let preferences: Promise<AssentPreferences> | undefined;

  const showPreferences = async (opener?: HTMLElement) => {
    // The dialog needs every text: in English the full locale loads beside the dialog, in parallel.
    preferences ??= Promise.all([import('../preferences/define.js'), localeTexts ?? loadLocale('en')]).then(([module, texts]) => {
      module.definePreferences();
      const element = Object.assign(document.createElement('assent-preferences'), properties(mergeMessages(texts, overrides)));
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
        banner = Object.assign(document.createElement('assent-banner'), properties(await messages));
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
