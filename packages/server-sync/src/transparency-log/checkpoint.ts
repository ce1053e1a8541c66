import { sign, verify } from 'node:crypto';
import { hasControlCharacter, hasLoneSurrogate } from './text.js';
import { keyNameProblem, parseSignerKey, parseVerifierKey, strictBase64, type LogSigner, type LogVerifier } from './keys.js';

// A checkpoint is a C2SP signed note (c2sp.org/signed-note) whose text is a C2SP tlog-checkpoint
// (c2sp.org/tlog-checkpoint): origin, tree size, base64 root hash, then extension lines.
//
// When it was made travels in one extension line, `time <POSIX seconds>` (the syntax of the
// timestamp line of c2sp.org/tlog-cosignature), signed by the log's plain Ed25519 (type 0x01) key.
// That keeps the note readable by standard tools: Go's note.Open verifies it like any other note,
// and checkpoint parsers (sumdb/tlog.ParseTree, transparency-dev's) read the first three lines and
// ignore the rest. The alternative, a timestamped cosignature (type 0x04), is not verifiable by
// note.Open (it knows type 0x01 only), and the spec reserves it for witnesses' statements.
// The spec does not recommend extension lines because witnesses make no statement about them:
// the time is the log's own claim, as the tree size and root hash are before witnesses cosign.

const EM_DASH = '\u2014';
// Go's note.Open refuses notes with more than 100 signatures; C2SP asks verifiers to accept ≥ 16.
const MAX_SIGNATURES = 100;
const DECIMAL = /^(?:0|[1-9][0-9]*)$/;
const TIME_LINE = /^time (0|[1-9][0-9]*)$/;
// The latest instant a JavaScript Date can hold, in seconds.
const MAX_TIME_SECONDS = 8.64e12;
const ED25519_SIGNATURE_BYTES = 64;

/**
 * Why a checkpoint was refused: 'malformed' (not a well-formed note or checkpoint), 'unknown-key' (no signature by this key), 'bad-signature'.
 *
 * @example
 * try { openCheckpoint(note, verifierKey); } catch (error) { if (error instanceof CheckpointError) console.log(error.code); }
 */
export class CheckpointError extends Error {
  readonly code: 'malformed' | 'unknown-key' | 'bad-signature';

  constructor(code: CheckpointError['code'], message: string) {
    super(message);
    this.name = 'CheckpointError';
    this.code = code;
  }
}

/**
 * What a checkpoint states: the log, its size and root, and when the log signed it.
 *
 * @example
 * const checkpoint: Checkpoint = { origin: 'consent.example.com/log', size: 12, rootHash, time: new Date() };
 */
export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Buffer;
  time: Date;
}

/**
 * An opened checkpoint; `time` is undefined for checkpoints (from other logs) without a time line.
 *
 * @example
 * const { size, rootHash, time, text } = openCheckpoint(note, verifierKey);
 */
export interface OpenedCheckpoint {
  origin: string;
  size: number;
  rootHash: Buffer;
  time: Date | undefined;
  /** The signed note text (the body, final newline included). */
  text: string;
}

const malformed = (message: string) => new CheckpointError('malformed', message);

/**
 * Signs a checkpoint with the log's signer key, returning the complete signed note.
 *
 * @example
 * const note = signCheckpoint({ origin: 'consent.example.com/log', size: frontier.size, rootHash: frontierRoot(frontier), time: new Date() }, signerKey);
 */
export function signCheckpoint(checkpoint: Checkpoint, signerKey: string | LogSigner): string {
  const { origin, size, rootHash, time } = checkpoint;
  if (typeof origin !== 'string' || origin === '' || hasControlCharacter(origin, false) || hasLoneSurrogate(origin)) {
    throw new TypeError('signCheckpoint: the origin must be a non-empty line of valid Unicode without control characters');
  }
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`signCheckpoint: size must be a non-negative safe integer, got ${size}`);
  if (!Buffer.isBuffer(rootHash) || rootHash.length !== 32) throw new TypeError('signCheckpoint: rootHash must be a 32-byte Buffer');
  if (!(time instanceof Date) || Number.isNaN(time.getTime()) || time.getTime() < 0) {
    throw new RangeError('signCheckpoint: time must be a valid Date at or after 1970-01-01');
  }
  const signer = typeof signerKey === 'string' ? parseSignerKey(signerKey) : signerKey;
  // POSIX seconds: sub-second precision is not part of the format, and floor never claims a later time.
  const text = `${origin}\n${size}\n${rootHash.toString('base64')}\ntime ${Math.floor(time.getTime() / 1000)}\n`;
  const keyId = Buffer.alloc(4);
  keyId.writeUInt32BE(signer.keyId);
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  return `${text}\n${EM_DASH} ${signer.name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
}

type SignatureLine = { name: string; keyId: number; signature: Buffer };

function decodeNote(note: string | Uint8Array): string {
  if (typeof note !== 'string') {
    if (!(note instanceof Uint8Array)) throw malformed('a note is a string or bytes');
    try {
      // fatal: invalid UTF-8 must be refused, not turned into U+FFFD and then signed over.
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(note);
    } catch {
      throw malformed('the note is not valid UTF-8');
    }
  }
  if (hasLoneSurrogate(note)) throw malformed('the note is not valid Unicode (lone surrogate)');
  return note;
}

function splitNote(note: string): { text: string; signatures: SignatureLine[] } {
  if (hasControlCharacter(note, true)) throw malformed('the note contains a control character');
  // Signature lines never contain an empty line, so the last one separates text from signatures.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line separates the note text from its signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) throw malformed('the signature lines must end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`more than ${MAX_SIGNATURES} signature lines`);
  const signatures = lines.map((line) => {
    const space = line.indexOf(' ', 2);
    if (!line.startsWith(`${EM_DASH} `) || space < 0) throw malformed('a signature line is not "— <key name> <base64>"');
    const name = line.slice(2, space);
    const bytes = strictBase64(line.slice(space + 1));
    if (keyNameProblem(name) || !bytes || bytes.length < 5) throw malformed(`a signature line is not "— <key name> <base64>"`);
    return { name, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
  });
  return { text, signatures };
}

function parseBody(text: string): Omit<OpenedCheckpoint, 'text'> {
  const lines = text.slice(0, -1).split('\n');
  const [origin, sizeText, hashText, ...extensions] = lines;
  if (!origin || sizeText === undefined || hashText === undefined) throw malformed('a checkpoint has an origin, a size and a root hash line');
  if (!DECIMAL.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) throw malformed('the tree size is not a canonical decimal number');
  const rootHash = strictBase64(hashText);
  if (rootHash?.length !== 32) throw malformed('the root hash is not the base64 of 32 bytes');
  let time: Date | undefined;
  for (const line of extensions) {
    if (line === '') throw malformed('extension lines may not be empty');
    if (!line.startsWith('time ')) continue;
    const match = TIME_LINE.exec(line);
    if (!match || time || Number(match[1]) > MAX_TIME_SECONDS) throw malformed('the time line must be one "time <POSIX seconds>" line');
    time = new Date(Number(match[1]) * 1000);
  }
  return { origin, size: Number(sizeText), rootHash, time };
}

/**
 * Opens a signed checkpoint: accepted only if a signature by this exact key (name and ID) verifies; other signatures are ignored.
 *
 * @example
 * const { size, rootHash, time } = openCheckpoint(note, 'consent.example.com/log+1a2b3c4d+AXy…'); // throws CheckpointError
 */
export function openCheckpoint(note: string | Uint8Array, verifierKey: string | LogVerifier): OpenedCheckpoint {
  const verifier = typeof verifierKey === 'string' ? parseVerifierKey(verifierKey) : verifierKey;
  const { text, signatures } = splitNote(decodeNote(note));
  // C2SP: signatures whose name or key ID differ belong to other keys (cosigners, rotated keys).
  const ours = signatures.filter((line) => line.name === verifier.name && line.keyId === verifier.keyId);
  if (ours.length === 0) throw new CheckpointError('unknown-key', `no signature by ${verifier.name}+${verifier.keyId.toString(16).padStart(8, '0')}`);
  const message = Buffer.from(text, 'utf8');
  for (const { signature } of ours) {
    // A known key whose signature fails is an attack or corruption: the whole note is refused.
    if (signature.length !== ED25519_SIGNATURE_BYTES || !verify(null, message, verifier.key, signature)) {
      throw new CheckpointError('bad-signature', `the signature by ${verifier.name} does not verify`);
    }
  }
  // Only now is the text trusted enough to be read.
  return { ...parseBody(text), text };
}
