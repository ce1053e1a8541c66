import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyText } from './body.js';
import { HttpError, errorReply } from './errors.js';
import { DIRECT_HANDLER, type DirectHandlerCarrier, type LedgerReply, type LedgerRequest } from './exchange.js';
import type { LedgerHandler } from './handler.js';

/**
 * Options of `toNodeListener`.
 *
 * @example
 * toNodeListener(handler, { maxBodyBytes: 64 * 1024 });
 */
export interface NodeListenerOptions {
  /** Bytes buffered before the handler sees the body; more is refused with 413. Default 64 KiB. */
  maxBodyBytes?: number;
}

const EMPTY = Buffer.alloc(0);

/**
 * Adapts a Fetch handler to node:http (and so to Express and Fastify's raw request/response).
 * The body is buffered with a hard cap, so a huge upload never reaches memory in full; the
 * handler's own limit (16 KB for the ledger) applies on top. A handler made by
 * `createLedgerHandler` is called with the request's data directly — same routes, same answers,
 * without building a WHATWG `Request` and `Response` per request.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createLedgerHandler({ ledger }))).listen(8787);
 */
export function toNodeListener(handler: LedgerHandler, options: NodeListenerOptions = {}) {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const direct = (handler as LedgerHandler & Partial<DirectHandlerCarrier>)[DIRECT_HANDLER];
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? EMPTY : await readNodeBody(req, maxBodyBytes);
      const url = new URL(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`);
      const connection = { remoteAddress: req.socket.remoteAddress };
      if (direct) writeReply(res, await direct(nodeRequest(req, method, url, body), connection));
      else await sendResponse(res, await handler(fetchRequest(req, method, url, body), connection));
    } catch (error) {
      const failure = error instanceof HttpError ? error : new HttpError(500, 'internal', 'Internal error');
      // Stop reading an oversized body; the client gets its answer and the socket closes.
      if (failure.status === 413) res.setHeader('connection', 'close');
      try {
        writeReply(res, errorReply(failure));
      } catch {
        res.destroy();
      }
    }
  };
}

function readNodeBody(req: IncomingMessage, maxBodyBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(new HttpError(413, 'body_too_large', `Request body exceeds ${maxBodyBytes} bytes`));
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : size ? Buffer.concat(chunks, size) : EMPTY));
    req.once('error', reject);
  });
}

// Headers straight from the raw list, repeated ones joined with ', ' as Fetch's Headers.get does
// (node's req.headers keeps only the first of some, such as Authorization).
function nodeRequest(req: IncomingMessage, method: string, url: URL, body: Buffer): LedgerRequest {
  const raw = req.rawHeaders;
  const header = (name: string): string | null => {
    let value: string | null = null;
    for (let index = 0; index < raw.length; index += 2) {
      const key = raw[index]!;
      if (key.length === name.length && key.toLowerCase() === name) value = value === null ? raw[index + 1]! : `${value}, ${raw[index + 1]!}`;
    }
    return value;
  };
  return { method, url, header, text: async (limit) => bodyText(body, header('content-length'), limit) };
}

// With its length given, a body is sent as it is rather than in chunks: less for this server to
// write and for every client to parse.
function writeReply(res: ServerResponse, reply: LedgerReply): void {
  const { status, headers, body } = reply;
  res.writeHead(status, body === null ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body ?? undefined);
}

// Any other Fetch handler (a wrapper around the ledger's, say) gets real Fetch objects.
function fetchRequest(req: IncomingMessage, method: string, url: URL, body: Buffer): Request {
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index]!, req.rawHeaders[index + 1]!);
  return new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' || !body.length ? null : new Uint8Array(body) });
}

async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}
