import { readBody } from './body.js';
import type { ConnectionInfo, LedgerLogEntry, LedgerReply, LedgerRequest } from './types.js';

/**
 * Where `createLedgerHandler` keeps its request-shape entry point on the Fetch function it returns,
 * so `toNodeListener` can call it without Fetch objects.
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
export type DirectHandler = (request: LedgerRequest, connection: ConnectionInfo) => Promise<LedgerReply>;

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
