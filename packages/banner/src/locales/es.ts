import type { Messages } from './types.js';

/**
 * Spanish texts.
 *
 * @example
 * const es = await loadLocale('es');
 */
const es: Messages = {
  lang: 'es',
  dir: 'ltr',
  banner: {
    title: 'Usamos cookies',
    body: 'Las cookies necesarias hacen que este sitio funcione. Solo usamos cookies funcionales, analíticas y publicitarias si usted lo acepta. Puede cambiar su elección en cualquier momento.',
  },
  optOut: {
    title: 'Sus opciones de privacidad',
    body: 'Nosotros y nuestros socios usamos cookies, incluidas cookies publicitarias que pueden considerarse venta o cesión de su información personal. Puede oponerse en cualquier momento.',
    gpcHonoured:
      'Exclusión respetada: su navegador envía una señal Global Privacy Control, por lo que las cookies publicitarias siguen desactivadas y no vendemos ni compartimos su información personal.',
  },
  actions: {
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    customise: 'Personalizar',
    save: 'Guardar selección',
    doNotSell: 'No vender ni compartir mi información personal',
    dismiss: 'Aceptar',
    close: 'Cerrar',
  },
  privacyLink: 'Aviso de privacidad',
  preferences: {
    title: 'Configuración de cookies',
    intro: 'Elija qué cookies podemos usar. Las cookies necesarias están siempre activas. Puede cambiar su elección en cualquier momento.',
    alwaysActive: 'Siempre activas',
    services: '{category}: servicios y cookies',
    provider: 'Proveedor',
    purpose: 'Finalidad',
    cookie: 'Cookie',
    retention: 'Conservación',
    privacyPolicy: 'Política de privacidad',
    saved: 'Preferencias guardadas',
  },
  categories: {
    necessary: {
      name: 'cookies necesarias',
      description: 'Imprescindibles para que el sitio funcione, por ejemplo para mantener su sesión y sus elecciones. No se pueden desactivar.',
    },
    functional: { name: 'cookies funcionales', description: 'Recuerdan sus ajustes y activan funciones como el chat o los vídeos insertados.' },
    analytics: { name: 'cookies analíticas', description: 'Nos ayudan a entender cómo se usa el sitio para mejorarlo.' },
    advertising: { name: 'cookies publicitarias', description: 'Muestran anuncios relevantes y miden su eficacia, también en otros sitios.' },
  },
  floatingButton: 'Configuración de cookies',
  embed: {
    title: '{service} está bloqueado',
    body: 'Este contenido de {service} puede instalar cookies. Permítalo para cargar el contenido.',
    button: 'Permitir {service}',
  },
};

export default es;
