import { isUtf8 } from 'node:buffer';
import { HttpError } from './errors.js';

const tooLarge = (limit: number) => new HttpError(413, 'body_too_large', `Request body exceeds ${limit} bytes`);

/**
 * Checks a whole body against the limit (by `Content-Length` first: the header may be absent or
 * wrong, so the bytes are counted too) and decodes it as strict UTF-8.
 *
 * @example
 * bodyText(Buffer.from('{"a":1}'), '7', 16 * 1024); // '{"a":1}'
 */
export function bodyText(bytes: Uint8Array, declaredLength: string | null, limit: number): string {
  if (Number(declaredLength ?? 0) > limit || bytes.byteLength > limit) throw tooLarge(limit);
  if (!isUtf8(bytes)) throw new HttpError(400, 'invalid_json', 'Request body is not valid UTF-8');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A leading byte order mark is dropped, as TextDecoder does.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a Fetch request's body stream as text, refusing more than `limit` bytes (by
 * `Content-Length` before reading, then while streaming).
 *
 * @example
 * const text = await readBody(request, 16 * 1024);
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (Number(declared ?? 0) > limit) throw tooLarge(limit);
  if (!request.body) return '';
  return bodyText(await bytesWithin(request.body, limit, () => tooLarge(limit)), declared, limit);
}

/**
 * Reads a body stream whole, abandoning it as soon as it passes `limit` bytes (then throws
 * `tooLarge()`): without a content-length (chunked), reading it whole first would hold any amount
 * the other side sends.
 *
 * @example
 * const bytes = await bytesWithin(response.body!, 32 << 20, () => new Error('too large'));
 */
export async function bytesWithin(body: ReadableStream<Uint8Array>, limit: number, tooLargeError: () => Error): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
