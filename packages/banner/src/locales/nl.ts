import type { Messages } from './types.js';

/**
 * Dutch texts.
 *
 * @example
 * const nl = await loadLocale('nl');
 */
const nl: Messages = {
  lang: 'nl',
  dir: 'ltr',
  banner: {
    title: 'Wij gebruiken cookies',
    body: 'Noodzakelijke cookies zorgen dat deze site werkt. Functionele, analytische en advertentiecookies gebruiken we alleen met uw toestemming. U kunt uw keuze altijd wijzigen.',
  },
  optOut: {
    title: 'Uw privacykeuzes',
    body: 'Wij en onze partners gebruiken cookies, waaronder advertentiecookies die als verkoop of delen van uw persoonsgegevens kunnen gelden. U kunt hier altijd bezwaar tegen maken.',
    gpcHonoured:
      'Bezwaar gerespecteerd: uw browser stuurt een Global Privacy Control-signaal, dus advertentiecookies blijven uit en wij verkopen of delen uw persoonsgegevens niet.',
  },
  actions: {
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customise: 'Aanpassen',
    save: 'Keuze opslaan',
    doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
    dismiss: 'OK',
    close: 'Sluiten',
  },
  privacyLink: 'Privacyverklaring',
  preferences: {
    title: 'Cookie-instellingen',
    intro: 'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies zijn altijd actief. U kunt uw keuze altijd wijzigen.',
    alwaysActive: 'Altijd actief',
    services: '{category}: diensten en cookies',
    provider: 'Aanbieder',
    purpose: 'Doel',
    cookie: 'Cookie',
    retention: 'Bewaartermijn',
    privacyPolicy: 'Privacybeleid',
    saved: 'Voorkeuren opgeslagen',
  },
  categories: {
    necessary: {
      name: 'noodzakelijke cookies',
      description: 'Nodig om de site te laten werken, bijvoorbeeld om uw sessie en keuzes te bewaren. Ze kunnen niet worden uitgezet.',
    },
    functional: { name: 'functionele cookies', description: 'Onthouden uw instellingen en maken extra’s mogelijk zoals chat of ingesloten video’s.' },
    analytics: { name: 'analytische cookies', description: 'Helpen ons begrijpen hoe de site wordt gebruikt, zodat we hem kunnen verbeteren.' },
    advertising: { name: 'advertentiecookies', description: 'Tonen relevante advertenties en meten die, ook op andere sites.' },
  },
  floatingButton: 'Cookie-instellingen',
  embed: {
    title: '{service} is geblokkeerd',
    body: 'Deze inhoud van {service} kan cookies plaatsen. Sta het toe om de inhoud te laden.',
    button: '{service} toestaan',
  },
};

export default nl;
