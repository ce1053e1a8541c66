import type { TcfMessages } from './types.js';

/** The English TCF texts; English prevails where a translation differs. */
const en: TcfMessages = {
  lang: 'en',
  dir: 'ltr',
  banner: {
    title: 'We value your privacy',
    intro:
      'We and {partners} store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for the purposes below.',
    partners: { one: 'our {count} partner', other: 'our {count} partners' },
    purposesHeading: 'Purposes',
    specialFeaturesHeading: 'Special features (used only with your consent)',
    legitimateInterest:
      'Some partners process your personal data on the basis of legitimate interest, without asking for consent. You have the right to object to this in “{manageOptions}”.',
    scope:
      'Your choices apply to this website only. You can change them or withdraw your consent at any time in “{manageOptions}”, also linked at the bottom of every page.',
    vendorListLink: { one: 'See our {count} partner', other: 'See our {count} partners' },
  },
  actions: { acceptAll: 'Accept all', rejectAll: 'Reject all', manageOptions: 'Manage options', save: 'Save choices', close: 'Close' },
  privacyLink: 'Privacy notice',
  preferences: {
    title: 'Privacy settings',
    intro:
      'Choose what we and our partners may do. Nothing is switched on until you agree. Legitimate interest applies unless you object: switch it off to object.',
    purposesHeading: 'Purposes',
    specialPurposesHeading: 'Special purposes (no choice: needed for security and to deliver content)',
    featuresHeading: 'Features (used for the purposes above)',
    specialFeaturesHeading: 'Special features',
    vendorsHeading: 'Partners (vendors)',
    siteHeading: 'This site’s own cookies',
    publisherPurposesHeading: 'Purposes of this site itself',
    googleAtpHeading: 'Google’s ad technology providers',
    googleAtpIntro: 'Providers that are not in the IAB list but work with Google; they use your data only with your consent.',
    atpProvider: 'Provider #{id}',
    consent: 'Consent',
    legitimateInterest: 'Legitimate interest',
    objectHint: 'Switch off to object.',
    infoOnly: 'Information only, no choice',
    details: 'Details and examples',
    illustrations: 'Examples',
    vendorCount: { one: '{count} partner', other: '{count} partners' },
    searchVendors: 'Search partners',
    noVendorMatches: 'No partner matches.',
    vendorPurposes: 'Purposes (consent)',
    vendorLegIntPurposes: 'Purposes (legitimate interest)',
    vendorSpecialPurposes: 'Special purposes',
    vendorFeatures: 'Features',
    vendorSpecialFeatures: 'Special features',
    retention: { one: 'Retention: {count} day', other: 'Retention: {count} days' },
    dataCategories: 'Data categories',
    cookieMaxAge: { one: 'Cookies last up to {count} day', other: 'Cookies last up to {count} days' },
    sessionCookies: 'Cookies last until the browser closes',
    noCookies: 'Uses no cookies',
    nonCookieAccess: 'Also stores or reads information by other means (e.g. local storage)',
    privacyPolicy: 'Privacy policy',
    legIntClaim: 'Legitimate interest claim',
    alwaysActive: 'Always active',
    services: 'Services',
    saved: 'Preferences saved',
  },
};

export default en;
