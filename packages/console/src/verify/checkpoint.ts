import { strictBase64, subtle, utf8 } from './bytes.js';
import { hasControlCharacter, hasLoneSurrogate, keyNameProblem, parseVerifierKey } from './note-key.js';

// A checkpoint is a C2SP signed note (c2sp.org/signed-note) whose text is a C2SP tlog-checkpoint
// (c2sp.org/tlog-checkpoint): origin, tree size, base64 root hash, then extension lines, of which
// the ledger writes one, `time <POSIX seconds>`. This is server-sync's
// transparency-log/checkpoint.ts `openCheckpoint` over WebCrypto, refusing the same notes.

const EM_DASH = '\u2014';
// Go's note.Open refuses notes with more than 100 signatures; C2SP asks verifiers to accept ≥ 16.
const MAX_SIGNATURES = 100;
const DECIMAL = /^(?:0|[1-9][0-9]*)$/;
const TIME_LINE = /^time (0|[1-9][0-9]*)$/;
// The latest instant a JavaScript Date can hold, in seconds.
const MAX_TIME_SECONDS = 8.64e12;
const ED25519_SIGNATURE_BYTES = 64;

/**
 * Why a checkpoint was refused: `malformed` (not a well-formed signed note or checkpoint),
 * `unknown-key` (no signature by this key: another log, or a rotated key), `bad-signature` (a
 * signature by this key that does not verify: the note was altered or forged).
 *
 * @example
 * try { await openCheckpoint(note, verifierKey); } catch (error) { if (error instanceof CheckpointError) console.log(error.code); }
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
 * An opened checkpoint: the log, its size and root, when the log signed it (undefined for notes
 * from other logs without a time line), and the signed text itself (final newline included).
 *
 * @example
 * const { origin, size, rootHash, time }: OpenedCheckpoint = await openCheckpoint(note, verifierKey);
 */
export interface OpenedCheckpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  time: Date | undefined;
  text: string;
}

const malformed = (message: string) => new CheckpointError('malformed', message);

type SignatureLine = { name: string; keyId: number; signature: Uint8Array };

function splitNote(note: string): { text: string; signatures: SignatureLine[] } {
  if (hasLoneSurrogate(note)) throw malformed('the note is not valid Unicode (lone surrogate)');
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
    if (keyNameProblem(name) || !bytes || bytes.length < 5) throw malformed('a signature line is not "— <key name> <base64>"');
    return { name, keyId: new DataView(bytes.buffer).getUint32(0), signature: bytes.slice(4) };
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
    // Other extension lines are the log's business; C2SP tells verifiers to skip them.
    if (!line.startsWith('time ')) continue;
    const match = TIME_LINE.exec(line);
    if (!match || time || Number(match[1]) > MAX_TIME_SECONDS) throw malformed('the time line must be one "time <POSIX seconds>" line');
    time = new Date(Number(match[1]) * 1000);
  }
  return { origin, size: Number(sizeText), rootHash, time };
}

/**
 * Opens a signed checkpoint: accepted only if a signature by this exact key (name and key ID)
 * verifies with Ed25519; signatures by other keys (witnesses) are ignored. Rejects with a
 * `CheckpointError`, or a TypeError when the verifier key itself is not a valid key.
 *
 * @example
 * const { size, rootHash, time } = await openCheckpoint(answer.checkpoint, await (await fetch('/v1/log/key')).text());
 */
export async function openCheckpoint(note: string, verifierKey: string): Promise<OpenedCheckpoint> {
  const verifier = await parseVerifierKey(verifierKey);
  if (typeof note !== 'string') throw malformed('a note is a string');
  const { text, signatures } = splitNote(note);
  // C2SP: signatures whose name or key ID differ belong to other keys (cosigners, rotated keys).
  const ours = signatures.filter((line) => line.name === verifier.name && line.keyId === verifier.keyId);
  if (ours.length === 0) {
    throw new CheckpointError('unknown-key', `no signature by ${verifier.name}+${verifier.keyId.toString(16).padStart(8, '0')}`);
  }
  const message = utf8(text);
  for (const { signature } of ours) {
    // A known key whose signature fails is an attack or corruption: the whole note is refused.
    const valid =
      signature.length === ED25519_SIGNATURE_BYTES && (await subtle().verify({ name: 'Ed25519' }, verifier.key, new Uint8Array(signature), message));
    if (!valid) throw new CheckpointError('bad-signature', `the signature by ${verifier.name} does not verify`);
  }
  // Only now is the text trusted enough to be read.
  return { ...parseBody(text), text };
}
