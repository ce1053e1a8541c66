import type { ConsentDecision, Regime } from '../decision/types.js';

/**
 * A cookie a service sets: an exact name, or a pattern where `*` matches any run of characters
 * (`_ga_*`), so withdrawal can clear it and the dialog can list it.
 *
 * @example
 * const ga: CookieDeclaration = { name: '_ga_*', retention: '13 months', purpose: 'Distinguishes visits' };
 */
export interface CookieDeclaration {
  name: string;
  /** Human-readable retention shown in the cookie table, e.g. `"13 months"`, `"session"`. */
  retention: string;
  purpose?: string;
  /** Domain the cookie is set on, when it is not the page's host. */
  domain?: string;
}

/**
 * A vendor or tool that belongs to one category.
 *
 * @example
 * const service: ServiceDefinition = {
 *   id: 'matomo', category: 'analytics', name: 'Matomo', provider: 'Example Ltd',
 *   purpose: 'Audience measurement', privacyPolicyUrl: 'https://example.com/privacy',
 *   cookies: [{ name: '_pk_id.*', retention: '13 months' }],
 * };
 */
export interface ServiceDefinition {
  id: string;
  category: string;
  name: string;
  provider: string;
  purpose: string;
  privacyPolicyUrl: string;
  cookies?: readonly CookieDeclaration[];
  /** localStorage keys (or `*` patterns) the service writes, cleared on withdrawal. */
  localStorage?: readonly string[];
}

/**
 * A consent category. The four defaults are `necessary`, `functional`, `analytics`, `advertising`.
 *
 * @example
 * const chat: CategoryDefinition = { id: 'support-chat' };
 */
export interface CategoryDefinition {
  id: string;
}

/**
 * Attributes of the first-party cookie that holds the current decision.
 *
 * @example
 * const cookie: ConsentCookieOptions = { domain: 'example.com', sameSite: 'Lax' };
 */
export interface ConsentCookieOptions {
  /** Default `assent`. */
  name?: string;
  /** Default: the page's host only. Set the registrable domain to share across subdomains. */
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default: `true` on https pages. */
  secure?: boolean;
}

/**
 * Synchronous access to the consent cookie (the decision every page view needs at once).
 *
 * @example
 * const jar: CookieJar = { read: () => undefined, write: () => {}, remove: () => {} };
 */
export interface CookieJar {
  read(name: string): string | undefined;
  write(name: string, value: string, attributes: ResolvedCookieOptions & { maxAgeSeconds: number }): void;
  remove(name: string, attributes: ResolvedCookieOptions): void;
}

/**
 * One entry of the local history kept beside the current decision.
 *
 * @example
 * const entries: HistoryEntry[] = await store.history();
 */
export type HistoryEntry = ConsentDecision;

/**
 * Asynchronous storage for the full decision and its local history (IndexedDB by default).
 *
 * @example
 * const records: DecisionRecords = { load: async () => undefined, save: async () => {}, history: async () => [] };
 */
export interface DecisionRecords {
  load(): Promise<ConsentDecision | undefined>;
  save(decision: ConsentDecision): Promise<void>;
  history(): Promise<HistoryEntry[]>;
}

/**
 * Carries decisions between open tabs of the same site. A `BroadcastChannel` is used by default.
 *
 * @example
 * const channel: SyncChannel = { post: () => {}, listen: () => () => {}, close: () => {} };
 */
export interface SyncChannel {
  post(message: unknown): void;
  listen(onMessage: (message: unknown) => void): () => void;
  close(): void;
}

/**
 * Everything `createConsent()` accepts. Only what differs from the defaults needs to be given.
 *
 * @example
 * createConsent({ revision: '2026-11', region: 'DE', services: [matomo] });
 */
export interface ConsentOptions {
  /** Categories; `necessary` is always present. Default: necessary, functional, analytics, advertising. */
  categories?: ReadonlyArray<string | CategoryDefinition>;
  services?: readonly ServiceDefinition[];
  /** Policy revision; a stored decision with another revision is asked again. Default `"1"`. */
  revision?: string | number;
  /** Days a decision applies, 1–395 (13 months). Default 182 (about 6 months, as CNIL advises). */
  expiresAfterDays?: number;
  cookie?: ConsentCookieOptions;
  /** Overrides the regime the region table gives. */
  regime?: Regime;
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code (`DE`, `US-CA`, `CA-QC`). Unknown or `undefined` → opt-in. */
  region?: string | undefined;
  /** BCP 47 locale recorded with decisions. Default: `<html lang>` in a browser, else `en`. */
  locale?: string;
  /** Global Privacy Control. Default: `navigator.globalPrivacyControl === true` in a browser. */
  gpc?: boolean;
  /** Injected storage; defaults are `document.cookie` and IndexedDB, or memory without a DOM. */
  storage?: { cookies?: CookieJar; records?: DecisionRecords };
  /** Cross-tab channel; `false` turns sync off. Default: a BroadcastChannel in browsers. */
  sync?: SyncChannel | false;
  /** Current time in ms (for tests). Default `Date.now`. */
  now?: () => number;
  /** Receives storage failures the store survived (blocked cookies, private-mode IndexedDB). */
  onError?: (error: unknown) => void;
}

/** Cookie attributes after defaults are applied. */
export interface ResolvedCookieOptions {
  name: string;
  domain: string | undefined;
  path: string;
  sameSite: 'Lax' | 'Strict' | 'None';
  secure: boolean;
}

/**
 * Validated configuration with defaults applied.
 *
 * @example
 * const config = resolveOptions({ region: 'US-CA' }); // config.regime === 'opt-out'
 */
export interface ResolvedConfig {
  categories: string[];
  /** Every category and service id → the category it belongs to (a category to itself). */
  owners: Record<string, string>;
  services: readonly ServiceDefinition[];
  revision: string;
  expiresAfterDays: number;
  cookie: ResolvedCookieOptions;
  regime: Regime;
  region: string;
  locale: string;
  gpc: boolean;
}
