import type { Messages } from './types.js';

/**
 * Italian texts.
 *
 * @example
 * const it = await loadLocale('it');
 */
const it: Messages = {
  lang: 'it',
  dir: 'ltr',
  banner: {
    title: 'Utilizziamo i cookie',
    body: 'I cookie necessari fanno funzionare questo sito. Utilizziamo cookie funzionali, analitici e pubblicitari solo con il tuo consenso. Puoi modificare la tua scelta in qualsiasi momento.',
  },
  optOut: {
    title: 'Le tue scelte sulla privacy',
    body: 'Noi e i nostri partner utilizziamo cookie, compresi cookie pubblicitari che possono costituire vendita o condivisione delle tue informazioni personali. Puoi opporti in qualsiasi momento.',
    gpcHonoured:
      'Opposizione rispettata: il tuo browser invia un segnale Global Privacy Control, quindi i cookie pubblicitari restano disattivati e non vendiamo né condividiamo le tue informazioni personali.',
  },
  actions: {
    acceptAll: 'Accetta tutto',
    rejectAll: 'Rifiuta tutto',
    customise: 'Personalizza',
    save: 'Salva le scelte',
    doNotSell: 'Non vendere o condividere le mie informazioni personali',
    dismiss: 'OK',
    close: 'Chiudi',
  },
  privacyLink: 'Informativa sulla privacy',
  preferences: {
    title: 'Impostazioni dei cookie',
    intro: 'Scegli quali cookie possiamo utilizzare. I cookie necessari sono sempre attivi. Puoi modificare la tua scelta in qualsiasi momento.',
    alwaysActive: 'Sempre attivi',
    services: '{category}: servizi e cookie',
    provider: 'Fornitore',
    purpose: 'Finalità',
    cookie: 'Cookie',
    retention: 'Conservazione',
    privacyPolicy: 'Informativa privacy',
    saved: 'Preferenze salvate',
  },
  categories: {
    necessary: {
      name: 'cookie necessari',
      description: 'Indispensabili per il funzionamento del sito, ad esempio per mantenere la sessione e le tue scelte. Non possono essere disattivati.',
    },
    functional: { name: 'cookie funzionali', description: 'Ricordano le tue impostazioni e attivano funzioni come la chat o i video incorporati.' },
    analytics: { name: 'cookie analitici', description: 'Ci aiutano a capire come viene usato il sito per migliorarlo.' },
    advertising: { name: 'cookie pubblicitari', description: 'Mostrano annunci pertinenti e ne misurano l’efficacia, anche su altri siti.' },
  },
  floatingButton: 'Impostazioni dei cookie',
  embed: {
    title: '{service} è bloccato',
    body: 'Questo contenuto di {service} può impostare cookie. Consentilo per caricare il contenuto.',
    button: 'Consenti {service}',
  },
};

export default it;
