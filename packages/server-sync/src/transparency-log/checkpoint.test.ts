import { createHash, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CheckpointError, openCheckpoint, signCheckpoint } from './checkpoint.js';
import { generateLogKey, keyNameProblem, noteKeyId, parseSignerKey, parseVerifierKey, verifierKeyOf } from './keys.js';

// Published keys and notes, kept literally so the format is proven compatible, not only self-consistent:
// - golang.org/x/mod sumdb/note/note_test.go (TestNewSigner, TestNewVerifier, TestSign);
// - the public key of sum.golang.org (cmd/go/internal/modfetch/key.go) and one of its signed tree
//   heads, quoted in transparency-dev/trillian-tessera internal/parse/parse_test.go.
const GO_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIGNATURE_LINE = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const SUMDB_VERIFIER = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
const SUMDB_CHECKPOINT =
  'go.sum database tree\n31700353\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\n' +
  '— sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ87F61QqspBYwM=\n';

const ORIGIN = 'consent.example.com/log';
const rootHash = createHash('sha256').update('root').digest();
const time = new Date('2026-11-30T12:34:56.789Z');
const log = generateLogKey(ORIGIN);
const witness = generateLogKey('witness.example.com/w1');

// Signs any text as a note with a signer key: lets the tests build malformed but validly signed bodies.
function signText(text: string, signerKey: string): string {
  const signer = parseSignerKey(signerKey);
  const id = Buffer.alloc(4);
  id.writeUInt32BE(signer.keyId);
  return `${text}\n— ${signer.name} ${Buffer.concat([id, sign(null, Buffer.from(text), signer.privateKey)]).toString('base64')}\n`;
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CheckpointError) return error.code;
    throw error;
  }
  return 'opened';
}

describe('signed-note keys', () => {
  it('reads the key strings of Go sumdb/note, and derives the published verifier key from the published signer key', () => {
    const verifier = parseVerifierKey(GO_VERIFIER);
    expect(verifier.name).toBe('PeterNeumann');
    expect(verifier.keyId).toBe(0xc74f20a3);
    expect(verifierKeyOf(GO_SIGNER)).toBe(GO_VERIFIER);
    expect(parseVerifierKey(SUMDB_VERIFIER).keyId).toBe(0x033de0ae);
    expect(noteKeyId('PeterNeumann', verifier.publicKey)).toBe(0xc74f20a3);
  });

  it('signs exactly as Go does: the signature line of note_test.go TestSign comes out byte for byte', () => {
    // Ed25519 is deterministic, so the same key and text must give Go's very signature.
    expect(signText(GO_TEXT, GO_SIGNER)).toBe(`${GO_TEXT}\n${GO_SIGNATURE_LINE}`);
  });

  it('generates keys in Go note.GenerateKey format whose ID matches the name and key', () => {
    expect(log.signerKey).toMatch(/^PRIVATE\+KEY\+consent\.example\.com\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(log.verifierKey).toMatch(/^consent\.example\.com\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(verifierKeyOf(log.signerKey)).toBe(log.verifierKey);
    expect(log.verifierKey.split('+')[1]).toBe(log.signerKey.split('+')[3]);
  });

  it('refuses unusable key names with an error naming the problem', () => {
    expect(() => generateLogKey('consent example')).toThrow(/whitespace/);
    expect(() => generateLogKey('a+b')).toThrow(/"\+"/);
    expect(() => generateLogKey('')).toThrow(/non-empty/);
    expect(() => generateLogKey('nbsp\u00a0name')).toThrow(/whitespace/);
    expect(() => generateLogKey('nel\u0085name')).toThrow(/whitespace/);
    expect(keyNameProblem('tab\tname')).toMatch(/whitespace/);
  });

  it('refuses mangled key strings, as Go TestNewVerifier / TestNewSigner do', () => {
    for (let i = 0; i < GO_VERIFIER.length; i += 1) {
      const mangled = GO_VERIFIER.slice(0, i) + String.fromCharCode(GO_VERIFIER.charCodeAt(i) + 1) + GO_VERIFIER.slice(i + 1);
      expect(() => parseVerifierKey(mangled), mangled).toThrow();
    }
    expect(() => parseVerifierKey(GO_VERIFIER.slice(0, -1))).toThrow();
    // Go's wrong-length case; its last group has non-zero padding bits, which strict base64 refuses first.
    expect(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toThrow(/base64/);
    expect(() => parseVerifierKey(`PeterNeumann+c74f20a3+${Buffer.concat([Buffer.from([1]), Buffer.alloc(33)]).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(/algorithm/);
    expect(() => parseSignerKey(GO_VERIFIER)).toThrow(/PRIVATE\+KEY/);
    expect(() => parseSignerKey(GO_SIGNER.replace('c74f20a3', 'c74f20a4'))).toThrow(/key ID/);
  });
});

describe('checkpoints', () => {
  it('opens a checkpoint published by sum.golang.org with its published key', () => {
    const opened = openCheckpoint(SUMDB_CHECKPOINT, SUMDB_VERIFIER);
    expect(opened).toMatchObject({ origin: 'go.sum database tree', size: 31700353, time: undefined });
    expect(opened.rootHash.toString('base64')).toBe('qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=');
    expect(codeOf(() => openCheckpoint(SUMDB_CHECKPOINT.replace('31700353', '31700354'), SUMDB_VERIFIER))).toBe('bad-signature');
  });

  it('round-trips: the note is origin, size, base64 root, a time line, a blank line and the signature', () => {
    const note = signCheckpoint({ origin: ORIGIN, size: 1234567, rootHash, time }, log.signerKey);
    const seconds = Math.floor(time.getTime() / 1000);
    expect(note.startsWith(`${ORIGIN}\n1234567\n${rootHash.toString('base64')}\ntime ${seconds}\n\n— ${ORIGIN} `)).toBe(true);
    const opened = openCheckpoint(note, log.verifierKey);
    expect(opened).toMatchObject({ origin: ORIGIN, size: 1234567, time: new Date(seconds * 1000) });
    expect(opened.rootHash.equals(rootHash)).toBe(true);
    expect(opened.text).toBe(note.slice(0, note.indexOf('\n\n') + 1));
    expect(openCheckpoint(new TextEncoder().encode(note), parseVerifierKey(log.verifierKey)).size).toBe(1234567);
    expect(openCheckpoint(signCheckpoint({ origin: ORIGIN, size: 0, rootHash, time: new Date(0) }, log.signerKey), log.verifierKey).size).toBe(0);
  });

  it('refuses a note whose body or signature has a flipped bit, or that another key signed', () => {
    const note = signCheckpoint({ origin: ORIGIN, size: 42, rootHash, time }, log.signerKey);
    const flip = (text: string, at: number) => text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
    // Inside base64, another base64 letter: flipping a bit of '+' or '/' (random keys and roots
    // have them) would make the note malformed rather than wrongly signed.
    const swap = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(codeOf(() => openCheckpoint(flip(note, ORIGIN.length + 1), log.verifierKey))).toBe('bad-signature'); // 42 → 52
    expect(codeOf(() => openCheckpoint(swap(note, ORIGIN.length + 5), log.verifierKey))).toBe('bad-signature'); // in the root hash
    const signatureAt = note.lastIndexOf(' ') + 20;
    expect(codeOf(() => openCheckpoint(swap(note, signatureAt), log.verifierKey))).toBe('bad-signature');
    expect(codeOf(() => openCheckpoint(note, witness.verifierKey))).toBe('unknown-key');
    // Same name, other key: a different key ID, so not the key the reader trusts.
    expect(codeOf(() => openCheckpoint(note, generateLogKey(ORIGIN).verifierKey))).toBe('unknown-key');
    // The key ID of the trusted key under another name is another key too.
    expect(codeOf(() => openCheckpoint(note.replace(`— ${ORIGIN} `, '— impostor.example '), log.verifierKey))).toBe('unknown-key');
  });

  it('ignores the signatures of other keys: a cosigned note opens with either key', () => {
    const note = signCheckpoint({ origin: ORIGIN, size: 7, rootHash, time }, log.signerKey);
    const text = note.slice(0, note.indexOf('\n\n') + 1);
    const cosignature = signText(text, witness.signerKey).slice(text.length + 1);
    const cosigned = note + cosignature;
    expect(openCheckpoint(cosigned, log.verifierKey).size).toBe(7);
    expect(openCheckpoint(cosigned, witness.verifierKey).size).toBe(7);
    // An unverifiable line from an unknown key is no reason to refuse.
    expect(openCheckpoint(`${note}— other.example/key AAAAAAAAAAA=\n`, log.verifierKey).size).toBe(7);
  });

  it('refuses malformed notes before looking at signatures', () => {
    const note = signCheckpoint({ origin: ORIGIN, size: 42, rootHash, time }, log.signerKey);
    const [text, signatureLine] = note.split('\n\n') as [string, string];
    const malformed = [
      `${text}\n${signatureLine}`, // no blank line
      `${text}\n\n`, // no signature lines
      `${text}\n\n${signatureLine.slice(0, -1)}`, // signature line without its newline
      `${text}\n\n${signatureLine.repeat(101)}`, // more than 100 signatures
      `${text}\n\n${signatureLine.replace('—', '-')}`, // not an em dash
      `${text}\n\n${signatureLine.replace(/ \S+\n$/, '\n')}`, // no signature
      `${text}\n\n${signatureLine.replace(/=\n$/, '\n')}`, // unpadded base64
      `${text}\n\n${signatureLine}garbage\n`,
      `\u0001${note}`, // control character
      `${text.replace(ORIGIN, 'consent\r.example.com/log')}\n\n${signatureLine}`,
      `${text.replace(ORIGIN, '\uD800')}\n\n${signatureLine}`, // lone surrogate
    ];
    for (const bad of malformed)
      expect(
        codeOf(() => openCheckpoint(bad, log.verifierKey)),
        JSON.stringify(bad),
      ).toBe('malformed');
    expect(codeOf(() => openCheckpoint(Buffer.concat([Buffer.from([0xff]), Buffer.from(note)]), log.verifierKey))).toBe('malformed');
    expect(codeOf(() => openCheckpoint(`${text}\n\n${signatureLine.repeat(100)}`, log.verifierKey))).toBe('opened');
  });

  it('refuses validly signed bodies that are not canonical checkpoints', () => {
    const hash = rootHash.toString('base64');
    const bodies = [
      `${ORIGIN}\n42\n`,
      `\n42\n${hash}\n`,
      `${ORIGIN}\n042\n${hash}\n`,
      `${ORIGIN}\n+42\n${hash}\n`,
      `${ORIGIN}\n4e1\n${hash}\n`,
      `${ORIGIN}\n 42\n${hash}\n`,
      `${ORIGIN}\n9007199254740993\n${hash}\n`,
      `${ORIGIN}\n42\n${rootHash.subarray(1).toString('base64')}\n`,
      `${ORIGIN}\n42\n${hash.replace('=', '')}\n`,
      `${ORIGIN}\n42\n${hash}\n\ntime 1\n`,
      `${ORIGIN}\n42\n${hash}\ntime 01\n`,
      `${ORIGIN}\n42\n${hash}\ntime 1\ntime 2\n`,
      `${ORIGIN}\n42\n${hash}\ntime -1\n`,
    ];
    for (const body of bodies)
      expect(
        codeOf(() => openCheckpoint(signText(body, log.signerKey), log.verifierKey)),
        body,
      ).toBe('malformed');
    const withExtension = openCheckpoint(signText(`${ORIGIN}\n42\n${hash}\nother extension\ntime 1700000000\n`, log.signerKey), log.verifierKey);
    expect(withExtension.time).toEqual(new Date(1_700_000_000_000));
  });

  it('refuses to sign what it could not open again', () => {
    const good = { origin: ORIGIN, size: 1, rootHash, time };
    expect(() => signCheckpoint({ ...good, origin: 'two\nlines' }, log.signerKey)).toThrow(TypeError);
    expect(() => signCheckpoint({ ...good, origin: '' }, log.signerKey)).toThrow(TypeError);
    expect(() => signCheckpoint({ ...good, size: -1 }, log.signerKey)).toThrow(RangeError);
    expect(() => signCheckpoint({ ...good, size: 1.5 }, log.signerKey)).toThrow(RangeError);
    expect(() => signCheckpoint({ ...good, rootHash: rootHash.subarray(1) }, log.signerKey)).toThrow(TypeError);
    expect(() => signCheckpoint({ ...good, time: new Date(Number.NaN) }, log.signerKey)).toThrow(RangeError);
    expect(() => signCheckpoint(good, log.verifierKey)).toThrow(/PRIVATE\+KEY/);
  });
});
