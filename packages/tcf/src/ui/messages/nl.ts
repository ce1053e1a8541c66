import type { TcfMessages } from './types.js';

/** TCF-teksten in het Nederlands. */
const nl: TcfMessages = {
  lang: 'nl',
  dir: 'ltr',
  banner: {
    title: 'Wij hechten waarde aan uw privacy',
    intro:
      'Wij en {partners} slaan informatie op en/of openen informatie op een apparaat, zoals cookies, en verwerken persoonsgegevens, zoals unieke identificatoren en standaardinformatie die door een apparaat wordt verzonden, voor de doeleinden hieronder.',
    partners: { one: 'onze {count} partner', other: 'onze {count} partners' },
    purposesHeading: 'Doeleinden',
    specialFeaturesHeading: 'Speciale functies (alleen met uw toestemming)',
    legitimateInterest:
      'Sommige partners verwerken uw persoonsgegevens op basis van gerechtvaardigd belang, zonder om toestemming te vragen. U hebt het recht daartegen bezwaar te maken via ‘{manageOptions}’.',
    scope:
      'Uw keuzes gelden alleen voor deze website. U kunt ze altijd wijzigen of uw toestemming intrekken via ‘{manageOptions}’, ook onderaan elke pagina te vinden.',
    vendorListLink: { one: 'Bekijk onze {count} partner', other: 'Bekijk onze {count} partners' },
  },
  actions: { acceptAll: 'Alles accepteren', rejectAll: 'Alles weigeren', manageOptions: 'Opties beheren', save: 'Keuzes opslaan', close: 'Sluiten' },
  privacyLink: 'Privacyverklaring',
  preferences: {
    title: 'Privacyinstellingen',
    intro:
      'Kies wat wij en onze partners mogen doen. Niets staat aan zonder uw toestemming. Gerechtvaardigd belang geldt tenzij u bezwaar maakt: zet het uit om bezwaar te maken.',
    purposesHeading: 'Doeleinden',
    specialPurposesHeading: 'Speciale doeleinden (geen keuze: nodig voor beveiliging en het tonen van inhoud)',
    featuresHeading: 'Functies (gebruikt voor de doeleinden hierboven)',
    specialFeaturesHeading: 'Speciale functies',
    vendorsHeading: 'Partners (leveranciers)',
    siteHeading: 'Cookies van deze website',
    publisherPurposesHeading: 'Eigen doeleinden van deze website',
    googleAtpHeading: 'Advertentietechnologieaanbieders van Google',
    googleAtpIntro: 'Aanbieders die niet op de IAB-lijst staan maar met Google werken; zij gebruiken uw gegevens alleen met uw toestemming.',
    atpProvider: 'Aanbieder #{id}',
    consent: 'Toestemming',
    legitimateInterest: 'Gerechtvaardigd belang',
    objectHint: 'Zet uit om bezwaar te maken.',
    infoOnly: 'Alleen ter informatie, geen keuze',
    details: 'Details en voorbeelden',
    illustrations: 'Voorbeelden',
    vendorCount: { one: '{count} partner', other: '{count} partners' },
    searchVendors: 'Partners zoeken',
    noVendorMatches: 'Geen partner gevonden.',
    vendorPurposes: 'Doeleinden (toestemming)',
    vendorLegIntPurposes: 'Doeleinden (gerechtvaardigd belang)',
    vendorSpecialPurposes: 'Speciale doeleinden',
    vendorFeatures: 'Functies',
    vendorSpecialFeatures: 'Speciale functies',
    retention: { one: 'Bewaartermijn: {count} dag', other: 'Bewaartermijn: {count} dagen' },
    dataCategories: 'Gegevenscategorieën',
    cookieMaxAge: { one: 'Cookies blijven tot {count} dag', other: 'Cookies blijven tot {count} dagen' },
    sessionCookies: 'Cookies blijven tot de browser sluit',
    noCookies: 'Gebruikt geen cookies',
    nonCookieAccess: 'Slaat informatie ook op andere manieren op of leest die uit (bijv. local storage)',
    privacyPolicy: 'Privacybeleid',
    legIntClaim: 'Onderbouwing gerechtvaardigd belang',
    alwaysActive: 'Altijd actief',
    services: 'Diensten',
    saved: 'Voorkeuren opgeslagen',
  },
};

export default nl;
