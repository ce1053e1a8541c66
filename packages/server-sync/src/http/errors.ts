import type { LedgerLogEntry, LedgerReply } from './types.js';

/**
 * An error with an HTTP status and a stable machine-readable code; the handler turns it into
 * `{ "error": { "code", "message" } }` in one place.
 *
 * @example
 * throw new HttpError(404, 'not_found', 'No consent with this id');
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * Headers every ledger response carries: JSON, never cached, never sniffed.
 *
 * @example
 * new Response(body, { headers: BASE_HEADERS });
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * A JSON reply with the ledger's base headers.
 *
 * @example
 * return json(200, { status: 'ok' });
 */
export function json(status: number, body: unknown, headers?: Record<string, string>): LedgerReply {
  return { status, headers: headers ? Object.assign({}, BASE_HEADERS, headers) : { ...BASE_HEADERS }, body: JSON.stringify(body) };
}

/**
 * The error body every failing request gets.
 *
 * @example
 * return errorReply(new HttpError(429, 'rate_limited', 'Too many requests', { 'retry-after': '30' }));
 */
export function errorReply(error: HttpError, headers: Record<string, string> = {}): LedgerReply {
  const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  return json(error.status, body, { ...headers, ...error.headers });
}

/**
 * Reports a failed request as a `LedgerLogEntry`; the path is reduced to its route shape.
 *
 * @example
 * logFailure(options.log, 'GET', url, 404, 'No such endpoint', 'not_found');
 */
export function logFailure(
  log: ((entry: LedgerLogEntry) => void) | undefined,
  method: string,
  url: URL | undefined,
  status: number,
  message: string,
  code = 'error',
): void {
  if (!log) return;
  const route = url ? url.pathname.replace(/\/(consents|subjects)\/[^/]+/, '/$1/{id}') : '(unparsed target)';
  log({ level: status >= 500 ? 'error' : 'warn', code, status, route: `${method} ${route}`, message });
}
