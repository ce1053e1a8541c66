import type { FirstLayerMessages } from './types.js';

/**
 * The English texts of the first layer: all the banner needs, so its chunk carries no more. The
 * dialog's English texts (en-details.ts) travel with the dialog.
 *
 * @example
 * import { enFirstLayer } from './en-first-layer.js';
 */
export const enFirstLayer: FirstLayerMessages = {
  lang: 'en',
  dir: 'ltr',
  banner: {
    title: 'We use cookies',
    body: 'Necessary cookies keep this site working. We use functional, analytical and advertising cookies only if you agree. You can change your choice at any time.',
  },
  optOut: {
    title: 'Your privacy choices',
    body: 'We and our partners use cookies, including advertising cookies that may count as selling or sharing your personal information. You can opt out at any time.',
    gpcHonoured:
      'Opt-out honoured: your browser sends a Global Privacy Control signal, so advertising cookies stay off and we do not sell or share your personal information.',
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
  privacyLink: 'Privacy notice',
};
