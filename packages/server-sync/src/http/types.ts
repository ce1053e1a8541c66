/**
 * The parts of a request the ledger's routes read. Built from a Fetch `Request` for the public
 * handler, or straight from node:http's `IncomingMessage` by `toNodeListener`: Node 20's WHATWG
 * `Request`/`Response` objects (headers, streams, abort signals) cost more per request than
 * everything else the ledger does on its thread.
 *
 * @example
 * const request: LedgerRequest = fromFetchRequest(new Request('http://localhost/healthz'));
 */
export interface LedgerRequest {
  method: string;
  url: URL;
  /** The header's value, repeated headers joined with `, ` (as Fetch `Headers.get` does); `null` if absent. */
  header(name: string): string | null;
  /** The body as UTF-8 text: 413 `body_too_large` beyond `limit` bytes, 400 `invalid_json` if not UTF-8. */
  text(limit: number): Promise<string>;
}

/**
 * A response as plain data; the adapters turn it into a Fetch `Response` or node:http calls.
 *
 * @example
 * const reply: LedgerReply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
 */
export interface LedgerReply {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/**
 * Peer facts only the server adapter knows (the Fetch `Request` carries no socket).
 *
 * @example
 * handler(request, { remoteAddress: req.socket.remoteAddress });
 */
export interface ConnectionInfo {
  remoteAddress?: string | undefined;
}

/**
 * One failure the ledger reports to its `log` callback: code, status and the route's shape, never
 * headers, keys, ids or bodies (ids are personal data).
 *
 * @example
 * const log = (entry: LedgerLogEntry) => entry.level === 'error' && console.error(entry);
 */
export interface LedgerLogEntry {
  level: 'warn' | 'error';
  code: string;
  status: number;
  route: string;
  message: string;
}
