// @assent/core/cookie — the DOM-free part servers import: read and write the consent cookie,
// evaluate it, and map regions to regimes. No document, window or IndexedDB is touched here.
export { encodeConsentCookie, decodeConsentCookie, readCookie, COOKIE_FORMAT_VERSION, MAX_COOKIE_LENGTH } from './cookie-codec/index.js';
export type { CookieDecision } from './cookie-codec/index.js';
export { consentFromCookie, consentSnapshot } from './cookie-codec/server-view.js';
export type { CookieConsentView, ConsentSnapshot } from './cookie-codec/server-view.js';
export { regimeForRegion } from './regions/index.js';
export { DEFAULT_CATEGORIES, MAX_EXPIRY_DAYS, NECESSARY } from './config/defaults.js';
export { serializeCookie } from './storage/cookie-jar.js';
export type { ConsentDecision, ConsentMethod, Regime } from './decision/types.js';
export { DECISION_RECORD_FIELDS } from './decision/record.js';
export type { DecisionRecord } from './decision/record.js';
