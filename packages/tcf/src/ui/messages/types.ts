/**
 * A count's texts by plural category (`Intl.PluralRules`); `other` is always required, the rest
 * as the language has them (Polish `few`/`many`, Arabic `zero`…`many`). `{count}` is replaced.
 *
 * @example
 * const partners: PluralTexts = { one: '{count} partner', other: '{count} partners' };
 */
export type PluralTexts = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every text of the TCF banner and dialog besides the IAB's own purpose and feature texts (which
 * come from the vendor list or the IAB's translations). One typed file per locale, so a missing
 * key fails compilation.
 *
 * @example
 * const messages: TcfMessages = await loadTcfMessages('fr');
 * messages.actions.manageOptions; // 'Gérer les options'
 */
export interface TcfMessages {
  /** BCP 47 tag set as the elements' `lang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  banner: {
    title: string;
    /** `{partners}` is replaced by the `partners` count text. */
    intro: string;
    partners: PluralTexts;
    purposesHeading: string;
    specialFeaturesHeading: string;
    legitimateInterest: string;
    /** Choices apply to this site; how to change them (`{manageOptions}` is the button's label). */
    scope: string;
    /** Opens the vendor list; `{count}` is the number of vendors. */
    vendorListLink: PluralTexts;
  };
  actions: {
    acceptAll: string;
    rejectAll: string;
    manageOptions: string;
    save: string;
    close: string;
  };
  /** Link text for the site's privacy notice. */
  privacyLink: string;
  preferences: {
    title: string;
    intro: string;
    purposesHeading: string;
    specialPurposesHeading: string;
    featuresHeading: string;
    specialFeaturesHeading: string;
    vendorsHeading: string;
    siteHeading: string;
    publisherPurposesHeading: string;
    googleAtpHeading: string;
    googleAtpIntro: string;
    /** An ATP without a published name; `{id}` is its id. */
    atpProvider: string;
    consent: string;
    legitimateInterest: string;
    /** Next to a legitimate-interest switch: how to object. */
    objectHint: string;
    infoOnly: string;
    details: string;
    illustrations: string;
    /** How many vendors ask for a purpose or feature. */
    vendorCount: PluralTexts;
    searchVendors: string;
    noVendorMatches: string;
    vendorPurposes: string;
    vendorLegIntPurposes: string;
    vendorSpecialPurposes: string;
    vendorFeatures: string;
    vendorSpecialFeatures: string;
    retention: PluralTexts;
    dataCategories: string;
    cookieMaxAge: PluralTexts;
    sessionCookies: string;
    noCookies: string;
    nonCookieAccess: string;
    privacyPolicy: string;
    legIntClaim: string;
    alwaysActive: string;
    services: string;
    saved: string;
  };
}

/**
 * Per-site replacements for any TCF text; groups may be given in part.
 *
 * @example
 * const overrides: TcfMessageOverrides = { banner: { title: 'Your privacy at Example' } };
 */
export type TcfMessageOverrides = { [K in keyof TcfMessages]?: TcfMessages[K] extends object ? Partial<TcfMessages[K]> : TcfMessages[K] };
