import type { TcfMessages } from './types.js';

/** Testi TCF in italiano. */
const it: TcfMessages = {
  lang: 'it',
  dir: 'ltr',
  banner: {
    title: 'La tua privacy è importante per noi',
    intro:
      'Noi e {partners} archiviamo e/o accediamo a informazioni su un dispositivo, come i cookie, e trattiamo dati personali, come identificativi univoci e informazioni standard inviate da un dispositivo, per le finalità indicate di seguito.',
    partners: { one: 'il nostro {count} partner', other: 'i nostri {count} partner' },
    purposesHeading: 'Finalità',
    specialFeaturesHeading: 'Funzionalità speciali (solo con il tuo consenso)',
    legitimateInterest:
      'Alcuni partner trattano i tuoi dati personali sulla base del legittimo interesse, senza chiedere il consenso. Hai il diritto di opporti in «{manageOptions}».',
    scope:
      'Le tue scelte valgono solo per questo sito. Puoi modificarle o revocare il consenso in qualsiasi momento in «{manageOptions}», raggiungibile anche in fondo a ogni pagina.',
    vendorListLink: { one: 'Vedi il nostro {count} partner', other: 'Vedi i nostri {count} partner' },
  },
  actions: { acceptAll: 'Accetta tutto', rejectAll: 'Rifiuta tutto', manageOptions: 'Gestisci opzioni', save: 'Salva le scelte', close: 'Chiudi' },
  privacyLink: 'Informativa sulla privacy',
  preferences: {
    title: 'Impostazioni privacy',
    intro:
      'Scegli cosa possiamo fare noi e i nostri partner. Nulla è attivo senza il tuo consenso. Il legittimo interesse si applica finché non ti opponi: disattivalo per opporti.',
    purposesHeading: 'Finalità',
    specialPurposesHeading: 'Finalità speciali (nessuna scelta: necessarie per la sicurezza e la distribuzione dei contenuti)',
    featuresHeading: 'Funzionalità (usate per le finalità sopra)',
    specialFeaturesHeading: 'Funzionalità speciali',
    vendorsHeading: 'Partner (fornitori)',
    siteHeading: 'I cookie di questo sito',
    publisherPurposesHeading: 'Finalità proprie di questo sito',
    googleAtpHeading: 'Fornitori di tecnologia pubblicitaria di Google',
    googleAtpIntro: 'Fornitori non presenti nell’elenco IAB che lavorano con Google; usano i tuoi dati solo con il tuo consenso.',
    atpProvider: 'Fornitore n. {id}',
    consent: 'Consenso',
    legitimateInterest: 'Legittimo interesse',
    objectHint: 'Disattiva per opporti.',
    infoOnly: 'Solo informativa, nessuna scelta',
    details: 'Dettagli ed esempi',
    illustrations: 'Esempi',
    vendorCount: { one: '{count} partner', other: '{count} partner' },
    searchVendors: 'Cerca partner',
    noVendorMatches: 'Nessun partner corrisponde.',
    vendorPurposes: 'Finalità (consenso)',
    vendorLegIntPurposes: 'Finalità (legittimo interesse)',
    vendorSpecialPurposes: 'Finalità speciali',
    vendorFeatures: 'Funzionalità',
    vendorSpecialFeatures: 'Funzionalità speciali',
    retention: { one: 'Conservazione: {count} giorno', other: 'Conservazione: {count} giorni' },
    dataCategories: 'Categorie di dati',
    cookieMaxAge: { one: 'Cookie di durata fino a {count} giorno', other: 'Cookie di durata fino a {count} giorni' },
    sessionCookies: 'Cookie che durano fino alla chiusura del browser',
    noCookies: 'Non usa cookie',
    nonCookieAccess: 'Archivia o legge informazioni anche in altri modi (ad es. local storage)',
    privacyPolicy: 'Informativa privacy',
    legIntClaim: 'Motivazione del legittimo interesse',
    alwaysActive: 'Sempre attivi',
    services: 'Servizi',
    saved: 'Preferenze salvate',
  },
};

export default it;
