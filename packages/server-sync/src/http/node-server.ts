import { createServer, STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { logFailure } from './errors.js';
import type { LedgerHandler } from './handler.js';
import { carriedBy, toNodeListener, type NodeListenerOptions } from './node-adapter.js';

/**
 * Options of `createLedgerServer`.
 *
 * @example
 * createLedgerServer(handler, { headersTimeoutMs: 5_000, requestTimeoutMs: 15_000 });
 */
export interface LedgerServerOptions extends NodeListenerOptions {
  /** Time a client has to send the request headers, in ms. Default 10 s. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request, body included, in ms. Default 30 s. */
  requestTimeoutMs?: number;
}

/**
 * A node:http server for a ledger handler, with timeouts that cut off slow or stalled clients: a
 * client that sends its headers slowly, or a body shorter than its `Content-Length`, gets a 408
 * and a closed socket instead of holding a connection open. Requests node cannot parse get a JSON
 * 400 (431 for oversized headers), like every other ledger error.
 *
 * @example
 * createLedgerServer(createLedgerHandler({ ledger })).listen(8787, '127.0.0.1');
 */
export function createLedgerServer(handler: LedgerHandler, options: LedgerServerOptions = {}): Server {
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const log = options.log ?? carriedBy(handler)?.log;
  // Node checks for expired requests every connectionsCheckingInterval (30 s by default), which
  // would let a stalled request outlive a short timeout by that much.
  const connectionsCheckingInterval = Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 4)));
  // node's own answer to an HTTP/1.1 request without Host is an empty 400; the adapter's is JSON.
  const server = createServer(
    { headersTimeout, requestTimeout, connectionsCheckingInterval, requireHostHeader: false },
    toNodeListener(handler, { ...options, log }),
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const [status, code, message]: [number, string, string] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request did not arrive in time']
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'headers_too_large', 'Request headers are too large']
          : [400, 'bad_request', 'Malformed HTTP request'];
    if (error.code !== 'ECONNRESET') logFailure(log, '-', undefined, status, message, code);
    // As node's own handler does: answer only if no response has started on this socket.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
