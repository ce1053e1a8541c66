import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { bodyText } from './body.js';
import { HttpError, errorReply, logFailure } from './errors.js';
import { DIRECT_HANDLER, type DirectHandlerCarrier } from './exchange.js';
import type { LedgerHandler } from './handler.js';
import { requestUrl } from './request-target.js';
import type { LedgerLogEntry, LedgerReply, LedgerRequest } from './types.js';

/**
 * Options of `toNodeListener`.
 *
 * @example
 * toNodeListener(handler, { maxBodyBytes: 64 * 1024 });
 */
export interface NodeListenerOptions {
  /** Bytes buffered before the handler sees the body; more is refused with 413. Default 64 KiB. */
  maxBodyBytes?: number;
  /**
   * Receives the failures the adapter answers itself (a malformed `Host` or request target, an
   * oversized or cut-off body, an internal error). Default: the `log` given to `createLedgerHandler`.
   */
  log?: (entry: LedgerLogEntry) => void;
}

const EMPTY = Buffer.alloc(0);
const tooLarge = (limit: number) => new HttpError(413, 'body_too_large', `Request body exceeds ${limit} bytes`);

/**
 * Adapts a ledger handler (made by `createLedgerHandler`) to node:http, and so to Express and
 * Fastify's raw request/response. It calls the ledger with the request's data directly — same
 * routes, same answers as the Fetch handler, without building a WHATWG `Request` and `Response`
 * per request (measured: several times the ingest rate of going through Fetch objects in Node 20).
 * Routing sees only the request target: a malformed `Host` or target is a 400, never a route.
 * A declared body over the cap is refused with 413 before a byte of it is read; a body is read
 * only when a route needs it, and never beyond the cap. For the header and request timeouts that
 * cut off slow clients, serve it with `createLedgerServer`.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createLedgerHandler({ ledger }))).listen(8787);
 */
export function toNodeListener(handler: LedgerHandler, options: NodeListenerOptions = {}) {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const carried = carriedBy(handler);
  // Any other Fetch handler belongs in a general Fetch-to-node adapter (@hono/node-server, say).
  if (!carried) throw new TypeError('toNodeListener takes a handler made by createLedgerHandler');
  const log = options.log ?? carried.log;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    let url: URL | undefined;
    try {
      url = requestUrl(req.url ?? '/', singleHost(req), (req.socket as Partial<TLSSocket>).encrypted === true);
      if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) throw tooLarge(maxBodyBytes);
      writeReply(req, res, await carried.handle(nodeRequest(req, method, url, maxBodyBytes), { remoteAddress: req.socket.remoteAddress }));
    } catch (error) {
      const failure = error instanceof HttpError ? error : new HttpError(500, 'internal', 'Internal error');
      logFailure(log, method, url, failure.status, failure.status >= 500 ? String(error) : failure.message, failure.code);
      try {
        writeReply(req, res, errorReply(failure));
      } catch {
        res.destroy();
      }
    }
  };
}

/**
 * The direct entry point and log a handler made by `createLedgerHandler` carries, if it is one.
 *
 * @example
 * const log = carriedBy(handler)?.log;
 */
export function carriedBy(handler: LedgerHandler): DirectHandlerCarrier[typeof DIRECT_HANDLER] | undefined {
  return (handler as LedgerHandler & Partial<DirectHandlerCarrier>)[DIRECT_HANDLER];
}

// Two Host headers, or none in HTTP/1.1, are a 400 (RFC 9112 §3.2); node's req.headers would keep only the first.
function singleHost(req: IncomingMessage): string | undefined {
  let count = 0;
  for (let index = 0; index < req.rawHeaders.length; index += 2) if (req.rawHeaders[index]!.toLowerCase() === 'host') count++;
  if (count > 1) throw new HttpError(400, 'invalid_host', 'More than one Host header');
  // RFC 9112 §3.2: HTTP/1.1 requires it (HTTP/1.0 may omit it).
  if (count === 0 && req.httpVersion !== '1.0') throw new HttpError(400, 'invalid_host', 'No Host header');
  return req.headers.host;
}

function readNodeBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onCut);
      req.off('close', onCut);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      cleanUp();
      req.pause();
      reject(tooLarge(limit));
    };
    const onEnd = () => {
      cleanUp();
      resolve(chunks.length === 1 ? chunks[0]! : size ? Buffer.concat(chunks, size) : EMPTY);
    };
    // The client went away, or the server's request timeout cut it off, before the body was whole.
    const onCut = () => {
      cleanUp();
      reject(new HttpError(400, 'incomplete_body', 'The request body ended before its declared length'));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onCut);
    req.once('close', onCut);
  });
}

// Headers straight from the raw list, repeated ones joined with ', ' as Fetch's Headers.get does
// (node's req.headers keeps only the first of some, such as Authorization). The body is read
// when a route asks for it, with the route's limit: refused by its declared length first.
function nodeRequest(req: IncomingMessage, method: string, url: URL, maxBodyBytes: number): LedgerRequest {
  const raw = req.rawHeaders;
  const header = (name: string): string | null => {
    let value: string | null = null;
    for (let index = 0; index < raw.length; index += 2) {
      const key = raw[index]!;
      if (key.length === name.length && key.toLowerCase() === name) value = value === null ? raw[index + 1]! : `${value}, ${raw[index + 1]!}`;
    }
    return value;
  };
  const text = async (limit: number) => {
    const cap = Math.min(limit, maxBodyBytes);
    const declared = header('content-length');
    if (Number(declared ?? 0) > cap) throw tooLarge(cap);
    return bodyText(await readNodeBody(req, cap), declared, limit);
  };
  return { method, url, header, text };
}

// With its length given, a body is sent as it is rather than in chunks: less for this server to
// write and for every client to parse. A request whose body is still arriving (unread, or cut off
// at the cap) gets `Connection: close`, so the server does not go on draining it.
function writeReply(req: IncomingMessage, res: ServerResponse, reply: LedgerReply): void {
  const { status, headers, body } = reply;
  const length = body === null ? undefined : String(Buffer.byteLength(body));
  const close = req.complete ? undefined : 'close';
  res.writeHead(status, length || close ? { ...headers, ...(length && { 'content-length': length }), ...(close && { connection: close }) } : headers);
  res.end(body ?? undefined);
}
