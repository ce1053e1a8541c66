import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, errorResponse } from './errors.js';
import type { LedgerHandler } from './handler.js';

/**
 * Options of `toNodeListener`.
 *
 * @example
 * toNodeListener(handler, { maxBodyBytes: 64 * 1024 });
 */
export interface NodeListenerOptions {
  /** Bytes buffered before the Fetch handler sees the body; more is refused with 413. Default 64 KiB. */
  maxBodyBytes?: number;
}

/**
 * Adapts a Fetch handler to node:http (and so to Express and Fastify's raw request/response).
 * The body is buffered with a hard cap, so a huge upload never reaches memory in full; the
 * handler's own limit (16 KB for the ledger) applies on top.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createLedgerHandler({ ledger }))).listen(8787);
 */
export function toNodeListener(handler: LedgerHandler, options: NodeListenerOptions = {}) {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const response = await handler(await toRequest(req, maxBodyBytes), { remoteAddress: req.socket.remoteAddress });
      await send(res, response);
    } catch (error) {
      const failure = error instanceof HttpError ? error : new HttpError(500, 'internal', 'Internal error');
      // Stop reading an oversized body; the client gets its answer and the socket closes.
      if (failure.status === 413) res.setHeader('connection', 'close');
      await send(res, errorResponse(failure)).catch(() => res.destroy());
    }
  };
}

async function toRequest(req: IncomingMessage, maxBodyBytes: number): Promise<Request> {
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index]!, req.rawHeaders[index + 1]!);
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new HttpError(413, 'body_too_large', `Request body exceeds ${maxBodyBytes} bytes`);
    chunks.push(chunk);
  }
  return new Request(url, { method, headers, body: size ? Buffer.concat(chunks, size) : null });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.writeHead(response.status, headers);
  res.end(body);
}
