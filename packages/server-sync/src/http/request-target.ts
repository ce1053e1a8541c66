import { isIPv6 } from 'node:net';
import { HttpError } from './errors.js';

// RFC 3986 pchar (unreserved, sub-delims, ':', '@', percent-escapes) and '/'; the query adds '?'.
// Anything else — backslashes, spaces, quotes, '#', bare '%' — is refused rather than "fixed" by
// the URL parser, which would route the request somewhere its raw target does not say.
const PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
const QUERY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
// `.` and `..` segments, also percent-encoded: the URL parser resolves both, so a proxy that
// allows `/v1/consents/…` would pass `/v1/consents/../subjects/…` to another route.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
const HOST_NAME = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const ABSOLUTE = /^https?:\/\/([^/?#]*)(.*)$/i;

const badRequest = (code: string, message: string) => new HttpError(400, code, message);

/**
 * Checks a `Host` value (name or IPv4, or a bracketed IPv6 address, with an optional port) and
 * returns it unchanged; anything else is a 400 `invalid_host`.
 *
 * @example
 * validHost('ledger.example:8443'); // 'ledger.example:8443'
 * validHost('x/v1/subjects/user-42?'); // throws HttpError 400
 */
export function validHost(host: string): string {
  const port = /:(\d{1,5})$/.exec(host);
  const name = port ? host.slice(0, port.index) : host;
  const nameOk = name.startsWith('[') ? name.endsWith(']') && isIPv6(name.slice(1, -1)) : name.length <= 253 && HOST_NAME.test(name);
  if (!nameOk || (port && Number(port[1]) > 65_535) || (!port && host.includes(':') && !name.startsWith('['))) {
    throw badRequest('invalid_host', 'The Host header is not a valid host name and port');
  }
  return host;
}

/**
 * The request URL built from node's request target and `Host` header alone, strictly: origin-form
 * (`/path?query`) or absolute-form (`http://host/path`, whose authority then wins, as RFC 9112
 * §3.2.2 says). Routing only ever sees a target that the raw request spelled out — no dot
 * segments, no characters the URL parser would rewrite; a bad target or `Host` is a 400.
 *
 * @example
 * requestUrl('/v1/consents/c-1234567', 'ledger.example', false).pathname; // '/v1/consents/c-1234567'
 */
export function requestUrl(target: string, hostHeader: string | undefined, encrypted: boolean): URL {
  let host = hostHeader;
  let originForm = target;
  const absolute = ABSOLUTE.exec(target);
  if (absolute) {
    host = absolute[1]!;
    originForm = absolute[2] || '/';
  }
  // HTTP/1.0 may omit Host (the node adapter refuses an HTTP/1.1 request without one).
  host = host === undefined ? 'localhost' : validHost(host);
  const query = originForm.indexOf('?');
  const path = query < 0 ? originForm : originForm.slice(0, query);
  if (!PATH.test(path) || DOT_SEGMENT.test(path) || (query >= 0 && !QUERY.test(originForm.slice(query + 1)))) {
    throw badRequest('invalid_target', 'The request target is not a valid path');
  }
  try {
    return new URL(`${encrypted ? 'https' : 'http'}://${host}${originForm}`);
  } catch {
    // A name the URL standard reads as a malformed IPv4 address, such as `999.1.1.1` or `a.123`.
    throw badRequest('invalid_host', 'The Host header is not a valid host name and port');
  }
}
