import { concat, sha256, strictBase64, subtle, toHex, utf8 } from './bytes.js';

// C2SP signed-note verifier keys, as golang.org/x/mod/sumdb/note writes them and the ledger
// publishes at GET /v1/log/key:  <name>+<8 hex key ID>+<base64(0x01 ‖ 32-byte Ed25519 public key)>.
// The base64 part may itself contain '+', so the fields are cut from the left.

// Signature type byte of plain Ed25519 note signatures (C2SP signed-note §Signature types).
const ALG_ED25519 = 0x01;
// Go's unicode.IsSpace plus the rest of Unicode White_Space (JavaScript's \s lacks U+0085).
const SPACE = /[\s\u0085]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A parsed verifier key: a signature line counts only when both its name and key ID match.
 *
 * @example
 * const verifier: NoteVerifier = await parseVerifierKey(verifierKey);
 */
export interface NoteVerifier {
  name: string;
  keyId: number;
  publicKey: Uint8Array;
  key: CryptoKey;
}

/**
 * Whether `text` holds a character below U+0020, other than newline when `newlineAllowed`
 * (C2SP signed notes allow no control characters but the line breaks).
 *
 * @example
 * hasControlCharacter('a\rb', true); // true
 */
export function hasControlCharacter(text: string, newlineAllowed: boolean): boolean {
  // A loop, not a regex: control characters inside a regex literal read as a mistake to linters.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !(newlineAllowed && code === 0x0a)) return true;
  }
  return false;
}

/**
 * Whether `text` has an unpaired surrogate, i.e. is not valid Unicode and has no UTF-8 encoding.
 *
 * @example
 * hasLoneSurrogate('\uD800'); // true
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * Why a key name is unusable in a signed note, or undefined when it is fine.
 *
 * @example
 * keyNameProblem('a+b'); // 'a key name may not contain "+"'
 */
export function keyNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') return 'a key name must be a non-empty string';
  if (name.includes('+')) return 'a key name may not contain "+"';
  if (SPACE.test(name)) return 'a key name may not contain whitespace';
  if (hasControlCharacter(name, false)) return 'a key name may not contain control characters';
  if (hasLoneSurrogate(name)) return 'a key name must be valid Unicode (no lone surrogates)';
  return undefined;
}

/**
 * The note key ID: the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), as a uint32.
 *
 * @example
 * (await noteKeyId('PeterNeumann', publicKey)).toString(16); // 'c74f20a3'
 */
export async function noteKeyId(name: string, publicKey: Uint8Array): Promise<number> {
  const digest = await sha256(concat(utf8(`${name}\n`), new Uint8Array([ALG_ED25519]), publicKey));
  return new DataView(digest.buffer).getUint32(0);
}

const cut = (text: string): [string, string] | undefined => {
  const at = text.indexOf('+');
  return at < 0 ? undefined : [text.slice(0, at), text.slice(at + 1)];
};

/**
 * Parses a verifier key and checks that its key ID belongs to its name and key, as the ledger's
 * `parseVerifierKey` does. Rejects with a TypeError naming what is wrong (surrounding whitespace,
 * e.g. the newline of `GET /v1/log/key`, is ignored).
 *
 * @example
 * (await parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).name; // 'PeterNeumann'
 */
export async function parseVerifierKey(text: string): Promise<NoteVerifier> {
  const where = 'the verifier key';
  if (typeof text !== 'string') throw new TypeError(`${where} is not a string`);
  const first = cut(text.trim());
  const second = first && cut(first[1]);
  if (!first || !second) throw new TypeError(`${where} is not <name>+<key ID>+<base64 key>`);
  const [name] = first;
  const [idHex, keyText] = second;
  const problem = keyNameProblem(name);
  if (problem) throw new TypeError(`${where}: ${problem}`);
  // Either case, as Go's strconv.ParseUint: the ID is checked against the key below anyway.
  if (!/^[0-9a-fA-F]{8}$/.test(idHex)) throw new TypeError(`${where}: the key ID must be 8 hex digits`);
  const raw = strictBase64(keyText);
  if (!raw) throw new TypeError(`${where}: the key is not canonical padded base64`);
  if (raw[0] !== ALG_ED25519) throw new TypeError(`${where}: unsupported key algorithm ${raw[0] ?? 'none'} (only Ed25519, 1, is supported)`);
  if (raw.length !== 33) throw new TypeError(`${where}: an Ed25519 key is 32 bytes, not ${raw.length - 1}`);
  const publicKey = raw.slice(1);
  const keyId = Number.parseInt(idHex, 16);
  if ((await noteKeyId(name, publicKey)) !== keyId) throw new TypeError(`${where}: the key ID does not match the name and key`);
  const crypto = subtle();
  let key: CryptoKey;
  try {
    key = await crypto.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    throw new TypeError(`${where}: this browser cannot use it as an Ed25519 key (${(error as Error).message})`);
  }
  return { name, keyId, publicKey, key };
}

/**
 * A short fingerprint of a verifier key for people to compare with one published elsewhere (a
 * privacy notice, a DNS record): the first 16 hex characters of SHA-256 of the key text, with
 * surrounding whitespace removed so the newline `GET /v1/log/key` ends with does not change it.
 * Shell equivalent: `printf %s "$KEY" | sha256sum | cut -c1-16`.
 *
 * @example
 * await verifierKeyFingerprint('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'); // 16 hex characters
 */
export async function verifierKeyFingerprint(verifierKey: string): Promise<string> {
  return toHex(await sha256(String(verifierKey).trim())).slice(0, 16);
}
