import { HttpError } from './errors.js';

/**
 * Reads a request body as text, refusing more than `limit` bytes (by `Content-Length` first,
 * then while streaming, since the header may be absent or wrong).
 *
 * @example
 * const text = await readBody(request, 16 * 1024);
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = () => new HttpError(413, 'body_too_large', `Request body exceeds ${limit} bytes`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_json', 'Request body is not valid UTF-8');
  }
}
