import type { Messages } from './types.js';

/**
 * Polish texts.
 *
 * @example
 * const pl = await loadLocale('pl');
 */
const pl: Messages = {
  lang: 'pl',
  dir: 'ltr',
  banner: {
    title: 'Używamy plików cookie',
    body: 'Niezbędne pliki cookie zapewniają działanie tej witryny. Funkcjonalnych, analitycznych i reklamowych plików cookie używamy tylko za Twoją zgodą. Swój wybór możesz zmienić w każdej chwili.',
  },
  optOut: {
    title: 'Twoje wybory dotyczące prywatności',
    body: 'My i nasi partnerzy używamy plików cookie, w tym reklamowych, co może oznaczać sprzedaż lub udostępnianie Twoich danych osobowych. Możesz się temu sprzeciwić w każdej chwili.',
    gpcHonoured:
      'Sprzeciw uwzględniony: Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego reklamowe pliki cookie pozostają wyłączone, a my nie sprzedajemy ani nie udostępniamy Twoich danych osobowych.',
  },
  actions: {
    acceptAll: 'Zaakceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customise: 'Dostosuj',
    save: 'Zapisz wybór',
    doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
    dismiss: 'OK',
    close: 'Zamknij',
  },
  privacyLink: 'Informacja o prywatności',
  preferences: {
    title: 'Ustawienia plików cookie',
    intro: 'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze aktywne. Swój wybór możesz zmienić w każdej chwili.',
    alwaysActive: 'Zawsze aktywne',
    services: '{category}: usługi i pliki cookie',
    provider: 'Dostawca',
    purpose: 'Cel',
    cookie: 'Plik cookie',
    retention: 'Okres przechowywania',
    privacyPolicy: 'Polityka prywatności',
    saved: 'Ustawienia zapisane',
  },
  categories: {
    necessary: {
      name: 'niezbędne pliki cookie',
      description: 'Potrzebne do działania witryny, np. do zachowania sesji i Twoich wyborów. Nie można ich wyłączyć.',
    },
    functional: { name: 'funkcjonalne pliki cookie', description: 'Zapamiętują Twoje ustawienia i włączają dodatki, takie jak czat lub osadzone filmy.' },
    analytics: { name: 'analityczne pliki cookie', description: 'Pomagają nam zrozumieć, jak korzystasz z witryny, abyśmy mogli ją ulepszać.' },
    advertising: { name: 'reklamowe pliki cookie', description: 'Wyświetlają trafne reklamy i mierzą ich skuteczność, także w innych witrynach.' },
  },
  floatingButton: 'Ustawienia plików cookie',
  embed: {
    title: '{service} jest zablokowany',
    body: 'Ta treść z {service} może zapisywać pliki cookie. Zezwól, aby ją załadować.',
    button: 'Zezwól na {service}',
  },
};

export default pl;
