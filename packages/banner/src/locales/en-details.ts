import type { DetailMessages } from './types.js';

/**
 * The English texts beyond the first layer: dialog, categories, floating button, embeds. Loaded
 * with the preferences dialog (English is also the fallback, so it ships without a locale chunk).
 *
 * @example
 * import { enDetails } from './en-details.js';
 */
export const enDetails: DetailMessages = {
  preferences: {
    title: 'Cookie settings',
    intro: 'Choose which cookies we may use. Necessary cookies are always active. You can change your choice at any time.',
    alwaysActive: 'Always active',
    services: '{category}: services and cookies',
    provider: 'Provider',
    purpose: 'Purpose',
    cookie: 'Cookie',
    retention: 'Retention',
    privacyPolicy: 'Privacy policy',
    saved: 'Preferences saved',
  },
  categories: {
    necessary: {
      name: 'necessary cookies',
      description: 'Needed for the site to work, for example to keep your session and your choices. They cannot be switched off.',
    },
    functional: { name: 'functional cookies', description: 'Remember your settings and enable extras such as chat or embedded videos.' },
    analytics: { name: 'analytical cookies', description: 'Help us understand how the site is used so that we can improve it.' },
    advertising: { name: 'advertising cookies', description: 'Show you relevant ads and measure them, also on other sites.' },
  },
  floatingButton: 'Cookie settings',
  // The same words as the page glue's English default (DEFAULT_EMBED_TEXTS of @assent/core/page,
  // a test keeps them equal), so a placeholder reads the same before and after the UI loads.
  embed: {
    title: '{service} is blocked',
    body: 'This content is provided by {service} and may set cookies. Allow it to view it here.',
    button: 'Allow {service}',
  },
};
