// The scanner's fixture site: a small shop that uses the Assent script tag, served by three Node
// http servers on three loopback addresses, so the browser sees three different sites:
//   - the first party on 127.0.0.1 (pages, /assent/, /assent-config.js, /js/analytics.js, /sitemap.xml);
//   - an "analytics vendor" on 127.0.0.2 (/collect.gif, /widget.html);
//   - an "ads/video vendor" on 127.0.0.3 (/ads.js, /embed.html, /).
// Linux answers all of 127.0.0.0/8, so nothing needs configuring.
//
// Variants:
//   - `clean`: every optional script and embed is gated; nothing optional before consent; everything
//     set after consent is declared and readable by script, so withdrawal clears it all.
//   - `faulty`: `clean` plus exactly six faults, each marked `FAULT n` below, with the findings the
//     scanner must report listed by `expectedFindings()`.
//   - `no-assent`: the clean pages without the Assent config and script tags (gated scripts stay inert).
//
// Timing note (faults 1 and 3): Assent's start-up sweep deletes the cookies and localStorage keys
// of services that are not granted, once its clearing code has arrived (an import() started by
// assent.js; measured 50–200 ms after `load` here, racing any timer). A script that set its
// cookie once would be swept away on every reload (verified: with a parse-time or load-time
// write, `_ga` and `ads_uid` are gone by the end of the after-reject pass). The faulty snippets
// therefore behave like trackers that keep their id alive: they write at once and re-create it
// whenever it is gone (checked every 50 ms), so what they set is there at the end of every pass
// as long as the scanner settles at least ~50 ms after the sweep (e.g. waits for network idle).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';

const require = createRequire(import.meta.url);
/** The banner's script-tag build: assent.js, its lazily loaded chunks and locales. */
const SCRIPT_DIR = join(dirname(require.resolve('@assent/banner/package.json')), 'dist/script');

const VARIANTS = ['faulty', 'clean', 'no-assent'];
const CONTENT_TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };
// 1×1 transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const YEAR_AND_A_MONTH = 400 * 24 * 60 * 60;
/** How often the faulty ungated snippets re-create what was deleted (see the timing note above). */
const RESPAWN_MS = 50;

/**
 * Starts the fixture site. Close it with `close()`.
 * @param {{ variant: 'faulty' | 'clean' | 'no-assent', extraPages?: number }} options
 * @returns {Promise<import('./fixture-site.d.mts').FixtureSite>}
 */
export async function startFixtureSite({ variant, extraPages = 0 } = /** @type {any} */ ({})) {
  if (!VARIANTS.includes(variant)) throw new TypeError(`variant: use one of ${VARIANTS.join(', ')}`);
  if (!Number.isInteger(extraPages) || extraPages < 0) throw new TypeError('extraPages: use a whole number ≥ 0');

  /** @type {import('node:http').Server[]} */
  const servers = [];
  const listen = async (host, handler) => {
    const server = createServer((request, response) => {
      handler(request, response).catch((error) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
    });
    servers.push(server);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve(undefined));
    });
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    return `http://${host}:${port}`;
  };

  // The handlers read `origins` only when answering, after every server listens.
  /** @type {{ first: string, analytics: string, ads: string }} */
  const origins = { first: '', analytics: '', ads: '' };
  const site = { variant, extraPages, origins };
  try {
    origins.first = await listen('127.0.0.1', (request, response) => firstParty(site, request, response));
    origins.analytics = await listen('127.0.0.2', (request, response) => analyticsVendor(site, request, response));
    origins.ads = await listen('127.0.0.3', (request, response) => adsVendor(site, request, response));
  } catch (error) {
    await closeAll(servers);
    throw error;
  }

  return {
    url: `${origins.first}/`,
    origins,
    expected: variant === 'faulty' ? expectedFindings(pagePaths(extraPages)) : [],
    close: () => closeAll(servers),
  };
}

/** @param {import('node:http').Server[]} servers */
function closeAll(servers) {
  return Promise.all(
    servers.map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections?.();
          server.close(() => resolve(undefined));
        }),
    ),
  ).then(() => undefined);
}

/** Every page of the site, in sitemap order. @param {number} extraPages */
function pagePaths(extraPages) {
  return ['/', '/video.html', '/shop.html', '/only-in-sitemap.html', ...Array.from({ length: extraPages }, (_, index) => `/p/${index + 1}.html`)];
}

/**
 * The findings a scan of the faulty variant must report, one per (page, pass, kind, subject).
 * Each pass runs in a fresh browser context, so what one page sets never shows on another.
 * @param {string[]} paths
 * @returns {import('./fixture-site.d.mts').ExpectedFinding[]}
 */
function expectedFindings(paths) {
  /** @type {import('./fixture-site.d.mts').ExpectedFinding[]} */
  const expected = [];
  const add = (path, pass, kind, subject) => expected.push({ path, pass, kind, subject });
  for (const path of paths) {
    if (path === '/') {
      // FAULT 1: the ungated inline script on / sets the declared analytics cookie `_ga` on every
      // page view, whatever the decision: before consent, after Reject all (re-set after the
      // reload's sweep) and after withdrawal (re-set after the scanner's reload).
      add(path, 'before-consent', 'cookie-before-consent', '_ga');
      add(path, 'after-reject', 'survives-reject', '_ga');
      add(path, 'after-withdraw', 'survives-withdrawal', '_ga');
    }
    if (path === '/video.html') {
      // FAULT 2: the ungated widget iframe loads from the analytics vendor (127.0.0.2, a host of
      // the analytics service) on every view, whatever the visitor decided.
      add(path, 'before-consent', 'third-party-request-before-consent', '127.0.0.2');
      add(path, 'after-reject', 'third-party-request-after-reject', '127.0.0.2');
      add(path, 'after-withdraw', 'third-party-request-after-withdrawal', '127.0.0.2');
    }
    if (path === '/shop.html') {
      // FAULT 3: the ungated shop script writes `ads_uid` (declared `ads_*`) on every view.
      add(path, 'before-consent', 'storage-before-consent', 'ads_uid');
      add(path, 'after-reject', 'survives-reject', 'ads_uid');
      add(path, 'after-withdraw', 'survives-withdrawal', 'ads_uid');
    }
    // FAULT 4: every HTML response sets the HttpOnly advertising cookie `ads_visitor` by header;
    // script (Assent's clearing) cannot delete it, so it stays through Reject all and withdrawal.
    // After Accept all it is granted, so no finding there.
    add(path, 'before-consent', 'cookie-before-consent', 'ads_visitor');
    add(path, 'after-reject', 'survives-reject', 'ads_visitor');
    add(path, 'after-withdraw', 'survives-withdrawal', 'ads_visitor');
    // FAULT 5: the gated analytics script (on every page) also sets the undeclared Hotjar cookie
    // `_hjSessionUser_1234`: first seen after Accept all (undeclared is reported once per page, at
    // the first pass that shows it). Withdrawal clears only declared names, so it stays; the
    // catalogue knows it as Hotjar's (analytics), so staying after withdrawal is a finding too.
    add(path, 'after-accept', 'undeclared-cookie', '_hjSessionUser_1234');
    add(path, 'after-withdraw', 'survives-withdrawal', '_hjSessionUser_1234');
  }
  // FAULT 6: the service `chat` is declared but nothing of it ever shows.
  add('/', 'after-accept', 'declared-service-not-seen', 'chat');
  return expected;
}

// ---------------------------------------------------------------------------------------------
// First party (127.0.0.1)

/**
 * @typedef {{ variant: string, extraPages: number, origins: { first: string, analytics: string, ads: string } }} Site
 * @param {Site} site
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function firstParty(site, request, response) {
  const { pathname } = new URL(request.url ?? '/', site.origins.first);
  const withAssent = site.variant !== 'no-assent';

  if (withAssent && pathname.startsWith('/assent/')) {
    const file = normalize(join(SCRIPT_DIR, decodeURIComponent(pathname.slice('/assent/'.length))));
    const type = CONTENT_TYPES[extname(file)];
    if (!file.startsWith(SCRIPT_DIR + sep) || !type) return notFound(response);
    let body;
    try {
      body = await readFile(file);
    } catch {
      return notFound(response);
    }
    return send(response, 200, type, body);
  }
  if (withAssent && pathname === '/assent-config.js') return send(response, 200, CONTENT_TYPES['.js'], assentConfig(site));
  if (pathname === '/js/analytics.js') return send(response, 200, CONTENT_TYPES['.js'], analyticsScript(site));
  if (pathname === '/sitemap.xml') {
    const urls = pagePaths(site.extraPages).map((path) => `  <url><loc>${site.origins.first}${path}</loc></url>`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
    return send(response, 200, 'application/xml; charset=utf-8', xml);
  }
  const html = pageHtml(site, pathname);
  if (html === undefined) return notFound(response);

  const cookies = requestCookies(request);
  /** @type {string[]} */
  const setCookies = [];
  // The session cookie (service `session`, necessary): always allowed.
  if (!cookies.has('sid')) setCookies.push(`sid=${randomId()}; HttpOnly; Path=/; SameSite=Lax`);
  // FAULT 4: an advertising cookie set by the server on every HTML response, before any consent,
  // HttpOnly so no script (Assent's clearing included) can delete it: it survives Reject all and
  // withdrawal too. (In `clean`, ads.js sets `ads_visitor` by script, after consent.)
  if (site.variant === 'faulty' && !cookies.has('ads_visitor')) setCookies.push(`ads_visitor=${randomId()}; HttpOnly; Path=/; SameSite=Lax`);
  if (setCookies.length) response.setHeader('set-cookie', setCookies);
  return send(response, 200, 'text/html; charset=utf-8', html);
}

/** `window.assentConfig`: no `syncEndpoint` (no ledger). `hosts` is read by the scanner only. @param {Site} site */
function assentConfig(site) {
  const host = (origin) => new URL(origin).hostname;
  const policy = '/#privacy';
  const services = [
    {
      id: 'session',
      category: 'necessary',
      name: 'Session',
      provider: 'Fixture Shop',
      purpose: 'Keeps your basket between pages',
      privacyPolicyUrl: policy,
      cookies: [{ name: 'sid', retention: 'session' }],
    },
    {
      id: 'site-analytics',
      category: 'analytics',
      name: 'Site Analytics',
      provider: 'Fixture Analytics Ltd',
      purpose: 'Counts page views',
      privacyPolicyUrl: policy,
      cookies: [
        { name: '_ga', retention: '13 months' },
        { name: '_ga_*', retention: '13 months' },
      ],
      hosts: [host(site.origins.analytics)],
    },
    {
      id: 'ads',
      category: 'advertising',
      name: 'Fixture Ads',
      provider: 'Fixture Ads Ltd',
      purpose: 'Shows ads and measures them',
      privacyPolicyUrl: policy,
      cookies: [{ name: 'ads_visitor', retention: '90 days' }],
      localStorage: ['ads_*'],
      hosts: [host(site.origins.ads)],
    },
    {
      id: 'video',
      category: 'functional',
      name: 'Fixture Video',
      provider: 'Fixture Ads Ltd',
      purpose: 'Plays embedded videos',
      privacyPolicyUrl: policy,
      hosts: [host(site.origins.ads)],
    },
  ];
  if (site.variant === 'faulty') {
    // FAULT 6: a declared service the site never loads (a chat widget removed from the pages but
    // left in the config): "declared service never seen".
    services.push({
      id: 'chat',
      category: 'functional',
      name: 'Chat',
      provider: 'Fixture Chat Ltd',
      purpose: 'Answers questions in a chat window',
      privacyPolicyUrl: policy,
      cookies: [{ name: 'chat_session', retention: 'session' }],
    });
  }
  const config = { revision: 'fixture-1', privacyPolicyUrl: policy, services };
  return `// Configuration of the Assent script tag; runs before /assent/assent.js.\nwindow.assentConfig = ${JSON.stringify(config, null, 2)};\n`;
}

/** The gated analytics tag (first-party script; sets `_ga`, `_ga_FIXTURE`, sends a pixel). @param {Site} site */
function analyticsScript(site) {
  const cookie = (name, value) => `document.cookie = '${name}=' + ${value} + '; Path=/; Max-Age=${YEAR_AND_A_MONTH}; SameSite=Lax';`;
  const lines = [
    '// Stands in for an analytics tag; runs only once analytics is granted (gated by Assent).',
    "const id = Math.random().toString(36).slice(2) + '.' + Math.floor(Date.now() / 1000);",
    cookie('_ga', "'GA1.1.' + id"),
    cookie('_ga_FIXTURE', "'GS1.1.' + Math.floor(Date.now() / 1000)"),
  ];
  if (site.variant === 'faulty') {
    // FAULT 5: the tag also sets a Hotjar cookie the config does not declare (undeclared cookie).
    lines.push('// FAULT 5: a Hotjar cookie the config does not declare.', cookie('_hjSessionUser_1234', "'eyJpZCI6' + id"));
  }
  lines.push(
    `new Image(1, 1).src = '${site.origins.analytics}/collect.gif?v=2&cid=' + encodeURIComponent(id) + '&dl=' + encodeURIComponent(location.pathname);`,
  );
  return `${lines.join('\n')}\n`;
}

const TITLES = { '/': 'Home', '/video.html': 'Video', '/shop.html': 'Shop', '/only-in-sitemap.html': 'Only in the sitemap' };

/** The page at `pathname`, or `undefined` (404). @param {Site} site @param {string} pathname */
function pageHtml(site, pathname) {
  const path = pathname === '/index.html' ? undefined : pathname;
  if (!path || !pagePaths(site.extraPages).includes(path)) return undefined;
  const { variant, origins } = site;
  const title = TITLES[path] ?? `Extra page ${path.slice('/p/'.length, -'.html'.length)}`;
  const nav = [
    ['/', 'Home'],
    ['/video.html', 'Video'],
    ['/shop.html', 'Shop'],
  ]
    .map(([href, text]) => `<li><a href="${href}"${href === path ? ' aria-current="page"' : ''}>${text}</a></li>`)
    .join('');

  /** @type {string[]} */
  const main = [`<h1>${title}</h1>`];
  /** @type {string[]} */
  const endOfBody = [];
  if (path === '/') {
    main.push('<p>A small shop the scanner tests run against.</p>');
    if (site.extraPages) {
      const links = Array.from({ length: site.extraPages }, (_, index) => `<li><a href="/p/${index + 1}.html">Extra page ${index + 1}</a></li>`);
      main.push(`<h2>More pages</h2>\n<ul>${links.join('')}</ul>`);
    }
    main.push(
      '<section id="privacy" aria-labelledby="privacy-title">\n<h2 id="privacy-title">Privacy notice</h2>\n<p>We use a session cookie, and analytics, ads and video only with your consent.</p>\n</section>',
    );
    if (variant === 'faulty') {
      // FAULT 1: an ungated inline analytics snippet sets the declared analytics cookie `_ga`
      // before, and whatever, the visitor decides (and re-creates it when deleted).
      endOfBody.push(
        '<!-- FAULT 1: an ungated analytics snippet sets _ga without consent. -->',
        `<script>(() => { const keep = () => { if (!/(?:^|; )_ga=/.test(document.cookie)) document.cookie = '_ga=GA1.1.' + Math.random().toString(36).slice(2) + '; Path=/; Max-Age=${YEAR_AND_A_MONTH}; SameSite=Lax'; }; keep(); setInterval(keep, ${RESPAWN_MS}); })();</script>`,
      );
    }
  } else if (path === '/video.html') {
    main.push(
      '<p>Our product video (loads once functional cookies are allowed):</p>',
      `<iframe data-consent="functional" data-service="video" data-src="${origins.ads}/embed.html" title="Product video" width="320" height="180"></iframe>`,
    );
    if (variant === 'faulty') {
      // FAULT 2: an ungated tracker widget from the analytics vendor: a third-party request
      // before consent, and again after Reject all.
      main.push(
        '<!-- FAULT 2: an ungated tracker iframe from the analytics vendor. -->',
        `<iframe src="${origins.analytics}/widget.html" title="Visitor widget" width="120" height="40"></iframe>`,
      );
    }
  } else if (path === '/shop.html') {
    main.push('<p>Nothing for sale yet.</p>');
    if (variant === 'faulty') {
      // FAULT 3: an ungated retargeting snippet writes the localStorage key `ads_uid` (matches the
      // declared `ads_*`) before, and whatever, the visitor decides (and re-creates it when deleted).
      endOfBody.push(
        '<!-- FAULT 3: an ungated retargeting snippet writes localStorage.ads_uid without consent. -->',
        `<script>(() => { const keep = () => { if (localStorage.getItem('ads_uid') === null) localStorage.setItem('ads_uid', Math.random().toString(36).slice(2)); }; keep(); setInterval(keep, ${RESPAWN_MS}); })();</script>`,
      );
    }
  } else if (path === '/only-in-sitemap.html') {
    main.push('<p>No page links here: only /sitemap.xml lists this page.</p>');
  } else {
    main.push('<p>One more page, with the same gated content as the home page.</p>');
  }
  main.push(`<p>Our ads partner: <a href="${origins.ads}/">Fixture Ads</a>.</p>`);

  const head =
    variant === 'no-assent'
      ? ''
      : '\n<!-- The Assent configuration, then the script-tag bundle; both deferred, run in this order. -->\n<script defer src="/assent-config.js"></script>\n<script defer src="/assent/assent.js"></script>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Fixture shop</title>
<link rel="icon" href="data:,">${head}
</head>
<body>
<header>
<a href="/">Fixture shop</a>
<nav aria-label="Main"><ul>${nav}</ul></nav>
</header>
<main>
${main.join('\n')}
</main>
<footer>
<a href="#" data-assent-open>Cookie settings</a>
</footer>
<!-- Gated: runs only once analytics is granted. -->
<script type="text/plain" data-consent="analytics" data-service="site-analytics" src="/js/analytics.js"></script>
<!-- Gated: runs only once advertising is granted. -->
<script type="text/plain" data-consent="advertising" data-service="ads" src="${origins.ads}/ads.js"></script>
${endOfBody.join('\n')}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Analytics vendor (127.0.0.2)

/** @param {Site} _site @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
async function analyticsVendor(_site, request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://vendor');
  if (pathname === '/collect.gif') return send(response, 200, 'image/gif', PIXEL);
  // The tracker widget of FAULT 2 (sets nothing itself: the request is the fault).
  if (pathname === '/widget.html') return send(response, 200, 'text/html; charset=utf-8', tinyPage('Visitor widget', '<p>Live visitors: 3</p>'));
  return notFound(response);
}

// ---------------------------------------------------------------------------------------------
// Ads / video vendor (127.0.0.3)

/** @param {Site} site @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
async function adsVendor(site, request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://vendor');
  if (pathname === '/ads.js') {
    // Runs in the first-party page, so it writes the first party's localStorage and cookies.
    const lines = [
      '// Stands in for an ad tag; runs only once advertising is granted (gated by Assent).',
      "localStorage.setItem('ads_seen', String(Date.now()));",
    ];
    // In `faulty` the server sets `ads_visitor` (FAULT 4) and the tag sets no cookie.
    if (site.variant !== 'faulty') {
      lines.push(`document.cookie = 'ads_visitor=' + Math.random().toString(36).slice(2) + '; Path=/; Max-Age=${90 * 24 * 60 * 60}; SameSite=Lax';`);
    }
    return send(response, 200, CONTENT_TYPES['.js'], `${lines.join('\n')}\n`);
  }
  if (pathname === '/embed.html') return send(response, 200, 'text/html; charset=utf-8', tinyPage('Product video', '<p>▶ Product video</p>'));
  if (pathname === '/') return send(response, 200, 'text/html; charset=utf-8', tinyPage('Fixture Ads', '<h1>Fixture Ads</h1>'));
  return notFound(response);
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** @param {string} title @param {string} body */
function tinyPage(title, body) {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<link rel="icon" href="data:,">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** @param {import('node:http').IncomingMessage} request */
function requestCookies(request) {
  const names = new Set();
  for (const entry of (request.headers.cookie ?? '').split(';')) {
    const name = entry.split('=')[0]?.trim();
    if (name) names.add(name);
  }
  return names;
}

function randomId() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {string} type @param {string | Buffer} body */
function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  response.end(body);
}

/** @param {import('node:http').ServerResponse} response */
function notFound(response) {
  send(response, 404, 'text/plain; charset=utf-8', 'Not found\n');
}
