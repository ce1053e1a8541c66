// Server-rendered pages share the static site's frame: header, navigation, footer with the
// "Cookie settings" link, and the script-tag bundle, so the banner works on them too.

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param {unknown} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Tagged template that escapes every interpolated value unless it is already `raw()` HTML.
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 * @returns {{ html: string }}
 */
export function html(strings, ...values) {
  const text = strings.reduce((out, string, index) => {
    const value = values[index - 1];
    const rendered = Array.isArray(value) ? value.map(toHtml).join('') : toHtml(value);
    return out + rendered + string;
  });
  return { html: text };
}

/** @param {unknown} value */
const toHtml = (value) =>
  value && typeof value === 'object' && 'html' in value
    ? String(value.html)
    : value === undefined || value === null || value === false
      ? ''
      : escapeHtml(value);

/**
 * A whole page in the site's frame.
 * @param {{ title: string, body: { html: string }, current?: string, region?: string }} page `region`: the visitor's, when the server knows it (from the CDN), for the script tag's regime
 * @returns {string}
 */
export function layout({ title, body, current = '', region = '' }) {
  const link = (/** @type {string} */ href, /** @type {string} */ label) =>
    html`<li><a href="${href}" ${current === href ? html`aria-current="page"` : ''}>${label}</a></li>`;
  return `<!doctype html>${
    html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Assent demo</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/css/site.css">
<script defer src="/assent-config.js"></script>
<script defer src="/assent/assent.js"${region ? html` data-region="${region}"` : ''}></script>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">Assent demo shop</a>
  <nav aria-label="Main">
    <ul>${[link('/', 'Home'), link('/video.html', 'Video'), link('/shop', 'Shop'), link('/decision.html', 'Your decision'), link('/account', 'Account'), link('/spa/', 'SPA'), link('/vue/', 'Vue')]}</ul>
  </nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/privacy.html#cookie-settings" data-assent-open>Cookie settings</a></li>
    <li><a href="/privacy.html">Privacy notice</a></li>
    <li><a href="/account">Your data</a></li>
  </ul>
</footer>
<script type="text/plain" data-consent="analytics" data-service="fake-analytics" src="/js/fake-analytics.js"></script>
</body>
</html>`.html
  }`;
}
