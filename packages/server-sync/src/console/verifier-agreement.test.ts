// The console's in-page verifier (@assent/console/verify, WebCrypto only) re-implements the
// ledger's record hash, RFC 9162 inclusion and C2SP checkpoint opening. These tests hold it to what
// the real ledger makes: a ledger on a temporary SQLite file, read through its HTTP API as the
// console reads it, then tampered with; and random inputs given to both sides.
//
// They also guard packages/console/src/verify/fixture.test-helper.json, the evidence the browser
// test checks in Chromium: it must still be what this ledger makes. To remake it after a deliberate
// change of the ledger's formats:
//   ASSENT_WRITE_VERIFY_FIXTURE=1 pnpm exec vitest run packages/server-sync/src/console/verifier-agreement.test.ts
import { sign } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as verify from '@assent/console/verify';
import type { EvidenceRecordView, InclusionAnswer, TextSnapshotView } from '@assent/console/verify';
import { recordHash as ledgerRecordHash } from '../evidence/hash.js';
import { createLedgerHandler } from '../http/handler.js';
import { createLedger } from '../ledger/create-ledger.js';
import { rfcLeaf, rfcRoot } from '../ledger/rfc9162.test-helper.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { hashShownContent } from '../texts/shown-content.js';
import * as log from '../transparency-log/index.js';

const VERIFY_DIR = fileURLToPath(new URL('../../../console/src/verify/', import.meta.url));
const FIXTURE = join(VERIFY_DIR, 'fixture.test-helper.json');
const BASE = 'http://ledger.test';
const API_KEY = 'k-verifier-agreement';
const START = Date.parse('2026-11-02T09:00:00.000Z');
const SHOWN = {
  locale: 'en',
  texts: ['We use cookies to measure visits — only with your consent.', 'Accept all', 'Reject all', 'Réglages ✓ 設定'],
  choices: { necessary: true, analytics: false, advertising: false },
};
const TEXT_HASH = hashShownContent(SHOWN);
const NOTICE = { url: 'https://shop.example/privacy', version: '2026-11', hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' };
const YES = { necessary: true, functional: true, analytics: true, advertising: true };
// A TC string the IAB library decodes (purposes 1, 2, 7; vendor 755), as @assent/tcf writes them.
const TC_STRING = 'CQuf10AQuf10AEsABCENBkFAAMIAAELAAAYgF5wAQF5gXnABAXmAAAAA.IGMwAgF5gMZA';
// GPP strings encoded by the IAB library, as @assent/gpp writes them: California with GPC (sale and
// sharing opted out), and the national section beside the TCF EU v2 section holding TC_STRING as
// is (the library would re-encode it, and refuses to for this one).
const USCA_GPC = (() => {
  const model = new GppModel();
  for (const [field, value] of [
    ['SaleOptOutNotice', 1],
    ['SharingOptOutNotice', 1],
    ['SaleOptOut', 1],
    ['SharingOptOut', 1],
    ['GpcSegmentIncluded', true],
    ['Gpc', true],
  ] as const)
    model.setFieldValue('usca', field, value);
  return model.encode();
})();
const TCF_AND_USNAT = (() => {
  const model = new GppModel();
  for (const [field, value] of [
    ['SharingNotice', 1],
    ['SaleOptOutNotice', 1],
    ['SaleOptOut', 2],
    ['SharingOptOut', 2],
    ['TargetedAdvertisingOptOut', 2],
  ] as const)
    model.setFieldValue('usnat', field, value);
  const header = new HeaderV1();
  header.setFieldValue('SectionIds', [2, 7]);
  return [header.encode(), TC_STRING, model.encodeSection('usnat')].join('~');
})();
const US = { region: 'US-CA', regime: 'opt-out' } as const;
// Six consent ids: a subject's choices changed and then withdrawn, a decision with a privacy
// notice (hash format v3) later withdrawn under a notice without hash, one from Austria with GPC,
// two decisions with IAB TCF evidence (v4), then GPP evidence (v5): a Californian's GPC opt-out
// (usca, no TCF) refined later, and a TCF decision whose GPP string carries the tcfeuv2 section.
const DECISIONS = [
  { consentId: 'c-fixture-alpha', subjectId: 'user-42', method: 'custom', textHash: TEXT_HASH, categories: { ...YES, functional: false, advertising: false } },
  { consentId: 'c-fixture-beta', method: 'accept-all', categories: YES, notice: NOTICE },
  { consentId: 'c-fixture-alpha', subjectId: 'user-42', method: 'custom', textHash: TEXT_HASH, categories: { ...YES, advertising: false } },
  {
    consentId: 'c-fixture-gamma',
    method: 'reject-all',
    locale: 'de',
    region: 'AT',
    gpc: true,
    categories: { ...YES, functional: false, analytics: false, advertising: false },
  },
  {
    consentId: 'c-fixture-alpha',
    subjectId: 'user-42',
    method: 'reject-all',
    textHash: TEXT_HASH,
    categories: { ...YES, functional: false, analytics: false, advertising: false },
  },
  { consentId: 'c-fixture-beta', method: 'custom', categories: { ...YES, advertising: false }, notice: { url: NOTICE.url, version: '2026-12' } },
  { consentId: 'c-fixture-gamma', method: 'custom', locale: 'de', region: 'AT', gpc: true, categories: { ...YES, advertising: false } },
  // IAB TCF evidence (hash format v4): a TC string with Google's AC string, then one without it under a notice.
  { consentId: 'c-fixture-delta', method: 'accept-all', categories: YES, tcf: { tcString: TC_STRING, addtlConsent: '2~2008~dv.89' } },
  { consentId: 'c-fixture-delta', method: 'custom', categories: { ...YES, advertising: false }, notice: NOTICE, tcf: { tcString: TC_STRING } },
  // IAB GPP evidence (hash format v5).
  {
    consentId: 'c-fixture-epsilon',
    method: 'gpc',
    ...US,
    gpc: true,
    categories: { ...YES, advertising: false },
    gpp: { gppString: USCA_GPC, applicableSections: [8] },
  },
  {
    consentId: 'c-fixture-epsilon',
    method: 'custom',
    ...US,
    gpc: true,
    categories: { ...YES, analytics: false, advertising: false },
    notice: NOTICE,
    gpp: { gppString: USCA_GPC, applicableSections: [8] },
  },
  {
    consentId: 'c-fixture-delta',
    method: 'accept-all',
    categories: YES,
    tcf: { tcString: TC_STRING },
    gpp: { gppString: TCF_AND_USNAT, applicableSections: [2] },
  },
];

interface Evidence {
  verifierKey: string;
  otherVerifierKey: string;
  records: EvidenceRecordView[];
  texts: Record<string, TextSnapshotView>;
  proofs: Record<string, InclusionAnswer>;
}

/** Records DECISIONS in a real ledger and reads everything back through the HTTP API. */
async function makeEvidence(dir: string): Promise<Evidence> {
  const key = log.generateLogKey('ledger.test/consent-log');
  const clock = { now: START };
  const ledger = createLedger({
    storage: openSqliteStorage(join(dir, `ledger-${Date.now()}-${Math.random()}.sqlite`)),
    now: () => clock.now,
    log: { signerKey: key.signerKey, checkpointEvery: { records: 0, seconds: 0 } },
  });
  try {
    const handler = createLedgerHandler({ ledger, apiKeys: [API_KEY], allowedOrigins: ['https://shop.example'], rateLimit: false, now: () => clock.now });
    const call = async (path: string, init: RequestInit = {}) => {
      const headers = { origin: 'https://shop.example', 'user-agent': 'Mozilla/5.0 (fixture)', authorization: `Bearer ${API_KEY}`, ...init.headers };
      const response = await handler(new Request(`${BASE}${path}`, { ...init, headers }), { remoteAddress: '203.0.113.7' });
      expect(response.status, path).toBeLessThan(300);
      return response;
    };
    for (const [index, decision] of DECISIONS.entries()) {
      clock.now += 1000;
      const body = decisionInput({ recordId: `r-fixture-${String(index + 1).padStart(4, '0')}`, ...decision });
      await call('/v1/consents', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    }
    await call('/v1/texts', { method: 'POST', body: JSON.stringify({ textHash: TEXT_HASH, ...SHOWN }), headers: { 'content-type': 'application/json' } });
    clock.now += 1000;
    await ledger.log.checkpoint({ fresh: true });
    const evidence: Evidence = {
      verifierKey: '',
      otherVerifierKey: log.generateLogKey('ledger.test/consent-log').verifierKey,
      records: [],
      texts: {},
      proofs: {},
    };
    for (const consentId of new Set(DECISIONS.map((decision) => decision.consentId))) {
      const answer = (await (await call(`/v1/consents/${consentId}/records`)).json()) as Pick<Evidence, 'records' | 'texts'>;
      evidence.records.push(...answer.records);
      Object.assign(evidence.texts, answer.texts);
    }
    for (const record of evidence.records) evidence.proofs[record.recordId] = await (await call(`/v1/log/inclusion/${record.recordId}`)).json();
    evidence.verifierKey = (await (await call('/v1/log/key')).text()).trim();
    expect(evidence.verifierKey).toBe(key.verifierKey);
    return evidence;
  } finally {
    await ledger.close();
  }
}

// What a regenerated fixture must repeat: everything but the random salts, the hashes they feed
// and the key that signs (a fresh one each time).
const invariant = (evidence: Evidence) => ({
  records: evidence.records.map(({ identitySalt, identityDigest, hash, prevHash, ...rest }) => ({
    ...rest,
    salted: [identitySalt, identityDigest].map((value) => /^[0-9a-f]{32,64}$/.test(value ?? '')),
    hash: /^[0-9a-f]{64}$/.test(hash),
    linked: prevHash !== '',
  })),
  texts: evidence.texts,
  proofs: Object.values(evidence.proofs).map(({ recordId, leafIndex, treeSize, proof, checkpoint }) => ({
    recordId,
    leafIndex,
    treeSize,
    steps: proof.length,
    checkpoint: checkpoint.split('\n').filter((line, index) => index !== 2 && !line.startsWith('\u2014')),
  })),
  keyName: evidence.verifierKey.split('+')[0],
});

// The ledger's own record type, which the view must stay structurally close to.
type LedgerRecord = Parameters<typeof ledgerRecordHash>[0];
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const formatOf = (record: EvidenceRecordView) => JSON.parse(verify.recordHashInput(record))[0];
let dir: string;
let evidence: Evidence;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-verifier-agreement-'));
  evidence = await makeEvidence(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the console verifier agrees with the real ledger', () => {
  it('recomputes every record hash the ledger sealed (formats v2 to v5, a withdrawal among them), and a v1 record', async () => {
    expect(evidence.records).toHaveLength(DECISIONS.length);
    for (const record of evidence.records) expect(await verify.recordHash(record)).toBe(record.hash);
    expect(new Set(evidence.records.map(formatOf))).toEqual(new Set(['assent-evidence-v2', 'assent-evidence-v3', 'assent-evidence-v4', 'assent-evidence-v5']));
    expect(evidence.records.filter((record) => record.event === 'withdrawn').map((record) => record.withdrawn)).toEqual([
      { categories: ['analytics', 'functional'], services: [] },
      { categories: ['advertising'], services: [] },
      { categories: ['advertising'], services: [] },
      { categories: ['analytics'], services: [] },
    ]);
    // Records sealed before `withdrawn` existed carry null: the original layout.
    const legacy = { ...clone(evidence.records[0]!), withdrawn: null, notice: null, tcf: null, gpp: null };
    expect(formatOf(legacy)).toBe('assent-evidence-v1');
    expect(await verify.recordHash(legacy)).toBe(ledgerRecordHash(legacy as LedgerRecord));
  });

  it('opens every checkpoint exactly as the ledger does, and every inclusion proof verifies', async () => {
    for (const record of evidence.records) {
      const answer = evidence.proofs[record.recordId]!;
      const opened = await verify.openCheckpoint(answer.checkpoint, evidence.verifierKey);
      const theirs = log.openCheckpoint(answer.checkpoint, evidence.verifierKey);
      expect({ ...opened, rootHash: Buffer.from(opened.rootHash) }).toEqual(theirs);
      const leaf = await verify.leafHash(record.hash);
      expect(Buffer.from(leaf)).toEqual(log.leafHash(record.hash));
      const path = answer.proof.map((step) => Buffer.from(step, 'hex'));
      expect(await verify.verifyInclusion(leaf, answer.leafIndex, opened.size, path, opened.rootHash)).toBe(true);
      expect(await verify.verifyInclusion(leaf, (answer.leafIndex + 1) % opened.size, opened.size, path, opened.rootHash)).toBe(false);
    }
  });

  it('verifyEvidence finds the whole answer ok: hashes, chains, inclusion, the text snapshot', async () => {
    const check = await verify.verifyEvidence(evidence);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    // decisionInput's placeholder text hash has no snapshot, as with decisions made by a backend.
    expect(check.texts).toEqual({ [TEXT_HASH]: 'ok', 'sha256:abc': 'unchecked' });
    for (const record of check.records) {
      expect(record).toMatchObject({ hash: 'ok', chain: 'ok', inclusion: 'verified', problems: [] });
      expect(record.checkpoint).toEqual({
        origin: 'ledger.test/consent-log',
        size: DECISIONS.length,
        time: new Date(START + (DECISIONS.length + 1) * 1000).toISOString(),
      });
    }
    expect(await verify.verifierKeyFingerprint(`${evidence.verifierKey}\n`)).toMatch(/^[0-9a-f]{16}$/);
    expect(await verify.verifierKeyFingerprint(evidence.verifierKey)).not.toBe(await verify.verifierKeyFingerprint(evidence.otherVerifierKey));
  });
});

describe('the console verifier runs in any page', () => {
  it('imports nothing but its own files: no node: modules, no dependencies', () => {
    const sources = readdirSync(VERIFY_DIR).filter((name) => name.endsWith('.ts') && !name.includes('.test'));
    expect(sources).toContain('index.ts');
    for (const name of sources) {
      // Code only: the comments may well name what the code avoids.
      const source = readFileSync(join(VERIFY_DIR, name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const imported = [...source.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]);
      expect(
        imported.filter((specifier) => !specifier?.startsWith('./')),
        name,
      ).toEqual([]);
      expect(source, name).not.toMatch(/\b(?:require|process|Buffer)\b/);
    }
  });

  it('rejects, rather than calling every record tampered with, where the page has no WebCrypto', async () => {
    vi.stubGlobal('crypto', {});
    try {
      await expect(verify.verifyEvidence(evidence)).rejects.toThrow(/HTTPS/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the console verifier notices tampering', () => {
  const tampered = async (change: (copy: Evidence) => void) => {
    const copy = clone(evidence);
    change(copy);
    return verify.verifyEvidence(copy);
  };
  const recordOf = (check: verify.EvidenceCheck, seq: number, consentId = 'c-fixture-alpha') =>
    check.records.find((record) => record.consentId === consentId && record.seq === seq)!;
  const find = (copy: Evidence, seq: number, consentId = 'c-fixture-alpha') =>
    copy.records.find((record) => record.consentId === consentId && record.seq === seq)!;

  it('a category value changed in the JSON: hash mismatch, and the log holds other contents', async () => {
    const check = await tampered((copy) => void (find(copy, 2).categories.analytics = false));
    expect(check.ok).toBe(false);
    expect(recordOf(check, 2)).toMatchObject({ hash: 'mismatch', chain: 'ok', inclusion: 'failed' });
    expect(recordOf(check, 2).problems[0]).toBe("The record's contents do not match its hash: it was changed after it was sealed.");
    expect(recordOf(check, 2).problems[1]).toMatch(/^The log holds other contents for it/);
    expect(check.records.filter((record) => record.problems.length)).toHaveLength(1);
  });

  it('a record re-sealed with a new hash after a change: its hash holds, the next link and the log do not', async () => {
    const check = await tampered((copy) => {
      const record = find(copy, 2);
      record.categories.advertising = true;
      record.hash = ledgerRecordHash(record as LedgerRecord);
    });
    expect(recordOf(check, 2)).toMatchObject({ hash: 'ok', chain: 'ok', inclusion: 'failed' });
    expect(recordOf(check, 3)).toMatchObject({ hash: 'ok', chain: 'broken', inclusion: 'verified' });
  });

  it('prevHash changed: the chain is broken (and the hash no longer matches, since it covers prevHash)', async () => {
    const check = await tampered((copy) => void (find(copy, 3).prevHash = find(copy, 1).hash));
    expect(recordOf(check, 3)).toMatchObject({ chain: 'broken', hash: 'mismatch' });
    expect(recordOf(check, 3).problems).toContain(
      'It does not link to the record before it (record 2): one of the two was changed or replaced after it was sealed.',
    );
    const first = await tampered((copy) => void (find(copy, 1).prevHash = find(copy, 3).hash));
    expect(recordOf(first, 1).problems).toContain('It is the first record of its consent id, yet it points to an earlier record.');
  });

  it('a record left out of the answer: the gap breaks the chain', async () => {
    const check = await tampered((copy) => void copy.records.splice(copy.records.indexOf(find(copy, 2)), 1));
    expect(recordOf(check, 3)).toMatchObject({ chain: 'broken', hash: 'ok', inclusion: 'verified' });
    expect(recordOf(check, 3).problems[0]).toMatch(/^Record 2 of this consent id is missing, though retention purged none of them/);
    expect(check.ok).toBe(false);
  });

  it('the checkpoint text altered, or another key: inclusion failed with the CheckpointError reason', async () => {
    const altered = await tampered((copy) => {
      for (const answer of Object.values(copy.proofs))
        answer.checkpoint = answer.checkpoint.replace(/\ntime (\d+)\n/, (_, seconds) => `\ntime ${Number(seconds) - 3600}\n`);
    });
    expect(altered.records.every((record) => record.inclusion === 'failed' && !record.checkpoint)).toBe(true);
    expect(altered.records[0]!.problems).toEqual([expect.stringContaining('(bad-signature: the signature by ledger.test/consent-log does not verify)')]);
    const otherKey = await verify.verifyEvidence({ ...evidence, verifierKey: evidence.otherVerifierKey });
    expect(otherKey.records.every((record) => record.inclusion === 'failed' && record.hash === 'ok')).toBe(true);
    expect(otherKey.records[0]!.problems).toEqual([expect.stringContaining('it is not signed by the verifier key')]);
    expect(otherKey.records[0]!.problems[0]).toContain('(unknown-key: no signature by ledger.test/consent-log+');
    const cut = await tampered(
      (copy) => void (copy.proofs[copy.records[0]!.recordId]!.checkpoint = copy.proofs[copy.records[0]!.recordId]!.checkpoint.replace('\n\n', '\n')),
    );
    expect(cut.records[0]!.problems[0]).toContain('(malformed: no blank line separates the note text from its signatures)');
    const broken = await verify.verifyEvidence({ ...evidence, verifierKey: 'not a key' });
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]).toMatch(/^The verifier key cannot be used/);
  });

  it('a wrong proof element, another leaf index or tree size, a missing proof: not verified', async () => {
    const id = evidence.records[0]!.recordId;
    const wrongStep = await tampered((copy) => void (copy.proofs[id]!.proof[0] = copy.proofs[id]!.proof[0]!.replace(/^./, (c) => (c === '0' ? '1' : '0'))));
    expect(wrongStep.records[0]).toMatchObject({ hash: 'ok', chain: 'ok', inclusion: 'failed' });
    expect(wrongStep.records[0]!.problems).toEqual([
      "Its inclusion proof does not lead to the signed checkpoint's root hash: it is not in the log as the ledger signed it.",
    ]);
    const shortened = await tampered((copy) => void copy.proofs[id]!.proof.pop());
    expect(shortened.records[0]!.inclusion).toBe('failed');
    const moved = await tampered((copy) => void (copy.proofs[id]!.leafIndex += 1));
    expect(moved.records[0]!.inclusion).toBe('failed');
    const resized = await tampered((copy) => void (copy.proofs[id]!.treeSize += 1));
    expect(resized.records[0]!.problems[0]).toMatch(
      new RegExp(`^Its inclusion proof is for a log of ${DECISIONS.length + 1} records, but the checkpoint signs a log of ${DECISIONS.length}`),
    );
    const missing = await tampered((copy) => void (copy.proofs[id] = null as unknown as InclusionAnswer));
    expect(missing.records[0]).toMatchObject({ hash: 'ok', chain: 'ok', inclusion: 'missing' });
    expect(missing.ok).toBe(false);
  });

  it('a text snapshot edited after it was stored: mismatch; a text hash without snapshot: unchecked', async () => {
    const edited = await tampered((copy) => void (copy.texts[TEXT_HASH]!.texts[1] = 'Accept'));
    expect(edited.texts).toEqual({ [TEXT_HASH]: 'mismatch', 'sha256:abc': 'unchecked' });
    expect(edited.ok).toBe(false);
    const none = await tampered((copy) => void (copy.texts = {}));
    expect(none.texts).toEqual({ [TEXT_HASH]: 'unchecked', 'sha256:abc': 'unchecked' });
    expect(none.ok).toBe(true);
  });
});

describe('the console verifier and the ledger agree on random input', () => {
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }));
  const choices = fc.dictionary(text, fc.boolean());
  const ids = fc.array(text, { maxLength: 4 });
  const record = fc.record({
    recordId: text,
    consentId: text,
    seq: fc.oneof(fc.nat(), fc.double()),
    event: fc.constantFrom('given', 'updated', 'withdrawn', 'renewed'),
    categories: choices,
    services: choices,
    revision: text,
    textHash: text,
    locale: text,
    method: text,
    region: text,
    regime: text,
    gpc: fc.boolean(),
    clientTime: text,
    recordedAt: text,
    expiresAt: text,
    origin: text,
    sdkVersion: text,
    identityDigest: text,
    prevHash: text,
    hash: fc.constant(''),
    withdrawn: fc.option(fc.record({ categories: ids, services: ids }), { nil: null }),
    leafIndex: fc.option(fc.nat(), { nil: null }),
    notice: fc.option(fc.record({ url: text, version: text, hash: text }, { requiredKeys: ['url', 'version'] }), { nil: null }),
    tcf: fc.option(fc.record({ tcString: text, addtlConsent: text }, { requiredKeys: ['tcString'] }), { nil: null }),
    gpp: fc.option(fc.record({ gppString: text, applicableSections: fc.array(fc.integer({ min: -1, max: 40 }), { maxLength: 4 }) }), { nil: null }),
  });

  it('record hashes', async () => {
    await fc.assert(
      fc.asyncProperty(record, async (value) => {
        expect(await verify.recordHash(value as EvidenceRecordView)).toBe(ledgerRecordHash(value as LedgerRecord));
      }),
      { numRuns: 300 },
    );
  });

  it('inclusion proofs of random trees, genuine and corrupted', async () => {
    const tree = fc.integer({ min: 1, max: 70 }).chain((size) => fc.tuple(fc.constant(size), fc.nat(size - 1), fc.nat(), fc.nat(31), fc.boolean()));
    await fc.assert(
      fc.asyncProperty(tree, async ([size, index, step, byte, corrupt]) => {
        const leaves = Array.from({ length: size }, (_, i) => rfcLeaf(Buffer.from(`leaf ${i}`)));
        const read = async (level: number, start: number, end: number) =>
          Array.from({ length: end - start }, (_, i) => rfcRoot(leaves.slice((start + i) * 2 ** level, (start + i + 1) * 2 ** level)));
        const root = rfcRoot(leaves);
        // Copies: a one-leaf subtree's hash is the leaf's own Buffer, which must stay intact.
        const proof = (await log.inclusionProof(index, size, read)).map((hash) => Buffer.from(hash));
        if (corrupt && proof.length) proof[step % proof.length]![byte]! ^= 1;
        const ours = await verify.verifyInclusion(leaves[index]!, index, size, proof, root);
        expect(ours).toBe(log.verifyInclusion(leaves[index]!, index, size, proof, root));
        expect(ours).toBe(!(corrupt && proof.length));
      }),
      { numRuns: 200 },
    );
  });

  it('checkpoints with one character changed, removed or added: both accept, or both refuse with the same code', async () => {
    const note = evidence.proofs[evidence.records[0]!.recordId]!.checkpoint;
    const edit = fc.tuple(fc.nat(note.length - 1), fc.constantFrom('', '\n', ' ', '\r', '\u2014', '+', '=', 'A', '0', '1', '\uD800'), fc.boolean());
    const outcome = async (open: () => unknown) => {
      try {
        const { origin, size, rootHash, time } = (await open()) as verify.OpenedCheckpoint;
        return { origin, size, rootHash: Buffer.from(rootHash).toString('hex'), time };
      } catch (error) {
        return (error as { code?: string }).code ?? String(error);
      }
    };
    await fc.assert(
      fc.asyncProperty(edit, async ([at, insert, replace]) => {
        const changed = note.slice(0, at) + insert + note.slice(replace ? at + 1 : at);
        expect(await outcome(() => verify.openCheckpoint(changed, evidence.verifierKey))).toEqual(
          await outcome(() => log.openCheckpoint(changed, evidence.verifierKey)),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the console verifier and the ledger agree on signed notes of unusual shape', () => {
  it('bodies and signature lines made up at random, signed with the key: both accept, or both refuse with the same code', async () => {
    // Signed for real, so that the parsing behind the signature check is reached, not only the check.
    const key = log.generateLogKey('ledger.test/odd-log');
    const signer = log.parseSignerKey(key.signerKey);
    const other = log.parseSignerKey(log.generateLogKey('ledger.test/odd-log').signerKey);
    const root = Buffer.alloc(32, 7).toString('base64');
    // The well-formed value first, two times in three, so that many notes open and each odd line meets well-formed ones.
    const pick = <T>(valid: T, ...odd: T[]) => fc.oneof({ arbitrary: fc.constant(valid), weight: 2 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
    const body = fc.tuple(
      pick('ledger.test/odd-log', '', 'é ü 設定', 'time 5'),
      pick('7', '0', '007', '-1', '9007199254740991', '9007199254740993', '1e3', ''),
      // Unpadded, non-zero padding bits (a second encoding of other bytes), 31 bytes, a trailing space.
      pick(root, root.replace(/=$/, ''), root.replace(/c=$/, 'd='), Buffer.alloc(31).toString('base64'), `${root} `),
      fc.array(pick('time 1764666008', 'time 0', 'time 01', 'time -5', 'time 8640000000000', 'time 8640000000001', 'time  1', 'time', 'other extension', ''), {
        maxLength: 2,
      }),
    );
    const signature = pick('own', 'other-key', 'other-name', 'short', 'long', 'not-base64', 'no-name');
    const signatureLine = (text: string, kind: string) => {
      const by = kind === 'other-key' ? other : signer;
      const id = Buffer.alloc(4);
      id.writeUInt32BE(by.keyId);
      let bytes = Buffer.concat([id, sign(null, Buffer.from(text), by.privateKey)]);
      if (kind === 'short') bytes = bytes.subarray(0, 40);
      if (kind === 'long') bytes = Buffer.concat([bytes, Buffer.alloc(1)]);
      const name = kind === 'other-name' ? 'ledger.test/another-log' : by.name;
      if (kind === 'not-base64') return `\u2014 ${name} ${bytes.toString('base64url')}!`;
      return kind === 'no-name' ? `\u2014 ${bytes.toString('base64')}` : `\u2014 ${name} ${bytes.toString('base64')}`;
    };
    const outcome = async (open: () => unknown) => {
      try {
        const { origin, size, rootHash, time, text } = (await open()) as verify.OpenedCheckpoint;
        return { origin, size, rootHash: Buffer.from(rootHash).toString('hex'), time, text };
      } catch (error) {
        return (error as { code?: string }).code ?? (error as Error).name;
      }
    };
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.array(signature, { minLength: 1, maxLength: 3 }), async ([origin, size, rootLine, extensions], kinds) => {
        const text = `${[origin, size, rootLine, ...extensions].join('\n')}\n`;
        const note = `${text}\n${kinds.map((kind) => `${signatureLine(text, kind)}\n`).join('')}`;
        const ours = await outcome(() => verify.openCheckpoint(note, key.verifierKey));
        expect(ours).toEqual(await outcome(() => log.openCheckpoint(note, key.verifierKey)));
        if (typeof ours === 'object') accepted += 1;
      }),
      { numRuns: 1500 },
    );
    // The property is worth something only if some notes open.
    expect(accepted).toBeGreaterThan(10);
  });
});

describe('the browser fixture (packages/console/src/verify/fixture.test-helper.json)', () => {
  it('is still what this ledger makes, and verifies with the ledger’s own functions', async () => {
    if (process.env.ASSENT_WRITE_VERIFY_FIXTURE) {
      const about = 'Evidence from a real ledger for verify.browser.test.ts. Made by packages/server-sync/src/console/verifier-agreement.test.ts; do not edit.';
      writeFileSync(FIXTURE, `${JSON.stringify({ about, ...evidence }, null, 2)}\n`);
    }
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Evidence;
    expect(invariant(fixture)).toEqual(invariant(evidence));
    for (const record of fixture.records) {
      expect(ledgerRecordHash(record as LedgerRecord)).toBe(record.hash);
      const answer = fixture.proofs[record.recordId]!;
      const { size, rootHash } = log.openCheckpoint(answer.checkpoint, fixture.verifierKey);
      const path = answer.proof.map((step) => Buffer.from(step, 'hex'));
      expect(log.verifyInclusion(log.leafHash(record.hash), answer.leafIndex, size, path, rootHash)).toBe(true);
    }
    for (const [textHash, snapshot] of Object.entries(fixture.texts)) expect(hashShownContent(snapshot)).toBe(textHash);
    expect((await verify.verifyEvidence(fixture)).ok).toBe(true);
  });
});
