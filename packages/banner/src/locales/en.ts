import type { Messages } from './types.js';

/**
 * English texts (the default and the fallback). Category names are the privacy notice's words,
 * written as in running text; the banner capitalises the first letter on display.
 *
 * @example
 * import en from '@assent/banner/locales/en';
 */
const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  banner: {
    title: 'We use cookies',
    body: 'Necessary cookies keep this site working. We use functional, analytical and advertising cookies only if you agree. You can change your choice at any time.',
  },
  optOut: {
    title: 'Your privacy choices',
    body: 'We and our partners use cookies, including advertising cookies that may count as selling or sharing your personal information. You can opt out at any time.',
    gpcHonoured: 'Opt-out honoured: your browser sends a Global Privacy Control signal, so advertising cookies stay off and we do not sell or share your personal information.',
  },
  actions: {
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customise: 'Customise',
    save: 'Save choices',
    doNotSell: 'Do not sell or share my personal information',
    dismiss: 'OK',
    close: 'Close',
  },
  privacyLink: 'Privacy Notice',
  preferences: {
    title: 'Cookie settings',
    intro: 'Choose which cookies we may use. Necessary cookies are always active. You can change your choice at any time.',
    alwaysActive: 'Always active',
    services: 'Services and cookies',
    provider: 'Provider',
    purpose: 'Purpose',
    cookie: 'Cookie',
    retention: 'Retention',
    privacyPolicy: 'Privacy policy',
    saved: 'Preferences saved',
  },
  categories: {
    necessary: { name: 'necessary cookies', description: 'Needed for the site to work, for example to keep your session and your choices. They cannot be switched off.' },
    functional: { name: 'functional cookies', description: 'Remember your settings and enable extras such as chat or embedded videos.' },
    analytics: { name: 'analytical cookies', description: 'Help us understand how the site is used so that we can improve it.' },
    advertising: { name: 'advertising cookies', description: 'Show you relevant ads and measure them, also on other sites.' },
  },
  floatingButton: 'Cookie settings',
  embed: {
    title: '{service} is blocked',
    body: 'This content from {service} may set cookies. Allow it to load the content.',
    button: 'Allow {service}',
  },
};

export default en;
