// Byte helpers over WebCrypto and the platform's base64, so the verifier runs unchanged in a
// browser and in Node ≥ 20 (no Buffer, no node: imports).

const HEX = /^(?:[0-9a-f]{2})*$/;
// Standard padded base64 only, as the ledger's strictBase64 (transparency-log/keys.ts) accepts it.
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const encoder = new TextEncoder();

/**
 * Lowercase hex of some bytes.
 *
 * @example
 * toHex(new Uint8Array([0, 255])); // '00ff'
 */
export function toHex(bytes: Uint8Array): string {
  // 256 | byte has three hex digits; dropping the first leaves two for every byte.
  let text = '';
  for (const byte of bytes) text += (256 | byte).toString(16).slice(1);
  return text;
}

/**
 * The bytes of lowercase hex, or undefined for anything else (odd length, uppercase, other
 * characters): the ledger writes lowercase only, so other spellings are not its output.
 *
 * @example
 * fromHex('00ff'); // Uint8Array [0, 255]
 * fromHex('0F'); // undefined
 */
export function fromHex(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || !HEX.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Standard padded base64 of some bytes.
 *
 * @example
 * toBase64(new Uint8Array([0, 1])); // 'AAE='
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes standard padded base64, refusing what atob would quietly accept (missing padding,
 * whitespace, non-zero padding bits): one value must have one encoding, or a signature line
 * becomes malleable. Mirrors the ledger's `strictBase64`.
 *
 * @example
 * strictBase64('AAE='); // Uint8Array [0, 1]
 * strictBase64('AAE'); // undefined
 */
export function strictBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || !CANONICAL_BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return toBase64(bytes) === text ? bytes : undefined;
}

/**
 * UTF-8 bytes of a string (lone surrogates become U+FFFD, so callers refuse them first where it matters).
 *
 * @example
 * utf8('é'); // Uint8Array [195, 169]
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/**
 * Concatenates byte arrays into a fresh one (WebCrypto wants one buffer per call).
 *
 * @example
 * concat(new Uint8Array([0]), new Uint8Array([1, 2])); // Uint8Array [0, 1, 2]
 */
export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The page's WebCrypto, or an Error saying why there is none: browsers give `crypto.subtle` only
 * to secure contexts (HTTPS or localhost), and a verifier that cannot hash must not report the
 * evidence as tampered with.
 *
 * @example
 * await subtle().digest('SHA-256', new Uint8Array());
 */
export function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto?.subtle;
  if (!crypto) throw new Error('WebCrypto (crypto.subtle) is not available: open the console over HTTPS (or from localhost) to verify evidence.');
  return crypto;
}

/**
 * SHA-256 of bytes or of a string's UTF-8, via WebCrypto.
 *
 * @example
 * toHex(await sha256('')); // 'e3b0c442…b855'
 */
export async function sha256(data: Uint8Array | string): Promise<Uint8Array<ArrayBuffer>> {
  // A copy, not the caller's view: WebCrypto's types (and some engines) want a plain ArrayBuffer,
  // and a Node Buffer is a window onto a shared pool.
  const bytes = typeof data === 'string' ? utf8(data) : new Uint8Array(data);
  return new Uint8Array(await subtle().digest('SHA-256', bytes));
}

/**
 * Whether two byte arrays hold the same bytes.
 *
 * @example
 * bytesEqual(new Uint8Array([1]), new Uint8Array([1])); // true
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  // Not constant-time: everything compared here is public (hashes, roots).
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
