import { describe, expect, it } from 'vitest';
import type { CookieObservation, PageAssent, PageResult, PassName, PassResult } from '../report/types.js';
import { judge } from './judge.js';
import { proposeServices, retentionOf } from './propose.js';

const PAGE = 'https://shop.example/';
const ASSENT: PageAssent = {
  cookieName: 'consent',
  regime: 'opt-in',
  categories: ['necessary', 'analytics', 'advertising'],
  services: [
    { id: 'session', name: 'Session', category: 'necessary', cookies: ['sid'], localStorage: ['cart'], hosts: ['cdn.payments.example'] },
    { id: 'stats', name: 'Stats', category: 'analytics', cookies: ['_st_*'], localStorage: ['st_*'], hosts: ['*.stats.example'] },
  ],
};

const cookie = (name: string, extra: Partial<CookieObservation> = {}): CookieObservation => ({
  name,
  domain: 'shop.example',
  path: '/',
  expires: -1,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  setBy: 'script',
  thirdParty: false,
  ...extra,
});
const pass = (name: PassName, seen: Partial<PassResult> = {}): PassResult => ({
  pass: name,
  url: PAGE,
  cookies: [],
  storage: [],
  requests: [],
  frames: [],
  gated: [],
  errors: [],
  ...seen,
});
// `null`: a page without Assent.
const page = (passes: PassResult[], assent: PageAssent | null = ASSENT, url = PAGE): PageResult => ({ url, ...(assent ? { assent } : {}), passes });
const kinds = (pages: PageResult[]) => judge(pages).map((finding) => `${finding.severity} ${finding.kind} ${finding.pass} ${finding.subject.name}`);
// Every declared service seen, so only the case under test shows.
const seenAll = pass('after-accept', { gated: ['session', 'stats'].map((service) => ({ tag: 'script' as const, consent: service, service, ran: true })) });

describe('judge()', () => {
  it('lets necessary and Assent’s own cookies and storage be, in every pass', () => {
    const quiet = {
      cookies: [cookie('sid', { httpOnly: true, setBy: 'header' }), cookie('consent')],
      storage: [
        { area: 'indexedDB' as const, origin: PAGE, name: 'assent' },
        { area: 'localStorage' as const, origin: PAGE, name: 'cart' },
      ],
    };
    expect(kinds([page([pass('before-consent', quiet), pass('after-reject', quiet), seenAll, pass('after-withdraw', quiet)])])).toEqual([]);
  });

  it('flags a declared non-necessary cookie before consent, after reject and after withdrawal, not after accept', () => {
    const tracked = { cookies: [cookie('_st_id')] };
    expect(
      kinds([page([pass('before-consent', tracked), pass('after-reject', tracked), { ...seenAll, ...tracked }, pass('after-withdraw', tracked)])]),
    ).toEqual([
      'error cookie-before-consent before-consent _st_id',
      'error survives-reject after-reject _st_id',
      'error survives-withdrawal after-withdraw _st_id',
    ]);
  });

  it('names an undeclared cookie once per page, with the catalogue’s category when it knows it', () => {
    const findings = judge([
      page([pass('before-consent', { cookies: [cookie('_fbp'), cookie('mystery')] }), { ...seenAll, cookies: [cookie('_fbp'), cookie('mystery')] }]),
    ]);
    expect(findings.map((finding) => `${finding.severity} ${finding.kind} ${finding.pass} ${finding.subject.name}`)).toEqual([
      'error cookie-before-consent before-consent _fbp',
      'warning undeclared-cookie before-consent _fbp',
      'warning undeclared-cookie before-consent mystery',
    ]);
    expect(findings[0]?.service).toEqual({ id: 'meta-pixel', name: 'Meta Pixel', category: 'advertising', source: 'catalogue' });
    expect(findings[2]?.service).toBeUndefined();
  });

  it('judges third-party requests by declared hosts, then the catalogue; unknown ones are warnings', () => {
    const request = (host: string) => ({ url: `https://${host}/x.js`, host, resourceType: 'script', frameUrl: PAGE });
    const requests = ['eu.stats.example', 'cdn.payments.example', 'www.googletagmanager.com', 'fonts.unknown.example'].map(request);
    const after = { requests, granted: ['necessary'] };
    // After Accept all everything is granted: no finding there.
    const accepted = { ...seenAll, requests, granted: ['necessary', 'analytics', 'advertising', 'stats', 'session'] };
    expect(kinds([page([pass('before-consent', { requests }), pass('after-reject', after), accepted, pass('after-withdraw', after)])])).toEqual([
      'error third-party-request-before-consent before-consent eu.stats.example',
      'error third-party-request-before-consent before-consent www.googletagmanager.com',
      'error third-party-request-after-reject after-reject eu.stats.example',
      'error third-party-request-after-reject after-reject www.googletagmanager.com',
      'error third-party-request-after-withdrawal after-withdraw eu.stats.example',
      'error third-party-request-after-withdrawal after-withdraw www.googletagmanager.com',
      'warning third-party-request-before-consent before-consent fonts.unknown.example',
    ]);
  });

  it('reports storage by area, and IndexedDB databases nobody declares', () => {
    const storage = [
      { area: 'localStorage' as const, origin: PAGE, name: 'st_visits' },
      { area: 'sessionStorage' as const, origin: PAGE, name: 'st_tab' },
      { area: 'indexedDB' as const, origin: PAGE, name: 'firebase-heartbeat' },
    ];
    expect(kinds([page([pass('before-consent', { storage }), seenAll])])).toEqual([
      'error storage-before-consent before-consent st_visits',
      'error storage-before-consent before-consent st_tab',
      'warning undeclared-storage before-consent firebase-heartbeat',
    ]);
  });

  it('notes a declared service that left no trace anywhere, once per site', () => {
    const findings = judge([
      page([pass('before-consent'), pass('after-accept')]),
      page([pass('before-consent'), pass('after-accept')], ASSENT, `${PAGE}about`),
    ]);
    // Without the after-accept pass, services had no chance to load.
    expect(judge([page([pass('before-consent'), pass('after-reject')])])).toEqual([]);
    expect(findings.map((finding) => `${finding.kind} ${finding.page} ${finding.subject.name}`)).toEqual([
      `declared-service-not-seen ${PAGE} session`,
      `declared-service-not-seen ${PAGE} stats`,
    ]);
  });

  it('judges a page without Assent by the catalogue alone, and says Assent is missing', () => {
    expect(kinds([page([pass('before-consent', { cookies: [cookie('_ga'), cookie('sid')] })], null)])).toEqual([
      'error cookie-before-consent before-consent _ga',
      'warning undeclared-cookie before-consent _ga',
      'warning undeclared-cookie before-consent sid',
      `notice no-assent before-consent ${PAGE}`,
    ]);
  });

  it('lets be what the page granted before any decision (an opt-out regime), and judges the rest', () => {
    const optOut = { ...ASSENT, regime: 'opt-out' };
    const requests = [{ url: 'https://eu.stats.example/s.js', host: 'eu.stats.example', resourceType: 'script', frameUrl: PAGE }];
    const before = pass('before-consent', { cookies: [cookie('_st_id'), cookie('_fbp')], requests, granted: ['necessary', 'analytics', 'stats'] });
    expect(kinds([page([before, seenAll], optOut)])).toEqual([
      'error cookie-before-consent before-consent _fbp',
      'warning undeclared-cookie before-consent _fbp',
    ]);
  });

  it('says why when Assent is there but could not start, instead of "no Assent"', () => {
    const findings = judge([
      page([pass('before-consent', { errors: ['Assent could not start: services[0].category: use one of necessary, analytics'] })], null),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'page-error',
        severity: 'warning',
        message: 'Assent could not start: services[0].category: use one of necessary, analytics',
      }),
    ]);
    expect(findings[0]?.fix).toMatch(/fails closed/);
  });

  it('sorts errors before warnings before notices, then by page', () => {
    const second = `${PAGE}second`;
    const findings = judge([
      page([pass('before-consent', { cookies: [cookie('zzz')] }), seenAll]),
      page([pass('before-consent', { cookies: [cookie('_st_a')] }), seenAll], ASSENT, second),
    ]);
    expect(findings.map((finding) => [finding.severity, finding.page])).toEqual([
      ['error', second],
      ['warning', PAGE],
    ]);
  });
});

describe('proposeServices()', () => {
  it('proposes catalogue entries and a placeholder per unknown host, never declared or own items', () => {
    const now = Date.UTC(2026, 10, 30);
    const proposals = proposeServices(
      [
        page([
          pass('before-consent', {
            cookies: [
              cookie('_hjSessionUser_42'),
              cookie('sid'),
              cookie('consent'),
              cookie('tracker_id', { domain: '.widgets.example', expires: now / 1000 + 90 * 86_400, setByUrl: 'https://widgets.example/w.js' }),
            ],
            storage: [{ area: 'localStorage', origin: 'https://widgets.example', name: 'w_state' }],
            requests: [{ url: 'https://widgets.example/w.js', host: 'widgets.example', resourceType: 'script', frameUrl: PAGE }],
          }),
        ]),
      ],
      now,
    );
    expect(proposals.map((proposal) => [proposal.id, proposal.source, proposal.category, proposal.seen])).toEqual([
      ['hotjar', 'catalogue', 'analytics', ['_hjSessionUser_42']],
      ['widgets-example', 'observed', 'unknown', ['tracker_id', 'w_state', 'widgets.example']],
    ]);
    expect(proposals[1]).toMatchObject({ cookies: [{ name: 'tracker_id', retention: '3 months' }], localStorage: ['w_state'], hosts: ['widgets.example'] });
  });

  it('words retention as the cookie table does', () => {
    const now = 0;
    expect([-1, 3_600, 10 * 86_400, 400 * 86_400, 800 * 86_400].map((expires) => retentionOf(expires, now))).toEqual([
      'session',
      '1 hours',
      '10 days',
      '13 months',
      '2 years',
    ]);
  });
});

describe('fixes', () => {
  it('send a cookie the server sets to the server, and one a script sets to gating', () => {
    const [fromHeader, fromScript] = judge([
      page([
        pass('before-consent', {
          cookies: [cookie('_st_srv', { setBy: 'header', httpOnly: true, setByUrl: PAGE }), cookie('_st_js', { setByUrl: `${PAGE}stats.js` })],
        }),
        seenAll,
      ]),
    ]).filter((finding) => finding.kind === 'cookie-before-consent');
    expect(fromHeader?.message).toBe(
      `The cookie _st_srv (Stats, analytics) is set before the visitor has decided; the server sets it with a Set-Cookie header (${PAGE}).`,
    );
    expect(fromHeader?.fix).toMatch(
      /^Set it on the server only when the request's consent cookie grants analytics .* the page cannot clear an HttpOnly cookie\.$/,
    );
    expect(fromScript?.fix).toMatch(/^Load what sets it only after consent: mark its script `type="text\/plain" data-consent="stats"`/);
  });
});
