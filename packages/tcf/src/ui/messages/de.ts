import type { TcfMessages } from './types.js';

/** TCF-Texte auf Deutsch. */
const de: TcfMessages = {
  lang: 'de',
  dir: 'ltr',
  banner: {
    title: 'Ihre Privatsphäre ist uns wichtig',
    intro:
      'Wir und {partners} speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel Cookies, und verarbeiten personenbezogene Daten, zum Beispiel eindeutige Kennungen und Standardinformationen, die von einem Gerät gesendet werden, für die unten genannten Zwecke.',
    partners: { one: 'unser {count} Partner', other: 'unsere {count} Partner' },
    purposesHeading: 'Zwecke',
    specialFeaturesHeading: 'Besondere Merkmale (nur mit Ihrer Einwilligung)',
    legitimateInterest:
      'Einige Partner verarbeiten Ihre personenbezogenen Daten auf Grundlage eines berechtigten Interesses, ohne um Einwilligung zu bitten. Sie haben das Recht, dem unter „{manageOptions}“ zu widersprechen.',
    scope:
      'Ihre Auswahl gilt nur für diese Website. Sie können sie jederzeit unter „{manageOptions}“ ändern oder Ihre Einwilligung widerrufen; der Link steht auch unten auf jeder Seite.',
    vendorListLink: { one: 'Unseren {count} Partner ansehen', other: 'Unsere {count} Partner ansehen' },
  },
  actions: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen', manageOptions: 'Optionen verwalten', save: 'Auswahl speichern', close: 'Schließen' },
  privacyLink: 'Datenschutzerklärung',
  preferences: {
    title: 'Datenschutz-Einstellungen',
    intro:
      'Wählen Sie, was wir und unsere Partner tun dürfen. Ohne Ihre Zustimmung ist nichts eingeschaltet. Ein berechtigtes Interesse gilt, solange Sie nicht widersprechen: Schalten Sie es aus, um zu widersprechen.',
    purposesHeading: 'Zwecke',
    specialPurposesHeading: 'Besondere Zwecke (ohne Wahl: für Sicherheit und Auslieferung von Inhalten nötig)',
    featuresHeading: 'Merkmale (für die obigen Zwecke genutzt)',
    specialFeaturesHeading: 'Besondere Merkmale',
    vendorsHeading: 'Partner (Anbieter)',
    siteHeading: 'Cookies dieser Website',
    publisherPurposesHeading: 'Eigene Zwecke dieser Website',
    googleAtpHeading: 'Werbetechnologie-Anbieter von Google',
    googleAtpIntro: 'Anbieter, die nicht in der IAB-Liste stehen, aber mit Google arbeiten; sie nutzen Ihre Daten nur mit Ihrer Einwilligung.',
    atpProvider: 'Anbieter Nr. {id}',
    consent: 'Einwilligung',
    legitimateInterest: 'Berechtigtes Interesse',
    objectHint: 'Ausschalten, um zu widersprechen.',
    infoOnly: 'Nur zur Information, keine Wahl',
    details: 'Details und Beispiele',
    illustrations: 'Beispiele',
    vendorCount: { one: '{count} Partner', other: '{count} Partner' },
    searchVendors: 'Partner suchen',
    noVendorMatches: 'Kein Partner gefunden.',
    vendorPurposes: 'Zwecke (Einwilligung)',
    vendorLegIntPurposes: 'Zwecke (berechtigtes Interesse)',
    vendorSpecialPurposes: 'Besondere Zwecke',
    vendorFeatures: 'Merkmale',
    vendorSpecialFeatures: 'Besondere Merkmale',
    retention: { one: 'Speicherdauer: {count} Tag', other: 'Speicherdauer: {count} Tage' },
    dataCategories: 'Datenkategorien',
    cookieMaxAge: { one: 'Cookies bleiben bis zu {count} Tag', other: 'Cookies bleiben bis zu {count} Tage' },
    sessionCookies: 'Cookies bleiben bis zum Schließen des Browsers',
    noCookies: 'Verwendet keine Cookies',
    nonCookieAccess: 'Speichert oder liest Informationen auch auf andere Weise (z. B. Local Storage)',
    privacyPolicy: 'Datenschutzerklärung',
    legIntClaim: 'Begründung des berechtigten Interesses',
    alwaysActive: 'Immer aktiv',
    services: 'Dienste',
    saved: 'Einstellungen gespeichert',
  },
};

export default de;
