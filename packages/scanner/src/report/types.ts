// The scan report: what `scanSite()` returns, what `--json` writes and what the HTML report shows.
// Its JSON form is versioned (`schemaVersion`) and documented by schema/scan-report.v1.schema.json;
// a change that removes or renames a field bumps the version.

/** Version of the report's JSON format. */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * One visit of a page, each in a fresh browser context (no cookies, no storage):
 * - `before-consent`: loaded, nothing clicked;
 * - `after-reject`: Reject all, then reloaded;
 * - `after-accept`: Accept all, then reloaded;
 * - `after-withdraw`: Accept all, consent withdrawn, then reloaded.
 *
 * @example
 * const pass: PassName = 'after-reject';
 */
export type PassName = (typeof PASS_NAMES)[number];

/**
 * Every pass, in the order a page gets them.
 *
 * @example
 * for (const pass of PASS_NAMES) console.log(pass);
 */
export const PASS_NAMES = ['before-consent', 'after-reject', 'after-accept', 'after-withdraw'] as const;

/**
 * What a finding is about. `*-before-consent` and `survives-*` are errors; `undeclared-*` and a
 * request to an unknown third party are warnings; the rest are notices.
 *
 * @example
 * const kind: FindingKind = 'cookie-before-consent';
 */
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * Every kind of finding, as the JSON schema lists them.
 *
 * @example
 * FINDING_KINDS.includes('survives-reject'); // true
 */
export const FINDING_KINDS = [
  'cookie-before-consent',
  'storage-before-consent',
  'third-party-request-before-consent',
  'third-party-request-after-reject',
  'third-party-request-after-withdrawal',
  'undeclared-cookie',
  'undeclared-storage',
  'survives-reject',
  'survives-withdrawal',
  'declared-service-not-seen',
  'no-assent',
  'page-error',
] as const;

/**
 * How much a finding matters: `error` breaks the promise made to visitors (something runs or stays
 * without consent); `warning` needs a decision from the site owner; `notice` is information.
 *
 * @example
 * const severity: Severity = 'warning';
 */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * A cookie as the browser held it at the end of a pass. Values are never kept (they are
 * identifiers).
 *
 * @example
 * const cookie: CookieObservation = { name: '_ga', domain: 'example.com', path: '/', expires: 1830000000,
 *   httpOnly: false, secure: true, sameSite: 'Lax', setBy: 'script', setByUrl: 'https://example.com/ga.js', thirdParty: false };
 */
export interface CookieObservation {
  name: string;
  /** As the browser stores it: `example.com` for a host-only cookie, `.example.com` for a domain cookie. */
  domain: string;
  path: string;
  /** Expiry in seconds since the epoch; `-1` for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  /** `header`: a `Set-Cookie` response header; `script`: `document.cookie` or `cookieStore`; `unknown`: neither was seen. */
  setBy: 'header' | 'script' | 'unknown';
  /** The response (for `header`) or the script (for `script`) that set it, when known. */
  setByUrl?: string;
  /** Set on a site other than the page's. */
  thirdParty: boolean;
}

/**
 * A key of localStorage or sessionStorage, or the name of an IndexedDB database, in one origin.
 *
 * @example
 * const key: StorageObservation = { area: 'localStorage', origin: 'https://example.com', name: '_hjid' };
 */
export interface StorageObservation {
  area: 'localStorage' | 'sessionStorage' | 'indexedDB';
  origin: string;
  name: string;
}

/**
 * A request to a host on another site than the page's. The URL is kept without its query string
 * and fragment (they carry identifiers).
 *
 * @example
 * const request: RequestObservation = { url: 'https://www.google-analytics.com/g/collect', host: 'www.google-analytics.com',
 *   resourceType: 'fetch', frameUrl: 'https://example.com/' };
 */
export interface RequestObservation {
  url: string;
  host: string;
  /** Playwright's resource type: `document`, `script`, `image`, `fetch`, `xhr`, … */
  resourceType: string;
  /** The URL of the frame that made the request. */
  frameUrl: string;
}

/**
 * A frame of the page other than the main one.
 *
 * @example
 * const frame: FrameObservation = { url: 'https://www.youtube-nocookie.com/embed/x', host: 'www.youtube-nocookie.com', thirdParty: true };
 */
export interface FrameObservation {
  url: string;
  host: string;
  thirdParty: boolean;
}

/**
 * A script or iframe the page gates with `data-consent`, and whether it ran (was activated) in
 * the pass.
 *
 * @example
 * const gated: GatedElementObservation = { tag: 'script', consent: 'analytics', service: 'matomo', src: 'https://example.com/matomo.js', ran: true };
 */
export interface GatedElementObservation {
  tag: 'script' | 'iframe';
  /** The `data-consent` value: a category or service id. */
  consent: string;
  /** The `data-service` value, when given. */
  service?: string;
  src?: string;
  ran: boolean;
}

/**
 * A service as the page's Assent config declares it (only the fields the scanner judges with).
 *
 * @example
 * const service: DeclaredService = { id: 'matomo', name: 'Matomo', category: 'analytics', cookies: ['_pk_id.*'], localStorage: [], hosts: [] };
 */
export interface DeclaredService {
  id: string;
  name: string;
  category: string;
  /** Cookie names or `*` patterns. */
  cookies: string[];
  /** localStorage keys or `*` patterns. */
  localStorage: string[];
  /** Request hosts or `*` patterns: the service's `hosts`, plus the hosts its gated scripts load from. */
  hosts: string[];
}

/**
 * The Assent setup read from a page: absent when the page runs no Assent.
 *
 * @example
 * const assent: PageAssent = { cookieName: 'assent', regime: 'opt-in', categories: ['necessary', 'analytics'], services: [] };
 */
export interface PageAssent {
  /** Name of the consent cookie. */
  cookieName: string;
  /** The regime the page resolved (`opt-in`, `opt-out`, …): in `opt-out`, categories are granted before any decision. */
  regime: string;
  categories: string[];
  services: DeclaredService[];
}

/**
 * Everything one pass saw on one page.
 *
 * @example
 * const pass: PassResult = { pass: 'before-consent', url: 'https://example.com/', cookies: [], storage: [],
 *   requests: [], frames: [], gated: [], errors: [] };
 */
export interface PassResult {
  pass: PassName;
  /** The URL the pass ended on (after redirects). */
  url: string;
  cookies: CookieObservation[];
  storage: StorageObservation[];
  /** Third-party requests only; in a pass with a decision, those after the reload that follows it. */
  requests: RequestObservation[];
  frames: FrameObservation[];
  gated: GatedElementObservation[];
  /**
   * Category and service ids `window.assent.granted()` allowed at the end of the pass; absent
   * without Assent. What is granted is never a finding (an opt-out regime grants before any decision).
   */
  granted?: string[];
  /** What went wrong in the pass (navigation failed, Assent missing, an uncaught page error). */
  errors: string[];
}

/**
 * One page of the crawl with its passes.
 *
 * @example
 * const page: PageResult = { url: 'https://example.com/', passes: [] };
 */
export interface PageResult {
  url: string;
  /** The page's Assent setup; absent when the page runs no Assent (then only `before-consent` ran). */
  assent?: PageAssent;
  passes: PassResult[];
}

/**
 * What a finding is about: a cookie, a storage key, a request host, a service or the page itself.
 *
 * @example
 * const subject: FindingSubject = { type: 'cookie', name: '_ga' };
 */
export interface FindingSubject {
  type: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'request' | 'service' | 'page';
  /** Cookie name, storage key, database name, request host, service id, or page URL. */
  name: string;
}

/**
 * A service a finding's subject belongs to, from the page's config or else the catalogue.
 *
 * @example
 * const match: ServiceMatch = { id: 'google-analytics-4', name: 'Google Analytics 4', category: 'analytics', source: 'catalogue' };
 */
export interface ServiceMatch {
  id: string;
  name: string;
  category: string;
  source: 'config' | 'catalogue';
}

/**
 * One problem, with where it was seen, the proof and what to do.
 *
 * @example
 * const finding: Finding = {
 *   kind: 'cookie-before-consent', severity: 'error', page: 'https://example.com/', pass: 'before-consent',
 *   subject: { type: 'cookie', name: '_ga' }, message: '…', fix: '…',
 * };
 */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  page: string;
  pass: PassName;
  subject: FindingSubject;
  service?: ServiceMatch;
  /** The observation that proves it (absent for `declared-service-not-seen` and `no-assent`). */
  evidence?: CookieObservation | StorageObservation | RequestObservation;
  /** What happened, in one sentence. */
  message: string;
  /** What to change so it goes away. */
  fix: string;
}

/**
 * A PNG screenshot of the banner as the scanner saw it (the first page, before consent).
 *
 * @example
 * const shot: Screenshot = { page: 'https://example.com/', pass: 'before-consent', mediaType: 'image/png', base64: '…' };
 */
export interface Screenshot {
  page: string;
  pass: PassName;
  mediaType: 'image/png';
  base64: string;
}

/**
 * A `services` entry the scanner proposes for the config, for what it found that no declared
 * service covers. From the catalogue when it knows the cookie or host; else a placeholder whose
 * category and texts the site owner must fill in (`category: 'unknown'`).
 *
 * @example
 * const proposal: ProposedService = { id: 'hotjar', category: 'analytics', name: 'Hotjar', provider: 'Hotjar Ltd',
 *   purpose: '…', privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/', cookies: [{ name: '_hjSessionUser_*', retention: '1 year' }],
 *   source: 'catalogue', seen: ['_hjSessionUser_123'] };
 */
export interface ProposedService {
  id: string;
  category: string;
  name: string;
  provider: string;
  purpose: string;
  privacyPolicyUrl: string;
  cookies?: Array<{ name: string; retention: string; purpose?: string }>;
  localStorage?: string[];
  hosts?: string[];
  /** `catalogue`: a known service; `observed`: made from what was seen, to be completed. */
  source: 'catalogue' | 'observed';
  /** The cookie names, storage keys and hosts that led to it. */
  seen: string[];
}

/**
 * Totals for the summary line and the exit code.
 *
 * @example
 * const summary: ScanSummary = { verdict: 'fail', pages: 3, assentPages: 3, errors: 2, warnings: 1, notices: 0, byKind: { 'cookie-before-consent': 2 } };
 */
export interface ScanSummary {
  /** `fail` when there is at least one error. */
  verdict: 'pass' | 'fail';
  pages: number;
  /** Pages on which Assent ran (the others got the first pass only). */
  assentPages: number;
  errors: number;
  warnings: number;
  notices: number;
  byKind: Partial<Record<FindingKind, number>>;
}

/**
 * The whole result of a scan.
 *
 * @example
 * const report: ScanReport = await scanSite({ url: 'https://example.com/' });
 * console.log(report.summary.verdict, report.findings.length);
 */
export interface ScanReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: '@assent/scanner'; version: string };
  startUrl: string;
  /** ISO 8601 times. */
  startedAt: string;
  finishedAt: string;
  browser: { name: 'chromium'; version: string };
  options: { pages: number; concurrency: number; passes: PassName[] };
  summary: ScanSummary;
  /** Errors first, then warnings, then notices; in page order within each. */
  findings: Finding[];
  pages: PageResult[];
  proposedServices: ProposedService[];
  screenshot?: Screenshot;
}
