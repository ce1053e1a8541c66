/**
 * Name and description of one consent category as the dialog shows them.
 *
 * @example
 * const chat: CategoryTexts = { name: 'Support chat', description: 'Lets you talk to our support team.' };
 */
export interface CategoryTexts {
  name: string;
  description: string;
}

/**
 * Every text the banner, the dialog, the floating button and the embed placeholders show, in one
 * language. Each shipped locale file is typed as `Messages`, so a missing key fails compilation.
 *
 * @example
 * const messages: Messages = (await loadLocale('fr'));
 * messages.actions.acceptAll; // "Tout accepter"
 */
export interface Messages {
  /** BCP 47 tag set as the banner's `lang`. */
  lang: string;
  /** Writing direction set as the banner's `dir`. */
  dir: 'ltr' | 'rtl';
  banner: {
    title: string;
    body: string;
  };
  /** The first layer in opt-out regimes (US states): a notice, not a consent request. */
  optOut: {
    title: string;
    body: string;
    /** Shown when a Global Privacy Control signal is on: the opt-out was honoured. */
    gpcHonoured: string;
  };
  actions: {
    acceptAll: string;
    rejectAll: string;
    customise: string;
    save: string;
    /** The opt-out control of US state laws. */
    doNotSell: string;
    /** Dismisses a notice that asks nothing (the GPC opt-out was already honoured). */
    dismiss: string;
    close: string;
  };
  /** Link text for the site's privacy notice (the URL comes from config). */
  privacyLink: string;
  preferences: {
    title: string;
    intro: string;
    alwaysActive: string;
    /** Summary of a category's expandable service list; `{category}` is replaced by the category's name. */
    services: string;
    provider: string;
    purpose: string;
    cookie: string;
    retention: string;
    privacyPolicy: string;
    /** Announced by `role="status"` after a decision in the dialog. */
    saved: string;
  };
  /** Texts of the four default categories; the words of the privacy notice. */
  categories: {
    necessary: CategoryTexts;
    functional: CategoryTexts;
    analytics: CategoryTexts;
    advertising: CategoryTexts;
  };
  /** Accessible name of the optional floating "way back" button. */
  floatingButton: string;
  /** Placeholders for blocked embeds; `{service}` is replaced by the service name. */
  embed: {
    title: string;
    body: string;
    button: string;
  };
}

/**
 * The texts of the first layer (banner and opt-out notice): what the banner shows.
 *
 * @example
 * const title: FirstLayerMessages['banner']['title'] = 'We use cookies';
 */
export type FirstLayerMessages = Pick<Messages, 'lang' | 'dir' | 'banner' | 'optOut' | 'actions' | 'privacyLink'>;

/**
 * Every text beyond the first layer: dialog, categories, floating button, embed placeholders.
 *
 * @example
 * const saved: DetailMessages['preferences']['saved'] = 'Preferences saved';
 */
export type DetailMessages = Omit<Messages, keyof FirstLayerMessages>;

/** Locale codes shipped with the banner. */
export type LocaleCode = 'en' | 'fr' | 'id' | 'ja' | 'ko' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'ar';

/**
 * Per-site replacements for any text; nested groups may be given in part. Categories a site adds
 * get their texts here too.
 *
 * @example
 * const overrides: MessageOverrides = { banner: { title: 'Cookies at Example' }, categories: { chat: { name: 'Chat', description: 'Support chat.' } } };
 */
export type MessageOverrides = {
  [K in keyof Messages]?: K extends 'categories'
    ? Partial<Record<string, Partial<CategoryTexts>>>
    : Messages[K] extends object
      ? Partial<Messages[K]>
      : Messages[K];
};

/**
 * Messages after overrides are applied; categories a site added may appear besides the four defaults.
 *
 * @example
 * const texts: ResolvedMessages = mergeMessages(en, { banner: { title: 'Cookies' } });
 */
export type ResolvedMessages = Omit<Messages, 'categories'> & {
  categories: Messages['categories'] & Partial<Record<string, CategoryTexts>>;
};

/**
 * The first layer's texts after overrides: what `<assent-banner>` needs.
 *
 * @example
 * const texts: ResolvedFirstLayer = mergeMessages(enFirstLayer);
 */
export type ResolvedFirstLayer = Pick<ResolvedMessages, keyof FirstLayerMessages>;
