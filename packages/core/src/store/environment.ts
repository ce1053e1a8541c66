// What the store reads from the page when the options leave it open. Read when a store is
// created, never at import time.
import { LOCALE, whole } from '../config/patterns.js';

/** Facts about the running page: GPC signal, document language, https. */
export interface PageEnvironment {
  browser: boolean;
  gpc?: boolean;
  locale?: string;
  https?: boolean;
}

/**
 * Reads the page environment defensively: outside a browser every field is left unset.
 *
 * @example
 * readEnvironment().gpc; // true when navigator.globalPrivacyControl === true
 */
export function readEnvironment(): PageEnvironment {
  if (typeof document === 'undefined') return { browser: false };
  const lang = (document.documentElement.lang || '').replace(/_/g, '-');
  return {
    browser: true,
    gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    locale: whole(LOCALE).test(lang) ? lang : undefined,
    https: location.protocol === 'https:',
  };
}
