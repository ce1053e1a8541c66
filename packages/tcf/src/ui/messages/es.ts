import type { TcfMessages } from './types.js';

/** Textos TCF en español. */
const es: TcfMessages = {
  lang: 'es',
  dir: 'ltr',
  banner: {
    title: 'Valoramos su privacidad',
    intro:
      'Nosotros y {partners} almacenamos o accedemos a información en un dispositivo, como cookies, y tratamos datos personales, como identificadores únicos e información estándar enviada por un dispositivo, para los fines indicados a continuación.',
    partners: { one: 'nuestro {count} socio', other: 'nuestros {count} socios' },
    purposesHeading: 'Finalidades',
    specialFeaturesHeading: 'Características especiales (solo con su consentimiento)',
    legitimateInterest:
      'Algunos socios tratan sus datos personales basándose en un interés legítimo, sin pedir su consentimiento. Tiene derecho a oponerse en «{manageOptions}».',
    scope:
      'Sus decisiones solo se aplican a este sitio web. Puede cambiarlas o retirar su consentimiento en cualquier momento en «{manageOptions}», también enlazado al pie de cada página.',
    vendorListLink: { one: 'Ver nuestro {count} socio', other: 'Ver nuestros {count} socios' },
  },
  actions: { acceptAll: 'Aceptar todo', rejectAll: 'Rechazar todo', manageOptions: 'Gestionar opciones', save: 'Guardar selección', close: 'Cerrar' },
  privacyLink: 'Aviso de privacidad',
  preferences: {
    title: 'Configuración de privacidad',
    intro:
      'Elija lo que nosotros y nuestros socios podemos hacer. Nada se activa sin su consentimiento. El interés legítimo se aplica salvo que se oponga: desactívelo para oponerse.',
    purposesHeading: 'Finalidades',
    specialPurposesHeading: 'Finalidades especiales (sin elección: necesarias para la seguridad y para mostrar contenido)',
    featuresHeading: 'Características (usadas para las finalidades anteriores)',
    specialFeaturesHeading: 'Características especiales',
    vendorsHeading: 'Socios (proveedores)',
    siteHeading: 'Cookies propias de este sitio',
    publisherPurposesHeading: 'Finalidades propias de este sitio',
    googleAtpHeading: 'Proveedores de tecnología publicitaria de Google',
    googleAtpIntro: 'Proveedores que no figuran en la lista de IAB pero trabajan con Google; solo usan sus datos con su consentimiento.',
    atpProvider: 'Proveedor n.º {id}',
    consent: 'Consentimiento',
    legitimateInterest: 'Interés legítimo',
    objectHint: 'Desactívelo para oponerse.',
    infoOnly: 'Solo información, sin elección',
    details: 'Detalles y ejemplos',
    illustrations: 'Ejemplos',
    vendorCount: { one: '{count} socio', other: '{count} socios' },
    searchVendors: 'Buscar socios',
    noVendorMatches: 'Ningún socio coincide.',
    vendorPurposes: 'Finalidades (consentimiento)',
    vendorLegIntPurposes: 'Finalidades (interés legítimo)',
    vendorSpecialPurposes: 'Finalidades especiales',
    vendorFeatures: 'Características',
    vendorSpecialFeatures: 'Características especiales',
    retention: { one: 'Conservación: {count} día', other: 'Conservación: {count} días' },
    dataCategories: 'Categorías de datos',
    cookieMaxAge: { one: 'Cookies de hasta {count} día', other: 'Cookies de hasta {count} días' },
    sessionCookies: 'Cookies que duran hasta cerrar el navegador',
    noCookies: 'No usa cookies',
    nonCookieAccess: 'También almacena o lee información por otros medios (p. ej., almacenamiento local)',
    privacyPolicy: 'Política de privacidad',
    legIntClaim: 'Justificación del interés legítimo',
    alwaysActive: 'Siempre activas',
    services: 'Servicios',
    saved: 'Preferencias guardadas',
  },
};

export default es;
