/**
 * The default category set, in the order the banner lists them.
 *
 * @example
 * DEFAULT_CATEGORIES.includes('analytics'); // true
 */
export const DEFAULT_CATEGORIES: readonly string[] = ['necessary', 'functional', 'analytics', 'advertising'];

/** The category that is always granted and cannot be switched off. */
export const NECESSARY = 'necessary';

/** Days a decision applies by default (about six months, CNIL's guidance for keeping a choice). */
export const DEFAULT_EXPIRY_DAYS = 182;

/** Longest allowed validity: 13 months, the ceiling regulators accept for consent cookies. */
export const MAX_EXPIRY_DAYS = 395;

/** Default name of the consent cookie. */
export const DEFAULT_COOKIE_NAME = 'assent';
