import type { Messages } from './types.js';

/**
 * French texts, with the category words of the French privacy notice.
 *
 * @example
 * const fr = await loadLocale('fr');
 */
const fr: Messages = {
  lang: 'fr',
  dir: 'ltr',
  banner: {
    title: 'Nous utilisons des cookies',
    body: 'Les cookies nécessaires font fonctionner ce site. Nous n’utilisons les cookies fonctionnels, analytiques et publicitaires qu’avec votre accord. Vous pouvez modifier votre choix à tout moment.',
  },
  optOut: {
    title: 'Vos choix en matière de confidentialité',
    body: 'Nos partenaires et nous utilisons des cookies, dont des cookies publicitaires qui peuvent constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
    gpcHonoured:
      'Opposition respectée : votre navigateur envoie un signal Global Privacy Control, les cookies publicitaires restent donc désactivés et nous ne vendons ni ne partageons vos informations personnelles.',
  },
  actions: {
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customise: 'Personnaliser',
    save: 'Enregistrer mes choix',
    doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
    dismiss: 'OK',
    close: 'Fermer',
  },
  privacyLink: 'Déclaration de confidentialité',
  preferences: {
    title: 'Paramètres des cookies',
    intro: 'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs. Vous pouvez modifier votre choix à tout moment.',
    alwaysActive: 'Toujours actifs',
    services: '{category}\u00a0: services et cookies',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    cookie: 'Cookie',
    retention: 'Conservation',
    privacyPolicy: 'Politique de confidentialité',
    saved: 'Préférences enregistrées',
  },
  categories: {
    necessary: {
      name: 'cookies nécessaires',
      description: 'Indispensables au fonctionnement du site, par exemple pour conserver votre session et vos choix. Ils ne peuvent pas être désactivés.',
    },
    functional: { name: 'cookies fonctionnels', description: 'Mémorisent vos réglages et activent des fonctions comme le chat ou les vidéos intégrées.' },
    analytics: { name: 'cookies analytiques', description: 'Nous aident à comprendre l’utilisation du site afin de l’améliorer.' },
    advertising: { name: 'cookies publicitaires', description: 'Affichent des publicités pertinentes et les mesurent, y compris sur d’autres sites.' },
  },
  floatingButton: 'Paramètres des cookies',
  embed: {
    title: '{service} est bloqué',
    body: 'Ce contenu de {service} peut déposer des cookies. Autorisez-le pour l’afficher.',
    button: 'Autoriser {service}',
  },
};

export default fr;
