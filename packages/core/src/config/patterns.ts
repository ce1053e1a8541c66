// Text patterns shared by config validation, the page environment and the cookie codec, so every
// value a valid config produces is one the cookie carries back. Regex sources without anchors.

/** A category or service id: 2–32 of a–z, 0–9, "-", letter first. */
export const ID = '[a-z][a-z0-9-]{1,31}';

/** A BCP 47 tag: a 2–3 letter language, then at most 7 subtags of 1–8 letters or digits. */
export const LOCALE = '[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8}){0,7}';

/** An ISO 3166-1 alpha-2 or ISO 3166-2 code in upper case (`DE`, `US-CA`), or nothing. */
export const REGION = '(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?)?';

/**
 * A pattern that must match a whole text.
 *
 * @example
 * whole(REGION, 'i').test('us-ca'); // true
 */
export const whole = (source: string, flags?: string): RegExp => new RegExp(`^(?:${source})$`, flags);
