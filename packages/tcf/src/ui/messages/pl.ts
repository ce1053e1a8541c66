import type { TcfMessages } from './types.js';

/** Teksty TCF po polsku. */
const pl: TcfMessages = {
  lang: 'pl',
  dir: 'ltr',
  banner: {
    title: 'Szanujemy Twoją prywatność',
    intro:
      'My i {partners} przechowujemy informacje na urządzeniu lub uzyskujemy do nich dostęp, np. pliki cookie, oraz przetwarzamy dane osobowe, np. unikalne identyfikatory i standardowe informacje wysyłane przez urządzenie, w celach wymienionych poniżej.',
    partners: { one: 'nasz partner (łącznie: {count})', other: 'nasi partnerzy (łącznie: {count})' },
    purposesHeading: 'Cele',
    specialFeaturesHeading: 'Funkcje specjalne (tylko za Twoją zgodą)',
    legitimateInterest:
      'Niektórzy partnerzy przetwarzają Twoje dane osobowe na podstawie prawnie uzasadnionego interesu, bez pytania o zgodę. Masz prawo wnieść sprzeciw w sekcji „{manageOptions}”.',
    scope:
      'Twoje wybory dotyczą tylko tej witryny. W każdej chwili możesz je zmienić lub wycofać zgodę w sekcji „{manageOptions}”, dostępnej też na dole każdej strony.',
    vendorListLink: { other: 'Zobacz listę partnerów ({count})' },
  },
  actions: { acceptAll: 'Zaakceptuj wszystko', rejectAll: 'Odrzuć wszystko', manageOptions: 'Zarządzaj opcjami', save: 'Zapisz wybór', close: 'Zamknij' },
  privacyLink: 'Polityka prywatności',
  preferences: {
    title: 'Ustawienia prywatności',
    intro:
      'Wybierz, co możemy robić my i nasi partnerzy. Bez Twojej zgody nic nie jest włączone. Prawnie uzasadniony interes obowiązuje, dopóki nie wniesiesz sprzeciwu: wyłącz go, aby się sprzeciwić.',
    purposesHeading: 'Cele',
    specialPurposesHeading: 'Cele specjalne (bez wyboru: potrzebne do bezpieczeństwa i dostarczania treści)',
    featuresHeading: 'Funkcje (używane do powyższych celów)',
    specialFeaturesHeading: 'Funkcje specjalne',
    vendorsHeading: 'Partnerzy (dostawcy)',
    siteHeading: 'Pliki cookie tej witryny',
    publisherPurposesHeading: 'Własne cele tej witryny',
    googleAtpHeading: 'Dostawcy technologii reklamowych Google',
    googleAtpIntro: 'Dostawcy spoza listy IAB współpracujący z Google; używają Twoich danych tylko za Twoją zgodą.',
    atpProvider: 'Dostawca nr {id}',
    consent: 'Zgoda',
    legitimateInterest: 'Prawnie uzasadniony interes',
    objectHint: 'Wyłącz, aby wnieść sprzeciw.',
    infoOnly: 'Tylko informacja, bez wyboru',
    details: 'Szczegóły i przykłady',
    illustrations: 'Przykłady',
    vendorCount: { one: '{count} partner', few: '{count} partnerów', many: '{count} partnerów', other: '{count} partnera' },
    searchVendors: 'Szukaj partnerów',
    noVendorMatches: 'Brak pasujących partnerów.',
    vendorPurposes: 'Cele (zgoda)',
    vendorLegIntPurposes: 'Cele (prawnie uzasadniony interes)',
    vendorSpecialPurposes: 'Cele specjalne',
    vendorFeatures: 'Funkcje',
    vendorSpecialFeatures: 'Funkcje specjalne',
    retention: {
      one: 'Okres przechowywania: {count} dzień',
      few: 'Okres przechowywania: {count} dni',
      many: 'Okres przechowywania: {count} dni',
      other: 'Okres przechowywania: {count} dnia',
    },
    dataCategories: 'Kategorie danych',
    cookieMaxAge: {
      one: 'Pliki cookie do {count} dnia',
      few: 'Pliki cookie do {count} dni',
      many: 'Pliki cookie do {count} dni',
      other: 'Pliki cookie do {count} dnia',
    },
    sessionCookies: 'Pliki cookie do zamknięcia przeglądarki',
    noCookies: 'Nie używa plików cookie',
    nonCookieAccess: 'Przechowuje lub odczytuje informacje także w inny sposób (np. local storage)',
    privacyPolicy: 'Polityka prywatności',
    legIntClaim: 'Uzasadnienie prawnie uzasadnionego interesu',
    alwaysActive: 'Zawsze aktywne',
    services: 'Usługi',
    saved: 'Ustawienia zapisane',
  },
};

export default pl;
