import { readBody } from './body.js';
import type { LedgerLogEntry } from './errors.js';

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
 * Where `createLedgerHandler` keeps its request-shape entry point on the Fetch function it returns,
 * so `toNodeListener` can skip the Fetch objects for it (other Fetch handlers go the Fetch way).
 *
 * @example
 * const direct = (handler as Partial<DirectHandlerCarrier>)[DIRECT_HANDLER]?.handle;
 */
export const DIRECT_HANDLER = Symbol('assent.ledger.direct-handler');

/**
 * A handler of the plain request shape, with the peer address the adapter knows.
 *
 * @example
 * const reply = await direct(request, { remoteAddress: '203.0.113.9' });
 */
export type DirectHandler = (request: LedgerRequest, connection: { remoteAddress?: string | undefined }) => Promise<LedgerReply>;

/**
 * A function that carries a `DirectHandler`, and the log it reports to, under `DIRECT_HANDLER`.
 *
 * @example
 * Object.assign(fetchHandler, { [DIRECT_HANDLER]: { handle: direct, log } }) satisfies DirectHandlerCarrier;
 */
export interface DirectHandlerCarrier {
  [DIRECT_HANDLER]: { handle: DirectHandler; log: ((entry: LedgerLogEntry) => void) | undefined };
}

/**
 * The plain request shape over a Fetch `Request`.
 *
 * @example
 * const reply = await direct(fromFetchRequest(request), connection);
 */
export function fromFetchRequest(request: Request): LedgerRequest {
  return {
    method: request.method,
    url: new URL(request.url),
    header: (name) => request.headers.get(name),
    text: (limit) => readBody(request, limit),
  };
}

/**
 * A Fetch `Response` from a reply.
 *
 * @example
 * return toFetchResponse(await direct(fromFetchRequest(request), connection));
 */
export function toFetchResponse(reply: LedgerReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
