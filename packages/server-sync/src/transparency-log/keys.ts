import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { hasControlCharacter, hasLoneSurrogate } from './text.js';

// C2SP signed-note key encoding, as golang.org/x/mod/sumdb/note writes it:
//   verifier  <name>+<8 hex key ID>+<base64(0x01 ‖ 32-byte public key)>
//   signer    PRIVATE+KEY+<name>+<8 hex key ID>+<base64(0x01 ‖ 32-byte private seed)>
// The base64 part may itself contain '+', so the fields are cut from the left.

// Signature type byte of plain Ed25519 note signatures (C2SP signed-note §Signature types).
const ALG_ED25519 = 0x01;
// DER wrappers that let node:crypto import raw Ed25519 keys (RFC 8410 SPKI / PKCS #8).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// Go's unicode.IsSpace plus the rest of Unicode White_Space (JavaScript's \s lacks U+0085).
const SPACE = /[\s\u0085]/u;

/**
 * A parsed signer key: the name and key ID its signature lines carry, and the private key.
 *
 * @example
 * const signer: LogSigner = parseSignerKey(process.env.LOG_SIGNER_KEY!);
 */
export interface LogSigner {
  name: string;
  keyId: number;
  publicKey: Buffer;
  privateKey: KeyObject;
}

/**
 * A parsed verifier key: a signature line is checked only when both its name and key ID match.
 *
 * @example
 * const verifier: LogVerifier = parseVerifierKey('sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8');
 */
export interface LogVerifier {
  name: string;
  keyId: number;
  publicKey: Buffer;
  key: KeyObject;
}

/**
 * Why a key name is unusable in a signed note, or undefined when it is fine.
 *
 * @example
 * keyNameProblem('consent.example.com/log'); // undefined
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
 * Decodes standard padded base64, refusing what Buffer.from would quietly skip or truncate.
 *
 * @example
 * strictBase64('AAE='); // <Buffer 00 01>
 * strictBase64('AAE'); // undefined
 */
export function strictBase64(text: string): Buffer | undefined {
  if (!CANONICAL_BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  // Non-zero padding bits would let one value have several encodings (a malleable signature line).
  return bytes.toString('base64') === text ? bytes : undefined;
}

/**
 * The note key ID: the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), as a uint32.
 *
 * @example
 * noteKeyId('PeterNeumann', publicKey).toString(16); // 'c74f20a3'
 */
export function noteKeyId(name: string, publicKey: Buffer): number {
  return createHash('sha256')
    .update(`${name}\n`)
    .update(Buffer.from([ALG_ED25519]))
    .update(publicKey)
    .digest()
    .readUInt32BE(0);
}

const hex8 = (id: number) => id.toString(16).padStart(8, '0');

function assertName(name: unknown, where: string): asserts name is string {
  const problem = keyNameProblem(name);
  if (problem) throw new TypeError(`${where}: ${problem}`);
}

function cut(text: string): [string, string] | undefined {
  const at = text.indexOf('+');
  return at < 0 ? undefined : [text.slice(0, at), text.slice(at + 1)];
}

// <name>+<hex>+<base64> → parts, checked to be an Ed25519 key of the stated ID.
function parseKeyParts(text: string, where: string): { name: string; keyId: number; material: Buffer } {
  const first = cut(text);
  const second = first && cut(first[1]);
  if (!first || !second) throw new TypeError(`${where}: expected <name>+<key ID>+<base64 key>`);
  const [name] = first;
  const [idHex, keyText] = second;
  assertName(name, where);
  // Go accepts either case here (strconv.ParseUint); the ID is checked against the key below anyway.
  if (!/^[0-9a-fA-F]{8}$/.test(idHex)) throw new TypeError(`${where}: the key ID must be 8 hex digits`);
  const raw = strictBase64(keyText);
  if (!raw) throw new TypeError(`${where}: the key is not canonical padded base64`);
  if (raw[0] !== ALG_ED25519) throw new TypeError(`${where}: unsupported key algorithm ${raw[0] ?? 'none'} (only Ed25519, 1, is supported)`);
  if (raw.length !== 33) throw new TypeError(`${where}: an Ed25519 key is 32 bytes, not ${raw.length - 1}`);
  return { name, keyId: Number.parseInt(idHex, 16), material: raw.subarray(1) };
}

/**
 * Parses a verifier key string and checks its key ID.
 *
 * @example
 * parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW').name; // 'PeterNeumann'
 */
export function parseVerifierKey(text: string): LogVerifier {
  const where = 'parseVerifierKey';
  if (typeof text !== 'string') throw new TypeError(`${where}: a verifier key is a string`);
  const { name, keyId, material } = parseKeyParts(text, where);
  if (noteKeyId(name, material) !== keyId) throw new TypeError(`${where}: the key ID does not match the name and key`);
  const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, material]), format: 'der', type: 'spki' });
  return { name, keyId, publicKey: Buffer.from(material), key };
}

/**
 * Parses a signer key string (as Go's note.GenerateKey writes it) and checks its key ID.
 *
 * @example
 * const signer = parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
 */
export function parseSignerKey(text: string): LogSigner {
  const where = 'parseSignerKey';
  if (typeof text !== 'string' || !text.startsWith('PRIVATE+KEY+')) throw new TypeError(`${where}: a signer key starts with "PRIVATE+KEY+"`);
  const { name, keyId, material } = parseKeyParts(text.slice('PRIVATE+KEY+'.length), where);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, material]), format: 'der', type: 'pkcs8' });
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  if (noteKeyId(name, publicKey) !== keyId) throw new TypeError(`${where}: the key ID does not match the name and key`);
  return { name, keyId, publicKey, privateKey };
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

function encodeKey(name: string, keyId: number, material: Buffer): string {
  return `${name}+${hex8(keyId)}+${Buffer.concat([Buffer.from([ALG_ED25519]), material]).toString('base64')}`;
}

/**
 * The verifier key string that belongs to a signer key (safe to publish).
 *
 * @example
 * verifierKeyOf(signerKey); // 'consent.example.com/log+1a2b3c4d+AXy…'
 */
export function verifierKeyOf(signerKey: string | LogSigner): string {
  const signer = typeof signerKey === 'string' ? parseSignerKey(signerKey) : signerKey;
  return encodeKey(signer.name, signer.keyId, signer.publicKey);
}

/**
 * A new Ed25519 key pair for a log, as signer and verifier key strings (keep `signerKey` secret).
 *
 * @example
 * const { signerKey, verifierKey } = generateLogKey('consent.example.com/log');
 */
export function generateLogKey(name: string): { signerKey: string; verifierKey: string } {
  assertName(name, 'generateLogKey');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
  const raw = rawPublicKey(publicKey);
  const keyId = noteKeyId(name, raw);
  return { signerKey: `PRIVATE+KEY+${encodeKey(name, keyId, seed)}`, verifierKey: encodeKey(name, keyId, raw) };
}
