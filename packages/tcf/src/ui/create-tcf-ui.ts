import { assertSafeUrls } from '@assent/core';
import { loadLocale, mergeMessages, pickLocale, type ConsentUi, type LocaleCode, type MessageOverrides, type Theme } from '@assent/banner';
import type { TcfController } from '../types.js';
import type { AssentTcfBanner } from './banner/tcf-banner.component.js';
import type { AssentTcfPreferences } from './preferences/tcf-preferences.component.js';
import { defineAssentTcfBanner } from './banner/define.js';
import { loadTcfMessages, mergeTcfMessages } from './messages/load-messages.js';
import type { TcfMessageOverrides, TcfMessages } from './messages/types.js';
import type { IabTexts } from './shared/iab-texts.js';
import type { TcfSection } from './events/tcf-events.js';

/**
 * How the TCF layers look and speak on a site (like `ConsentUiOptions` of `@assent/banner`).
 *
 * @example
 * const options: TcfUiOptions = { privacyPolicyUrl: '/privacy', locale: 'fr', texts: { fr: { banner: { title: 'Vos choix' } } } };
 */
export interface TcfUiOptions {
  /** Preferred locale; else `<html lang>`, then the browser's languages, then English. */
  locale?: string;
  /** Per-locale replacements for any TCF text, e.g. `{ en: { actions: { manageOptions: 'Choose' } } }`. */
  texts?: Partial<Record<string, TcfMessageOverrides>>;
  /** Per-locale replacements for the site's own category texts (as `@assent/banner` takes them). */
  siteTexts?: Partial<Record<string, MessageOverrides>>;
  /** The site's privacy notice, linked from both layers: an http(s) or relative URL. */
  privacyPolicyUrl: string;
  /** Default `auto` (follows `prefers-color-scheme`). */
  theme?: Theme;
  /** Where the elements are added. Default `document.body`. */
  container?: HTMLElement;
  /**
   * Loads the IAB's purpose texts for a locale; `undefined` means the vendor list's English.
   * Default: the IAB's translations shipped with `@assent/tcf` (one chunk per language, none for English).
   */
  purposeTexts?: (locale: LocaleCode) => Promise<IabTexts | undefined>;
}

// English needs no download: the vendor list's own texts are English.
const defaultPurposeTexts = (locale: LocaleCode): Promise<IabTexts | undefined> =>
  locale === 'en' ? Promise.resolve(undefined) : import('../locales/purposes/load.js').then((module) => module.loadPurposeTexts(locale));

/**
 * The mounted TCF UI: `ConsentUi` of `@assent/banner` (show, showPreferences, hide, destroy,
 * locale), with the TCF texts as its `messages`.
 *
 * @example
 * const ui: TcfUi = createTcfUi(tcf, { privacyPolicyUrl: '/privacy' });
 * (await ui.messages).actions.manageOptions; // 'Manage options'
 */
export interface TcfUi extends Omit<ConsentUi, 'messages'> {
  /** Resolves to the texts shown, once the locale is loaded. */
  readonly messages: Promise<TcfMessages>;
}

/**
 * Mounts the TCF first layer and (on demand) its preferences dialog for a controller. Returns the
 * same {@link ConsentUi} shape as `createConsentUi()`: `show()` once `controller.needsDecision`,
 * `showPreferences()` from a "Privacy settings" link. Each decision goes to the controller with the
 * hash of what was shown, and closes both layers; `__tcfapi` listeners learn the UI's visibility.
 * The dialog and non-English texts are loaded with `import()` only when needed. Throws a
 * `ConsentConfigError` for a `privacyPolicyUrl` that is not http(s) or relative.
 *
 * @example
 * const tcf = startTcf(store, { cmpId: 1, vendors: [755], vendorListUrl: '/v1/tcf/vendor-list.json' });
 * const ui = createTcfUi(tcf, { privacyPolicyUrl: '/privacy' });
 * await tcf.ready;
 * if (tcf.needsDecision) await ui.show();
 * footerLink.onclick = () => ui.showPreferences(footerLink);
 */
export function createTcfUi(controller: TcfController, options: TcfUiOptions): TcfUi {
  assertSafeUrls({ privacyPolicyUrl: options.privacyPolicyUrl });
  const locale = pickLocale([options.locale, document.documentElement.lang, ...navigator.languages]);
  const messages = loadTcfMessages(locale).then((texts) => mergeTcfMessages(texts, options.texts?.[locale]));
  // The IAB's purpose texts: a failed load falls back to the vendor list's English, never to no UI.
  const loadTexts = options.purposeTexts ?? defaultPurposeTexts;
  const iabTexts = Promise.resolve()
    .then(() => loadTexts(locale))
    .catch(() => undefined);
  const container = () => options.container ?? document.body;
  const common = async () => ({
    controller,
    messages: await messages,
    iabTexts: await iabTexts,
    privacyPolicyUrl: options.privacyPolicyUrl,
    theme: options.theme ?? 'auto',
  });

  let banner: AssentTcfBanner | undefined;
  let preferences: Promise<AssentTcfPreferences> | undefined;
  let dialogOpen = false;
  const visible = () => Boolean(banner?.open) || dialogOpen;
  const report = () => controller.setUiVisible(visible());

  const hide = () => {
    if (banner) banner.open = false;
    void preferences?.then((element) => element.hide());
  };
  const onDecided = () => {
    hide();
    dialogOpen = false;
    report();
  };

  const showPreferences = async (opener?: HTMLElement, section: TcfSection = 'purposes') => {
    preferences ??= Promise.all([import('./preferences/define.js'), common(), loadLocale(locale)]).then(([module, properties, bannerTexts]) => {
      module.defineAssentTcfPreferences();
      const siteTexts = mergeMessages(bannerTexts, options.siteTexts?.[locale]);
      const element = Object.assign(document.createElement('assent-tcf-preferences'), properties, { siteTexts: siteTexts.categories });
      element.addEventListener('assent-tcf-decided', onDecided);
      // Closing the dialog without deciding leaves the first layer as it was (closing is not consent).
      element.addEventListener('assent-tcf-preferences-closed', () => {
        dialogOpen = false;
        report();
      });
      container().append(element);
      return element;
    });
    await controller.ready;
    const element = await preferences;
    await element.show(opener, section);
    dialogOpen = element.isOpen;
    report();
  };

  return {
    locale,
    messages,
    async show() {
      await controller.ready;
      if (!banner) {
        defineAssentTcfBanner();
        banner = Object.assign(document.createElement('assent-tcf-banner'), await common());
        banner.addEventListener('assent-tcf-open-preferences', (event) => void showPreferences(event.opener, event.section));
        banner.addEventListener('assent-tcf-decided', onDecided);
        // First in the body, so keyboard users reach the choice before the page.
        container().prepend(banner);
      }
      banner.open = true;
      await banner.updateComplete;
      report();
    },
    showPreferences: (opener?: HTMLElement) => showPreferences(opener),
    hide() {
      hide();
      dialogOpen = false;
      report();
    },
    destroy() {
      banner?.remove();
      void preferences?.then((element) => element.remove());
      if (visible()) controller.setUiVisible(false);
    },
  };
}
