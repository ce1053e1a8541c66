import { expect } from '@open-wc/testing';
import {
  CheckpointError,
  leafHash,
  openCheckpoint,
  recordHash,
  verifierKeyFingerprint,
  verifyEvidence,
  verifyInclusion,
  type EvidenceRecordView,
  type InclusionAnswer,
  type TextSnapshotView,
} from './index.js';
import { fromHex } from './bytes.js';

// The verifier in real Chromium (WebCrypto's SHA-256 and Ed25519 as the console's page has them),
// on evidence a real ledger made: fixture.test-helper.json, which server-sync's
// verifier-agreement test regenerates and keeps in step with the ledger.

interface Fixture {
  verifierKey: string;
  otherVerifierKey: string;
  records: EvidenceRecordView[];
  texts: Record<string, TextSnapshotView>;
  proofs: Record<string, InclusionAnswer>;
}

// Fetched, not imported: the test server serves the JSON file as it is, with no JSON module plugin.
const load = async (): Promise<Fixture> => (await fetch(new URL('./fixture.test-helper.json', import.meta.url))).json();
const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const hexPath = (answer: InclusionAnswer) => answer.proof.map((step) => fromHex(step)!);

describe('@assent/console/verify in Chromium', () => {
  let fixture: Fixture;
  before(async () => {
    fixture = await load();
  });

  it('opens the ledger’s checkpoint with its verifier key: origin, size, root, time', async () => {
    const note = fixture.proofs[fixture.records[0]!.recordId]!.checkpoint;
    const opened = await openCheckpoint(note, fixture.verifierKey);
    expect(opened.origin).to.equal('ledger.test/consent-log');
    expect(opened.size).to.equal(fixture.records.length);
    expect(opened.rootHash).to.be.instanceOf(Uint8Array);
    expect(opened.rootHash.length).to.equal(32);
    expect(opened.time?.toISOString()).to.equal('2026-11-02T09:00:13.000Z');
    expect(opened.text).to.equal(note.slice(0, note.indexOf('\n\n') + 1));
  });

  it('refuses a checkpoint signed by another key, altered, or malformed, with a CheckpointError code', async () => {
    const note = fixture.proofs[fixture.records[0]!.recordId]!.checkpoint;
    const codeOf = async (text: string, key = fixture.verifierKey) => {
      const error = await rejection(openCheckpoint(text, key));
      expect(error).to.be.instanceOf(CheckpointError);
      return (error as CheckpointError).code;
    };
    expect(await codeOf(note, fixture.otherVerifierKey)).to.equal('unknown-key');
    expect(await codeOf(note.replace(`\n${fixture.records.length}\n`, `\n${fixture.records.length + 1}\n`))).to.equal('bad-signature');
    expect(await codeOf(note.replace('\n\n', '\n'))).to.equal('malformed');
    expect(await codeOf(note.replace('\n', '\r\n'))).to.equal('malformed');
    expect(await rejection(openCheckpoint(note, 'not a key'))).to.be.instanceOf(TypeError);
  });

  it('recomputes every record hash and verifies every inclusion proof; a wrong index or malformed input answers false', async () => {
    for (const record of fixture.records) {
      expect(await recordHash(record)).to.equal(record.hash);
      const answer = fixture.proofs[record.recordId]!;
      const { size, rootHash } = await openCheckpoint(answer.checkpoint, fixture.verifierKey);
      const leaf = await leafHash(record.hash);
      expect(await verifyInclusion(leaf, answer.leafIndex, size, hexPath(answer), rootHash)).to.equal(true);
      expect(await verifyInclusion(leaf, (answer.leafIndex + 1) % size, size, hexPath(answer), rootHash)).to.equal(false);
      expect(await verifyInclusion(leaf.slice(1), answer.leafIndex, size, hexPath(answer), rootHash)).to.equal(false);
      expect(await verifyInclusion(leaf, -1, size, hexPath(answer), rootHash)).to.equal(false);
      expect(await verifyInclusion(leaf, answer.leafIndex, Number.NaN, hexPath(answer), rootHash)).to.equal(false);
      expect(await verifyInclusion(leaf, answer.leafIndex, size, answer.proof as unknown as Uint8Array[], rootHash)).to.equal(false);
    }
  });

  it('verifyEvidence finds the real answer ok, and names what was tampered with', async () => {
    const check = await verifyEvidence(fixture);
    expect(check.problems).to.deep.equal([]);
    expect(check.ok).to.equal(true);
    expect(check.records.map((record) => [record.hash, record.chain, record.inclusion])).to.deep.equal(fixture.records.map(() => ['ok', 'ok', 'verified']));
    expect(Object.values(check.texts)).to.include('ok');

    const copy = structuredClone(fixture);
    copy.records[1]!.categories.analytics = !copy.records[1]!.categories.analytics;
    const [textHash] = Object.keys(copy.texts);
    copy.texts[textHash!]!.texts[0] = 'We never use cookies.';
    const tampered = await verifyEvidence(copy);
    expect(tampered.ok).to.equal(false);
    expect(tampered.records[1]).to.include({ hash: 'mismatch', chain: 'ok', inclusion: 'failed' });
    expect(tampered.records[1]!.problems[0]).to.equal("The record's contents do not match its hash: it was changed after it was sealed.");
    expect(tampered.texts[textHash!]).to.equal('mismatch');
    expect(tampered.records.filter((record) => record.problems.length)).to.have.length(1);
  });

  it('gives a short fingerprint of the verifier key, the same with the trailing newline of GET /v1/log/key', async () => {
    const fingerprint = await verifierKeyFingerprint(fixture.verifierKey);
    expect(fingerprint).to.match(/^[0-9a-f]{16}$/);
    expect(await verifierKeyFingerprint(`${fixture.verifierKey}\n`)).to.equal(fingerprint);
    expect(await verifierKeyFingerprint(fixture.otherVerifierKey)).not.to.equal(fingerprint);
  });
});
