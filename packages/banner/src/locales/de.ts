import type { Messages } from './types.js';

/**
 * German texts.
 *
 * @example
 * const de = await loadLocale('de');
 */
const de: Messages = {
  lang: 'de',
  dir: 'ltr',
  banner: {
    title: 'Wir verwenden Cookies',
    body: 'Notwendige Cookies sorgen dafür, dass diese Website funktioniert. Funktionale, Analyse- und Werbe-Cookies verwenden wir nur mit Ihrer Einwilligung. Sie können Ihre Wahl jederzeit ändern.',
  },
  optOut: {
    title: 'Ihre Datenschutzeinstellungen',
    body: 'Wir und unsere Partner verwenden Cookies, darunter Werbe-Cookies, die als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten können. Sie können jederzeit widersprechen.',
    gpcHonoured:
      'Widerspruch berücksichtigt: Ihr Browser sendet ein Global-Privacy-Control-Signal. Werbe-Cookies bleiben daher aus, und wir verkaufen oder teilen Ihre personenbezogenen Daten nicht.',
  },
  actions: {
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customise: 'Anpassen',
    save: 'Auswahl speichern',
    doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder teilen',
    dismiss: 'OK',
    close: 'Schließen',
  },
  privacyLink: 'Datenschutzhinweis',
  preferences: {
    title: 'Cookie-Einstellungen',
    intro: 'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv. Sie können Ihre Wahl jederzeit ändern.',
    alwaysActive: 'Immer aktiv',
    services: '{category}: Dienste und Cookies',
    provider: 'Anbieter',
    purpose: 'Zweck',
    cookie: 'Cookie',
    retention: 'Speicherdauer',
    privacyPolicy: 'Datenschutzerklärung',
    saved: 'Einstellungen gespeichert',
  },
  categories: {
    necessary: {
      name: 'notwendige Cookies',
      description: 'Für den Betrieb der Website erforderlich, etwa um Ihre Sitzung und Ihre Auswahl zu speichern. Sie lassen sich nicht abschalten.',
    },
    functional: { name: 'funktionale Cookies', description: 'Merken sich Ihre Einstellungen und ermöglichen Extras wie Chat oder eingebettete Videos.' },
    analytics: { name: 'Analyse-Cookies', description: 'Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.' },
    advertising: { name: 'Werbe-Cookies', description: 'Zeigen Ihnen passende Werbung und messen sie, auch auf anderen Websites.' },
  },
  floatingButton: 'Cookie-Einstellungen',
  embed: {
    title: '{service} ist blockiert',
    body: 'Dieser Inhalt von {service} kann Cookies setzen. Erlauben Sie ihn, um den Inhalt zu laden.',
    button: '{service} erlauben',
  },
};

export default de;
