// Public API of @assent/core. Everything a site or SPA uses; internals stay unexported.
export { createConsent } from './store/create-consent.js';
export type { ConsentStore, ConsentListener, ConsentChange } from './store/types.js';
export type { ConsentStatus } from './decision/from-cookie.js';
export { ConsentConfigError, assertSafeUrls, resolveOptions } from './config/validate.js';
export { isSafeUrl } from './config/patterns.js';
export type { ConfigIssue } from './config/validate.js';
export { defineConsentConfig } from './config/ids.js';
export type { ConsentIds, Register, RegisteredId } from './config/ids.js';
export type {
  ConsentOptions,
  CategoryDefinition,
  ServiceDefinition,
  CookieDeclaration,
  ConsentCookieOptions,
  CookieJar,
  DecisionRecords,
  HistoryEntry,
  SyncChannel,
  ResolvedConfig,
  ResolvedCookieOptions,
} from './config/types.js';
export type { ConsentDecision, ConsentChoices, ConsentMethod, Regime } from './decision/types.js';
export type { DecisionContext } from './decision/choices.js';
export { DEFAULT_CATEGORIES, NECESSARY, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, DEFAULT_COOKIE_NAME } from './config/defaults.js';
export { regimeForRegion } from './regions/index.js';
export { documentCookieJar, memoryCookieJar, serializeCookie } from './storage/cookie-jar.js';
export { indexedDbRecords, memoryRecords } from './storage/records.js';
export { broadcastSyncChannel } from './sync/channel.js';
