import type { TcfMessages } from './types.js';

/** Textes TCF en français. */
const fr: TcfMessages = {
  lang: 'fr',
  dir: 'ltr',
  banner: {
    title: 'Le respect de votre vie privée est notre priorité',
    intro:
      'Nous et {partners} stockons et/ou accédons à des informations sur un appareil, telles que des cookies, et traitons des données personnelles, telles que des identifiants uniques et des informations standard envoyées par un appareil, pour les finalités ci-dessous.',
    partners: { one: 'notre {count} partenaire', other: 'nos {count} partenaires' },
    purposesHeading: 'Finalités',
    specialFeaturesHeading: 'Fonctionnalités spéciales (utilisées uniquement avec votre consentement)',
    legitimateInterest:
      'Certains partenaires traitent vos données personnelles sur la base de leur intérêt légitime, sans demander votre consentement. Vous avez le droit de vous y opposer dans « {manageOptions} ».',
    scope:
      'Vos choix ne s’appliquent qu’à ce site. Vous pouvez les modifier ou retirer votre consentement à tout moment dans « {manageOptions} », accessible aussi en bas de chaque page.',
    vendorListLink: { one: 'Voir notre {count} partenaire', other: 'Voir nos {count} partenaires' },
  },
  actions: { acceptAll: 'Tout accepter', rejectAll: 'Tout refuser', manageOptions: 'Gérer les options', save: 'Enregistrer mes choix', close: 'Fermer' },
  privacyLink: 'Politique de confidentialité',
  preferences: {
    title: 'Paramètres de confidentialité',
    intro:
      'Choisissez ce que nous et nos partenaires pouvons faire. Rien n’est activé sans votre accord. L’intérêt légitime s’applique sauf si vous vous y opposez : désactivez-le pour vous opposer.',
    purposesHeading: 'Finalités',
    specialPurposesHeading: 'Finalités spéciales (sans choix : nécessaires à la sécurité et à la diffusion des contenus)',
    featuresHeading: 'Fonctionnalités (utilisées pour les finalités ci-dessus)',
    specialFeaturesHeading: 'Fonctionnalités spéciales',
    vendorsHeading: 'Partenaires (fournisseurs)',
    siteHeading: 'Les cookies de ce site',
    publisherPurposesHeading: 'Finalités propres à ce site',
    googleAtpHeading: 'Fournisseurs de technologie publicitaire de Google',
    googleAtpIntro: 'Fournisseurs absents de la liste de l’IAB qui travaillent avec Google ; ils n’utilisent vos données qu’avec votre consentement.',
    atpProvider: 'Fournisseur n° {id}',
    consent: 'Consentement',
    legitimateInterest: 'Intérêt légitime',
    objectHint: 'Désactivez pour vous opposer.',
    infoOnly: 'Pour information, sans choix',
    details: 'Détails et exemples',
    illustrations: 'Exemples',
    vendorCount: { one: '{count} partenaire', other: '{count} partenaires' },
    searchVendors: 'Rechercher un partenaire',
    noVendorMatches: 'Aucun partenaire ne correspond.',
    vendorPurposes: 'Finalités (consentement)',
    vendorLegIntPurposes: 'Finalités (intérêt légitime)',
    vendorSpecialPurposes: 'Finalités spéciales',
    vendorFeatures: 'Fonctionnalités',
    vendorSpecialFeatures: 'Fonctionnalités spéciales',
    retention: { one: 'Conservation : {count} jour', other: 'Conservation : {count} jours' },
    dataCategories: 'Catégories de données',
    cookieMaxAge: { one: 'Cookies conservés jusqu’à {count} jour', other: 'Cookies conservés jusqu’à {count} jours' },
    sessionCookies: 'Cookies supprimés à la fermeture du navigateur',
    noCookies: 'N’utilise pas de cookies',
    nonCookieAccess: 'Stocke ou lit aussi des informations par d’autres moyens (p. ex. stockage local)',
    privacyPolicy: 'Politique de confidentialité',
    legIntClaim: 'Justification de l’intérêt légitime',
    alwaysActive: 'Toujours actifs',
    services: 'Services',
    saved: 'Préférences enregistrées',
  },
};

export default fr;
