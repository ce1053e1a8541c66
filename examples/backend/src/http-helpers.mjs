// Tiny request/response helpers for the demo routes (node:http, no framework).

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name
 * @returns {string | undefined}
 */
export function cookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendHtml(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, value, headers = {}) {
  // Answers depend on the consent cookie and Sec-GPC: never share them between visitors.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', vary: 'Cookie, Sec-GPC', ...headers });
  res.end(JSON.stringify(value, null, 2));
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} location
 * @param {Record<string, string | string[]>} [headers]
 */
export function redirect(res, location, headers = {}) {
  res.writeHead(303, { location, ...headers });
  res.end();
}

/**
 * State-changing forms must come from this site: the Origin header (sent by browsers on POST)
 * names this host. With the SameSite=Lax session cookie this stops cross-site form posts.
 * @param {import('node:http').IncomingMessage} req
 */
export function sameOrigin(req) {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (curl) send none
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
