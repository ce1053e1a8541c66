// Test fixture: HTTP/1.1 over a raw TCP socket, so tests can send what no HTTP client would
// (malformed Host headers, dot segments, lying Content-Length, stalled headers).
import { connect } from 'node:net';

/** What came back on one connection. */
export interface RawAnswer {
  /** Status of the first response, if one arrived. */
  status: number | undefined;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection. */
  closed: boolean;
  /** Neither a whole response nor a close arrived within the time allowed. */
  timedOut: boolean;
  elapsedMs: number;
}

/**
 * Writes `request` as given (a string is sent as latin1 bytes, so it can hold any byte) and waits
 * for one whole response (by its Content-Length), a close, or `timeoutMs`.
 */
export function rawExchange(port: number, request: string | Buffer, options: { timeoutMs?: number; headOnly?: boolean } = {}): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let closed = false;
    const finish = (timedOut: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parse(received), closed, timedOut, elapsedMs: performance.now() - started });
    };
    const timer = setTimeout(() => finish(true), options.timeoutMs ?? 2_000);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (isWhole(received, options.headOnly === true)) finish(false);
    });
    socket.on('close', () => {
      closed = true;
      finish(false);
    });
    socket.on('error', () => {});
    socket.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request);
  });
}

function split(bytes: Buffer): { head: string; body: Buffer } | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  return end < 0 ? undefined : { head: bytes.subarray(0, end).toString('latin1'), body: bytes.subarray(end + 4) };
}

// A response to HEAD, a 204 and a 304 end with their headers; others by their Content-Length.
function isWhole(bytes: Buffer, headOnly: boolean): boolean {
  const parts = split(bytes);
  if (!parts) return false;
  if (headOnly || /^HTTP\/1\.[01] (204|304)/.test(parts.head)) return true;
  const length = /\r\ncontent-length: *(\d+)/i.exec(parts.head)?.[1];
  return length !== undefined && parts.body.length >= Number(length);
}

function parse(bytes: Buffer): Pick<RawAnswer, 'status' | 'headers' | 'body'> {
  const parts = split(bytes);
  if (!parts) return { status: undefined, headers: {}, body: '' };
  const [statusLine, ...lines] = parts.head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]) || undefined, headers, body: parts.body.toString('utf8') };
}

/** A request in wire format from its parts. */
export function wireRequest(method: string, target: string, headers: Array<[string, string]>, body = ''): string {
  return `${method} ${target} HTTP/1.1\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`;
}
