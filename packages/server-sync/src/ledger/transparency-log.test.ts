import { describe, expect, it } from 'vitest';
import { decisionInput, useStores, withoutCopyProblems, type StoreInstance } from '../storage/stores.test-helper.js';
import { generateLogKey, openCheckpoint } from '../transparency-log/index.js';
import { createLedger, type Ledger } from './create-ledger.js';
import { rfcLeaf, rfcRoot, rfcVerifyConsistency, rfcVerifyInclusion } from './rfc9162.test-helper.js';

const START = Date.parse('2026-03-01T12:00:00.000Z');
const KEY = generateLogKey('ledger.test/consent-log');
const hex = (hashes: string[]) => hashes.map((hash) => Buffer.from(hash, 'hex'));
const rootOf = (note: string) => openCheckpoint(note, KEY.verifierKey).rootHash;

describe.each(useStores())('transparency log on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const open = async (storage?: Awaited<ReturnType<StoreInstance['open']>>) =>
      createLedger({
        storage: storage ?? (await db.open()),
        now: () => clock.now,
        log: { signerKey: KEY.signerKey, checkpointEvery: { records: 0, seconds: 0 } },
      });
    return { db, clock, ledger: await open(), open };
  };
  // Records over several consent ids, in order: receipts carry leaf indexes 0, 1, 2, …
  const fill = async (ledger: Ledger, count: number, clock: { now: number }) => {
    const receipts = [];
    for (let index = 0; index < count; index++) {
      clock.now += 1000;
      receipts.push((await ledger.record(decisionInput({ consentId: `consent-${index % 5}`, method: index % 2 ? 'accept-all' : 'reject-all' }))).record);
    }
    return receipts;
  };
  // The log's problems: these tests rewrite records and log consistently, not PostgreSQL's copies of them.
  const problemsOf = async (ledger: Ledger, witnesses?: string[]) =>
    withoutCopyProblems((await ledger.verify({ witnesses })).problems).map((problem) => problem.problem);

  it('gives every record a leaf in commit order; checkpoints are signed notes over the RFC 9162 root of exactly those leaves', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const receipts = await fill(ledger, 23, clock);
    expect(receipts.map((record) => record.leafIndex)).toEqual([...Array(23).keys()]);
    const checkpoint = (await ledger.log.checkpoint({ fresh: true }))!;
    const opened = openCheckpoint(checkpoint.note, KEY.verifierKey);
    expect(opened).toMatchObject({ origin: 'ledger.test/consent-log', size: 23 });
    expect(opened.rootHash.equals(rfcRoot(receipts.map((record) => rfcLeaf(Buffer.from(record.hash, 'hex')))))).toBe(true);
    // A resent record keeps its leaf: no second leaf for one record.
    const resent = await ledger.record({ ...decisionInput({ consentId: 'consent-0' }), recordId: receipts[0]!.recordId });
    expect(resent).toMatchObject({ created: false, record: { leafIndex: 0 } });
    expect((await ledger.storage.log.state()).treeSize).toBe(23);
    expect(await ledger.verify()).toMatchObject({ ok: true, log: { treeSize: 23, checkpoints: 1, signaturesChecked: true } });
  });

  it('proves inclusion of every record and consistency between checkpoints, checked by an independent RFC 9162 verifier', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const receipts = await fill(ledger, 37, clock);
    const first = (await ledger.log.checkpoint({ fresh: true }))!;
    clock.now += 5000;
    receipts.push(...(await fill(ledger, 30, clock)));
    for (const record of receipts) {
      const proof = (await ledger.log.inclusion(record.recordId))!;
      // In the latest checkpoint that covers it: the first one for the first 37 records until a later one is made.
      expect(proof).toMatchObject({ recordId: record.recordId, recordHash: record.hash, leafIndex: record.leafIndex });
      expect(proof.treeSize).toBeGreaterThan(record.leafIndex!);
      const leaf = rfcLeaf(Buffer.from(record.hash, 'hex'));
      expect(rfcVerifyInclusion(leaf, proof.leafIndex, proof.treeSize, hex(proof.proof), rootOf(proof.checkpoint))).toBe(true);
      // The same proof for another record, or another index, does not hold.
      expect(rfcVerifyInclusion(leaf, (proof.leafIndex + 1) % proof.treeSize, proof.treeSize, hex(proof.proof), rootOf(proof.checkpoint))).toBe(false);
    }
    const second = (await ledger.log.checkpoint())!;
    expect(second.treeSize).toBe(67);
    const proof = hex(await ledger.log.consistency(first.treeSize, second.treeSize));
    expect(rfcVerifyConsistency(37, 67, rootOf(first.note), rootOf(second.note), proof)).toBe(true);
    expect(rfcVerifyConsistency(37, 67, rootOf(second.note), rootOf(first.note), proof)).toBe(false);
    expect(await ledger.log.inclusion('r-not-a-record')).toBeUndefined();
  });

  it('verify detects a deleted whole chain, even with its chain row gone', async (ctx) => {
    const { db, ledger, clock } = await setup(ctx.skip);
    await fill(ledger, 20, clock);
    await db.exec(`DELETE FROM evidence_records WHERE consent_id = 'consent-3'; DELETE FROM consent_chains WHERE consent_id = 'consent-3'`);
    const problems = (await ledger.verify()).problems;
    expect(problems.filter((problem) => problem.problem === 'record-deleted').map((problem) => [problem.consentId, problem.seq])).toEqual([
      ['consent-3', 1],
      ['consent-3', 2],
      ['consent-3', 3],
      ['consent-3', 4],
    ]);
  });

  it('verify detects a chain rewritten with its head moved, and the log rewritten to match, against the signed checkpoint', async (ctx) => {
    const { db, ledger, clock } = await setup(ctx.skip);
    await fill(ledger, 20, clock);
    await ledger.log.checkpoint({ fresh: true });
    // Rewrite consent-2's chain as if the visitor had accepted everything, re-hashing every record and
    // moving the head: the chains verify, the record no longer matches its leaf.
    const { recordHash } = await import('../evidence/hash.js');
    const rewritten = await ledger.history('consent-2');
    let prevHash = '';
    for (const record of rewritten) {
      const forged = { ...record, categories: { ...record.categories, advertising: true }, prevHash };
      forged.hash = recordHash(forged);
      await db.exec(
        `UPDATE evidence_records SET categories = '${JSON.stringify(forged.categories)}', prev_hash = '${prevHash}', hash = '${forged.hash}' WHERE record_id = '${record.recordId}'`,
      );
      prevHash = forged.hash;
    }
    await db.exec(`UPDATE consent_chains SET head_hash = '${prevHash}' WHERE consent_id = 'consent-2'`);
    const problems = withoutCopyProblems((await ledger.verify()).problems);
    expect(problems.every((problem) => problem.problem === 'record-not-in-log' && problem.consentId === 'consent-2')).toBe(true);
    expect(problems).toHaveLength(4);
    // Rewriting the leaves too (and the stored frontier) only moves the mismatch to the checkpoint.
    await db.exec(`UPDATE log_leaves SET record_hash = r.hash FROM evidence_records r WHERE r.leaf_index = log_leaves.leaf_index`);
    const after = await problemsOf(ledger);
    expect(after).not.toContain('record-not-in-log');
    expect(after).toContain('checkpoint-mismatch');
  });

  it('verify detects a cut-off tail: by the stored checkpoint, and by a witness copy when the checkpoints go too', async (ctx) => {
    const { db, ledger, clock, open } = await setup(ctx.skip);
    await fill(ledger, 10, clock);
    const state = await ledger.storage.log.state();
    await fill(ledger, 6, clock);
    const witness = (await ledger.log.checkpoint({ fresh: true }))!.note;
    // Everything written after the first 10 records goes, chains and log state set back consistently.
    await db.exec(`DELETE FROM evidence_records WHERE leaf_index >= 10`);
    await db.exec(`DELETE FROM log_leaves WHERE leaf_index >= 10`);
    await db.exec(`DELETE FROM log_nodes`);
    await db.exec(`UPDATE log_state SET tree_size = 10, frontier = '${state.frontier}'`);
    for (const consent of [0, 1, 2, 3, 4]) {
      const lastSeq = `(SELECT MAX(seq) FROM evidence_records WHERE consent_id = 'consent-${consent}')`;
      // On PostgreSQL the chain row's head copy must name the head's seq (a CHECK); its other fields stay forged.
      const headCopy = kind.name === 'postgres' ? `, head_record = jsonb_set(head_record, '{seq}', to_jsonb(${lastSeq}))` : '';
      await db.exec(
        `UPDATE consent_chains SET head_seq = ${lastSeq}, head_hash = (SELECT hash FROM evidence_records r WHERE r.consent_id = 'consent-${consent}' ORDER BY seq DESC LIMIT 1)${headCopy} WHERE consent_id = 'consent-${consent}'`,
      );
    }
    expect(await problemsOf(ledger)).toEqual(['checkpoint-beyond-log']);
    await db.exec('DELETE FROM log_checkpoints');
    const reopened = await open();
    expect(await problemsOf(reopened)).toEqual([]);
    expect(await problemsOf(reopened, [witness])).toEqual(['checkpoint-beyond-log']);
  });

  it('verify detects a forged checkpoint signature, stored or witnessed', async (ctx) => {
    const { db, ledger, clock } = await setup(ctx.skip);
    await fill(ledger, 5, clock);
    const { note } = (await ledger.log.checkpoint({ fresh: true }))!;
    const impostor = generateLogKey('ledger.test/consent-log');
    const { signCheckpoint } = await import('../transparency-log/index.js');
    const forged = signCheckpoint({ origin: 'ledger.test/consent-log', size: 5, rootHash: Buffer.alloc(32), time: new Date(clock.now) }, impostor.signerKey);
    expect(await problemsOf(ledger, [note])).toEqual([]);
    expect(await problemsOf(ledger, [forged])).toEqual(['checkpoint-signature']);
    // Signed with the right key, but for another log of the same signer: no witness of this one.
    const { rootHash } = openCheckpoint(note, KEY.verifierKey);
    const otherLog = signCheckpoint({ origin: 'ledger.test/other-log', size: 5, rootHash, time: new Date(clock.now) }, KEY.signerKey);
    expect(await problemsOf(ledger, [otherLog])).toEqual(['checkpoint-signature']);
    await db.exec(`UPDATE log_checkpoints SET note = '${forged.replaceAll("'", "''")}'`);
    expect(await problemsOf(ledger)).toEqual(['checkpoint-signature']);
  });

  it('erased and purged records still verify: the leaf covers the record hash, not the identity', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    await ledger.record(decisionInput({ subjectId: 'user-42' }), { ip: '203.0.113.0', userAgent: 'UA', origin: '' });
    await fill(ledger, 8, clock);
    await ledger.log.checkpoint({ fresh: true });
    await ledger.eraseSubject('user-42');
    clock.now += 3 * 365 * 86_400_000;
    expect((await ledger.purge({ retentionDays: 1 })).records).toBeGreaterThan(0);
    expect(await ledger.verify()).toMatchObject({ ok: true, log: { treeSize: 9 } });
  });

  it('gives records written with the log off their leaves when reopened with it on; two processes share one log', async (ctx) => {
    const { db, ledger, clock, open } = await setup(ctx.skip);
    await fill(ledger, 3, clock);
    const off = await open(await db.open({ transparencyLog: false }));
    clock.now += 1000;
    const unlogged = (await off.record(decisionInput({ consentId: 'consent-off' }))).record;
    expect(unlogged.leafIndex).toBeNull();
    expect(await problemsOf(off)).toEqual(['record-not-in-log']);
    const [one, two] = [await open(), await open()];
    expect((await one.current('consent-off'))?.leafIndex).toBe(3);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, index) => (index % 2 ? one : two).record(decisionInput({ consentId: `consent-${index % 7}` }))),
    );
    expect(outcomes.map(({ record }) => record.leafIndex).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, index) => index + 4));
    expect(await one.verify()).toMatchObject({ ok: true, log: { treeSize: 44 } });
  });
});
