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

// Only these schemes: anything else in a link or a frame (javascript:, data:, vbscript:) can run
// code in the site's origin. A scheme is whatever precedes the first ":" before any "/", "?" or
// "#"; "&" is refused there too, so an entity such as "javascript&colon;" cannot turn into one
// where text is decoded as HTML. Whitespace and control characters are refused anywhere: browsers
// drop some of them while parsing ("java\tscript:").
const SAFE_URL = /^(?![^/?#]*[:&](?<!^https?:))[^\0- \x7f]+$/i;

/**
 * Whether a URL is `http:`/`https:` (any case, `//host` included) or relative (`/privacy`,
 * `privacy.html`, `?q`, `#top`): the only URLs Assent links to, loads or sends to.
 *
 * @example
 * isSafeUrl('https://example.com/privacy'); // true
 * isSafeUrl('javascript:alert(1)');         // false
 */
export const isSafeUrl = (value: unknown): value is string => typeof value === 'string' && SAFE_URL.test(value);
