// Test helper: a realistic synthetic scan report shared by the HTML and JSON schema tests. Three
// pages (one with Assent and all four passes, one without Assent, one with a page error), every
// kind of finding, and hostile strings where a site controls the text: a cookie named like an
// <img> tag, a request URL with `"` and `<`, a storage key with quotes, an error message with a
// tag.
import { summarise } from '../summary.js';
import { type Finding, type PageResult, type PassResult, REPORT_SCHEMA_VERSION, type ScanReport } from './types.js';

/** A cookie name that is an HTML injection attempt. */
export const HOSTILE_COOKIE = '<img src=x onerror=alert(1)>';
/** A request URL with a quote and angle brackets. */
export const HOSTILE_URL = 'https://ads.tracker.example/p"x<y>.gif';
/** A sessionStorage key with both quotes. */
export const HOSTILE_KEY = `checkout"state'<b>`;
/** A page error message with a tag. */
export const HOSTILE_ERROR = "TypeError: Cannot read properties of undefined (reading '<script>alert(2)</script>')";

/** A small valid PNG (24×12), base64. */
export const SAMPLE_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAABgAAAAMCAIAAAD3UuoiAAAAHUlEQVR42mP4QCXAMFgNkrOpIBuNGjRQBg3HBAkA6Qw7D5Tu2cMAAAAASUVORK5CYII=';

const HOME = 'https://shop.example/';
const BLOG = 'https://shop.example/blog/';
const CHECKOUT = 'https://shop.example/checkout/';

const ga = {
  name: '_ga',
  domain: '.shop.example',
  path: '/',
  expires: 1_780_000_000,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  setBy: 'script',
  setByUrl: 'https://www.googletagmanager.com/gtag/js',
  thirdParty: false,
} as const;
const hostileCookie = {
  name: HOSTILE_COOKIE,
  domain: 'shop.example',
  path: '/',
  expires: -1,
  httpOnly: true,
  secure: false,
  sameSite: 'None',
  setBy: 'header',
  setByUrl: HOME,
  thirdParty: false,
} as const;
const matomo = {
  name: '_pk_id.1.9f3c',
  domain: 'shop.example',
  path: '/',
  expires: 1_781_000_000,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  setBy: 'script',
  setByUrl: 'https://shop.example/matomo.js',
  thirdParty: false,
} as const;
const consentCookie = {
  name: 'assent',
  domain: 'shop.example',
  path: '/',
  expires: 1_778_000_000,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  setBy: 'script',
  thirdParty: false,
} as const;
const gaRequest = { url: 'https://www.google-analytics.com/g/collect', host: 'www.google-analytics.com', resourceType: 'fetch', frameUrl: HOME };
const hostileRequest = { url: HOSTILE_URL, host: 'ads.tracker.example', resourceType: 'image', frameUrl: HOME };
const hotjar = { area: 'localStorage', origin: 'https://shop.example', name: '_hjid' } as const;
const hostileStorage = { area: 'sessionStorage', origin: 'https://shop.example', name: HOSTILE_KEY } as const;
const youtube = { url: 'https://www.youtube-nocookie.com/embed/abc', host: 'www.youtube-nocookie.com', thirdParty: true };

const pass = (name: PassResult['pass'], url: string, seen: Partial<PassResult> = {}): PassResult => ({
  pass: name,
  url,
  cookies: [],
  storage: [],
  requests: [],
  frames: [],
  gated: [],
  errors: [],
  ...seen,
});

const gatedMatomo = (ran: boolean) => ({ tag: 'script', consent: 'analytics', service: 'matomo', src: 'https://shop.example/matomo.js', ran }) as const;
const gatedVideo = (ran: boolean) => ({ tag: 'iframe', consent: 'youtube', src: 'https://www.youtube-nocookie.com/embed/abc', ran }) as const;

const PAGES: PageResult[] = [
  {
    url: HOME,
    assent: {
      cookieName: 'assent',
      regime: 'opt-in',
      categories: ['necessary', 'analytics', 'media'],
      services: [
        { id: 'matomo', name: 'Matomo', category: 'analytics', cookies: ['_pk_id.*', '_pk_ses.*'], localStorage: [], hosts: ['shop.example'] },
        { id: 'youtube', name: 'YouTube', category: 'media', cookies: [], localStorage: [], hosts: ['www.youtube-nocookie.com'] },
        { id: 'vimeo', name: 'Vimeo', category: 'media', cookies: ['vuid'], localStorage: [], hosts: ['player.vimeo.com'] },
      ],
    },
    passes: [
      pass('before-consent', HOME, {
        cookies: [ga, hostileCookie],
        storage: [hotjar],
        requests: [gaRequest],
        gated: [gatedMatomo(false), gatedVideo(false)],
        granted: ['necessary'],
      }),
      pass('after-reject', HOME, {
        cookies: [ga, hostileCookie, { ...consentCookie }],
        requests: [hostileRequest],
        gated: [gatedMatomo(false), gatedVideo(false)],
      }),
      pass('after-accept', HOME, {
        cookies: [ga, hostileCookie, matomo, consentCookie],
        storage: [hotjar],
        requests: [
          gaRequest,
          hostileRequest,
          { url: 'https://www.youtube-nocookie.com/embed/abc', host: 'www.youtube-nocookie.com', resourceType: 'document', frameUrl: HOME },
        ],
        frames: [youtube],
        gated: [gatedMatomo(true), gatedVideo(true)],
      }),
      pass('after-withdraw', HOME, { cookies: [matomo, consentCookie], gated: [gatedMatomo(false), gatedVideo(false)] }),
    ],
  },
  {
    url: BLOG,
    passes: [
      pass('before-consent', BLOG, {
        cookies: [{ ...ga, setBy: 'unknown', setByUrl: undefined }],
        requests: [gaRequest],
        errors: ['Assent was not found on the page (no window.assent after load)'],
      }),
    ],
  },
  {
    url: CHECKOUT,
    assent: { cookieName: 'assent', regime: 'opt-in', categories: ['necessary'], services: [] },
    passes: [
      pass('before-consent', CHECKOUT, { errors: [HOSTILE_ERROR] }),
      pass('after-reject', CHECKOUT),
      pass('after-accept', CHECKOUT, { storage: [hostileStorage, { area: 'indexedDB', origin: 'https://shop.example', name: 'keyval-store' }] }),
      pass('after-withdraw', CHECKOUT),
    ],
  },
];

const GA4 = { id: 'google-analytics-4', name: 'Google Analytics 4', category: 'analytics', source: 'catalogue' } as const;
const MATOMO = { id: 'matomo', name: 'Matomo', category: 'analytics', source: 'config' } as const;

const FINDINGS: Finding[] = [
  {
    kind: 'cookie-before-consent',
    severity: 'error',
    page: HOME,
    pass: 'before-consent',
    subject: { type: 'cookie', name: '_ga' },
    service: GA4,
    evidence: ga,
    message: 'The cookie _ga (Google Analytics 4) was set before the visitor decided anything.',
    fix: 'Load the Google Analytics script with data-consent="analytics" so it waits for consent.',
  },
  {
    kind: 'storage-before-consent',
    severity: 'error',
    page: HOME,
    pass: 'before-consent',
    subject: { type: 'localStorage', name: '_hjid' },
    service: { id: 'hotjar', name: 'Hotjar', category: 'analytics', source: 'catalogue' },
    evidence: hotjar,
    message: 'The localStorage key _hjid (Hotjar) was written before the visitor decided anything.',
    fix: 'Gate the Hotjar script with data-consent="analytics" and declare the service.',
  },
  {
    kind: 'third-party-request-before-consent',
    severity: 'error',
    page: HOME,
    pass: 'before-consent',
    subject: { type: 'request', name: 'www.google-analytics.com' },
    service: GA4,
    evidence: gaRequest,
    message: 'The page sent a request to www.google-analytics.com before the visitor decided anything.',
    fix: 'Gate the script that sends it with data-consent.',
  },
  {
    kind: 'survives-reject',
    severity: 'error',
    page: HOME,
    pass: 'after-reject',
    subject: { type: 'cookie', name: '_ga' },
    service: GA4,
    evidence: ga,
    message: 'The cookie _ga was still there after Reject all.',
    fix: 'Declare the service so Assent clears its cookies, and gate its script.',
  },
  {
    kind: 'survives-withdrawal',
    severity: 'error',
    page: HOME,
    pass: 'after-withdraw',
    subject: { type: 'cookie', name: matomo.name },
    service: MATOMO,
    evidence: matomo,
    message: `The cookie ${matomo.name} (Matomo) was still there after consent was withdrawn.`,
    fix: 'Check the domain of the cookie patterns of the matomo service: the cookie is set on shop.example.',
  },
  {
    kind: 'cookie-before-consent',
    severity: 'error',
    page: BLOG,
    pass: 'before-consent',
    subject: { type: 'cookie', name: '_ga' },
    service: GA4,
    evidence: { ...ga, setBy: 'unknown', setByUrl: undefined },
    message: 'The cookie _ga (Google Analytics 4) was set on a page without Assent.',
    fix: 'Add Assent to this page, or remove Google Analytics from it.',
  },
  {
    kind: 'third-party-request-after-reject',
    severity: 'warning',
    page: HOME,
    pass: 'after-reject',
    subject: { type: 'request', name: 'ads.tracker.example' },
    evidence: hostileRequest,
    message: 'The page sent a request to ads.tracker.example, a host no service covers, after Reject all.',
    fix: 'Find what loads it; declare it as a service and gate it, or remove it.',
  },
  {
    kind: 'third-party-request-after-withdrawal',
    severity: 'error',
    page: HOME,
    pass: 'after-withdraw',
    subject: { type: 'request', name: 'www.google-analytics.com' },
    service: GA4,
    evidence: gaRequest,
    message: 'The page still contacts www.google-analytics.com (Google Analytics 4) after the visitor withdrew consent.',
    fix: 'Gate the script that loads from www.google-analytics.com with data-consent="analytics".',
  },
  {
    kind: 'undeclared-cookie',
    severity: 'warning',
    page: HOME,
    pass: 'after-accept',
    subject: { type: 'cookie', name: HOSTILE_COOKIE },
    evidence: hostileCookie,
    message: `The cookie ${HOSTILE_COOKIE} is declared by no service.`,
    fix: 'Declare it in the service that sets it, or as necessary if the site cannot work without it.',
  },
  {
    kind: 'undeclared-storage',
    severity: 'warning',
    page: CHECKOUT,
    pass: 'after-accept',
    subject: { type: 'sessionStorage', name: HOSTILE_KEY },
    evidence: hostileStorage,
    message: `The sessionStorage key ${HOSTILE_KEY} is declared by no service.`,
    fix: 'Declare it in the service that writes it.',
  },
  {
    kind: 'declared-service-not-seen',
    severity: 'notice',
    page: HOME,
    pass: 'after-accept',
    subject: { type: 'service', name: 'vimeo' },
    service: { id: 'vimeo', name: 'Vimeo', category: 'media', source: 'config' },
    message: 'The service vimeo is declared but nothing of it was seen after Accept all.',
    fix: 'Remove it from the config if the site no longer uses it.',
  },
  {
    kind: 'no-assent',
    severity: 'notice',
    page: BLOG,
    pass: 'before-consent',
    subject: { type: 'page', name: BLOG },
    message: 'The page runs no Assent: only the first pass ran.',
    fix: 'Add the Assent snippet to the page template.',
  },
  {
    kind: 'page-error',
    severity: 'notice',
    page: CHECKOUT,
    pass: 'before-consent',
    subject: { type: 'page', name: CHECKOUT },
    message: HOSTILE_ERROR,
    fix: 'Look at the error in the browser console; the scan of this pass may be incomplete.',
  },
];

/**
 * Options of {@link sampleReport}: leave out the screenshot, or drop the errors so it passes.
 *
 * @example
 * const options: SampleOptions = { screenshot: false, passing: true };
 */
export interface SampleOptions {
  screenshot?: boolean;
  passing?: boolean;
}

/**
 * A fresh synthetic report (deep copy each call, so a test may mutate it). By default it fails,
 * has a screenshot and holds every kind of finding.
 *
 * @example
 * const report = sampleReport({ passing: true });
 */
export function sampleReport({ screenshot = true, passing = false }: SampleOptions = {}): ScanReport {
  const findings = passing ? FINDINGS.filter((f) => f.severity !== 'error') : FINDINGS;
  const report: ScanReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: '@assent/scanner', version: '0.1.0' },
    startUrl: HOME,
    startedAt: '2025-06-02T09:14:05.120Z',
    finishedAt: '2025-06-02T09:15:47.902Z',
    browser: { name: 'chromium', version: '156.0.8078.108' },
    options: { pages: 10, concurrency: 2, passes: ['before-consent', 'after-reject', 'after-accept', 'after-withdraw'] },
    summary: summarise(PAGES, findings),
    findings,
    pages: PAGES,
    proposedServices: [
      {
        id: 'hotjar',
        category: 'analytics',
        name: 'Hotjar',
        provider: 'Hotjar Ltd',
        purpose: 'Records how visitors use the site (heatmaps, session recordings).',
        privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
        cookies: [{ name: '_hjSessionUser_*', retention: '1 year' }],
        localStorage: ['_hjid'],
        source: 'catalogue',
        seen: ['_hjid'],
      },
      {
        id: 'ads-tracker-example',
        category: 'unknown',
        name: 'ads.tracker.example',
        provider: '',
        purpose: '',
        privacyPolicyUrl: '',
        cookies: [{ name: HOSTILE_COOKIE, retention: 'session', purpose: '' }],
        hosts: ['ads.tracker.example'],
        source: 'observed',
        seen: ['ads.tracker.example', HOSTILE_COOKIE],
      },
    ],
    ...(screenshot ? { screenshot: { page: HOME, pass: 'before-consent', mediaType: 'image/png', base64: SAMPLE_PNG_BASE64 } as const } : {}),
  };
  // The form JSON.stringify gives (no `undefined` fields), as a fresh copy.
  return JSON.parse(JSON.stringify(report)) as ScanReport;
}
