import { describe, expect, it } from 'vitest';
import { EvidenceInputError } from '../evidence/validate.js';
import { decisionInput, useStores } from '../storage/stores.test-helper.js';
import { createLedger, type Ledger } from './create-ledger.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');

describe.each(useStores())('ledger on $name', (kind) => {
  const setup = async (skip: () => void, options: { maxBatch?: number } = {}) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now, services: ['matomo', 'google-ads'], ...options });
    return { db, clock, ledger };
  };

  it('records a decision with server time, keeps client time beside it, and re-applies the validity', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const input = decisionInput({ subjectId: 'user-42' });
    const { record, created } = await ledger.record(input, { ip: '203.0.113.0', userAgent: 'UA/1', origin: 'https://shop.example' });
    expect(created).toBe(true);
    expect(record).toMatchObject({ seq: 1, event: 'given', prevHash: '', subjectId: 'user-42', ip: '203.0.113.0', origin: 'https://shop.example' });
    expect(record.recordedAt).toBe(new Date(START).toISOString());
    expect(record.clientTime).toBe('2026-01-01T10:00:00.000Z');
    // 182 days between client updatedAt and expiresAt, counted from server time.
    expect(record.expiresAt).toBe(new Date(START + 182 * DAY).toISOString());
    expect(await ledger.current('consent-0001')).toEqual(record);
  });

  it('returns the stored record for a repeated record id instead of appending a duplicate', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const input = decisionInput();
    const first = await ledger.record(input);
    clock.now += 1000;
    const again = await ledger.record({ ...input, categories: { necessary: true, advertising: true } });
    const concurrent = await Promise.all([ledger.record(input), ledger.record(input)]);
    expect(again).toEqual({ record: first.record, created: false });
    expect(concurrent.map((outcome) => outcome.created)).toEqual([false, false]);
    expect(await ledger.history('consent-0001')).toHaveLength(1);
  });

  it('chains records of one consent id by hash and names the event from the chain', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const given = await ledger.record(decisionInput({ method: 'accept-all' }));
    clock.now += DAY;
    const updated = await ledger.record(decisionInput({ method: 'custom' }));
    clock.now += DAY;
    const withdrawn = await ledger.record(decisionInput({ method: 'withdraw', categories: { necessary: true } }));
    clock.now += DAY;
    const renewed = await ledger.record(decisionInput({ method: 'accept-all', revision: '2' }));
    const history = await ledger.history('consent-0001');
    const none = { categories: [], services: [] };
    expect(history.map((record) => [record.seq, record.event, record.withdrawn])).toEqual([
      [1, 'given', none],
      [2, 'updated', none],
      [3, 'withdrawn', { categories: ['analytics'], services: [] }],
      [4, 'renewed', none],
    ]);
    expect(updated.record.prevHash).toBe(given.record.hash);
    expect(withdrawn.record.prevHash).toBe(updated.record.hash);
    expect(renewed.record.prevHash).toBe(withdrawn.record.hash);
    expect(await ledger.verify()).toMatchObject({ ok: true, consents: 1, records: 4, problems: [], log: { treeSize: 4 } });
  });

  it('answers check() with granted/denied, revision and expiry; expired is not granted', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    expect(await ledger.check('consent-0001', 'analytics')).toMatchObject({ granted: false, status: 'none' });
    const { record } = await ledger.record(decisionInput({ services: { matomo: true, 'google-ads': false } }));
    expect(await ledger.check('consent-0001', 'analytics')).toEqual({
      granted: true,
      status: 'valid',
      revision: '1',
      expiresAt: record.expiresAt,
      recordId: record.recordId,
      withdrawn: false,
    });
    expect((await ledger.check('consent-0001', 'advertising')).granted).toBe(false);
    expect((await ledger.check('consent-0001', 'necessary')).granted).toBe(true);
    expect((await ledger.check('consent-0001', 'matomo')).granted).toBe(true);
    expect((await ledger.check('consent-0001', 'google-ads')).granted).toBe(false);
    expect((await ledger.check('consent-0001', '__proto__')).granted).toBe(false);
    expect(await ledger.check('consent-0001', 'analytics', { revision: '2' })).toMatchObject({ granted: false, status: 'revision-changed' });
    clock.now = Date.parse(record.expiresAt);
    expect(await ledger.check('consent-0001', 'analytics')).toMatchObject({ granted: false, status: 'expired', expiresAt: record.expiresAt });
  });

  it('batches concurrent writes without forking a chain, also across two ledgers on one database', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip, { maxBatch: 16 });
    const other = createLedger({ storage: await db.open(), maxBatch: 7 });
    const writes = Array.from({ length: 120 }, (_, index) =>
      (index % 2 ? ledger : other).record(decisionInput({ consentId: index % 3 ? 'consent-shared' : `consent-${index}` })),
    );
    const outcomes = await Promise.all(writes);
    expect(outcomes.every((outcome) => outcome.created)).toBe(true);
    const shared = await ledger.history('consent-shared');
    expect(shared.map((record) => record.seq)).toEqual(Array.from({ length: 80 }, (_, index) => index + 1));
    expect(new Set(shared.map((record) => record.prevHash)).size).toBe(80);
    const report = await ledger.verify();
    expect(report).toMatchObject({ ok: true, records: 120, consents: 41 });
  });

  it('rejects invalid input and stores nothing', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    await expect(ledger.record(decisionInput({ categories: { necessary: true, ads: true } }))).rejects.toBeInstanceOf(EvidenceInputError);
    await expect(ledger.record(decisionInput({ gpc: 'yes' }))).rejects.toThrow(/gpc/);
    expect(await ledger.history('consent-0001')).toEqual([]);
    expect((await ledger.verify()).records).toBe(0);
  });

  describe('verify() detects tampering', () => {
    // What PostgreSQL keeps besides the records (the head record checks read, evidence_keys) shows the edit too.
    const onPostgres = (problems: object[]) => (kind.name === 'postgres' ? problems : []);
    const threeRecords = async (ctx: { skip: () => void }) => {
      const context = await setup(ctx.skip);
      for (const method of ['accept-all', 'custom', 'reject-all']) {
        await context.ledger.record(decisionInput({ method }));
        context.clock.now += DAY;
      }
      await context.ledger.record(decisionInput({ consentId: 'consent-other' }));
      expect((await context.ledger.verify()).ok).toBe(true);
      return context;
    };

    it('an edited record', async (ctx) => {
      const { db, ledger } = await threeRecords(ctx);
      await db.exec(
        `UPDATE evidence_records SET categories = '{"necessary":true,"analytics":true,"advertising":true,"functional":true}' WHERE consent_id = 'consent-0001' AND seq = 2`,
      );
      expect((await ledger.verify()).problems).toEqual([{ consentId: 'consent-0001', seq: 2, problem: 'hash-mismatch' }]);
    });

    it('an edited identifying field', async (ctx) => {
      const { db, ledger } = await threeRecords(ctx);
      await db.exec(`UPDATE evidence_records SET ip = '198.51.100.0' WHERE consent_id = 'consent-0001' AND seq = 1`);
      expect((await ledger.verify()).problems).toEqual([{ consentId: 'consent-0001', seq: 1, problem: 'identity-mismatch' }]);
    });

    it('identifying fields rewritten with the salt blanked, unless the record really is erased', async (ctx) => {
      const { db, ledger } = await setup(ctx.skip);
      const erasedAt = "'2026-03-05T00:00:00.000Z'";
      const edits = [
        `subject_id = 'victim-7', identity_salt = ''`,
        `ip = '198.51.100.0', identity_salt = ''`,
        `identity_salt = ''`,
        `identity_salt = '', erased_at = ${erasedAt}`,
        // An erased (anonymous) record with an IP attached afterwards.
        `subject_id = NULL, ip = '198.51.100.0', user_agent = '', identity_salt = '', erased_at = ${erasedAt}`,
        `subject_id = '', ip = '', user_agent = '', identity_salt = '', erased_at = ${erasedAt}`,
      ];
      for (const _ of edits)
        await ledger.record(decisionInput({ consentId: 'consent-tamper', subjectId: 'user-42' }), { ip: '203.0.113.0', userAgent: 'UA/1' });
      await ledger.record(decisionInput({ consentId: 'consent-erased', subjectId: 'user-43' }), { ip: '203.0.113.0', userAgent: 'UA/1' });
      for (const [index, edit] of edits.entries())
        await db.exec(`UPDATE evidence_records SET ${edit} WHERE consent_id = 'consent-tamper' AND seq = ${index + 1}`);
      // A real erasure blanks the salt together with every identifying field: still valid.
      await db.exec(
        `UPDATE evidence_records SET subject_id = NULL, ip = '', user_agent = '', identity_salt = '', erased_at = ${erasedAt} WHERE consent_id = 'consent-erased'`,
      );
      expect((await ledger.verify()).problems).toEqual([
        // Erased behind the ledger's back: the head record still holds what the record lost.
        ...onPostgres([{ consentId: 'consent-erased', seq: 1, problem: 'head-record-mismatch' }]),
        ...edits.map((_, index) => ({ consentId: 'consent-tamper', seq: index + 1, problem: 'identity-mismatch' })),
        ...onPostgres([{ consentId: 'consent-tamper', seq: edits.length, problem: 'head-record-mismatch' }]),
      ]);
    });

    it('a removed record', async (ctx) => {
      const { db, ledger } = await threeRecords(ctx);
      await db.exec(`DELETE FROM evidence_records WHERE consent_id = 'consent-0001' AND seq = 2`);
      expect((await ledger.verify()).problems).toEqual([
        { consentId: 'consent-0001', seq: 3, problem: 'sequence-gap' },
        { consentId: 'consent-0001', seq: 3, problem: 'broken-link' },
        ...onPostgres([{ consentId: '', problem: 'keys-without-records' }]),
        // Its leaf in the log stays: the record is missing, not purged.
        { consentId: 'consent-0001', seq: 2, leafIndex: 1, problem: 'record-deleted' },
      ]);
    });

    it('a removed last record', async (ctx) => {
      const { db, ledger } = await threeRecords(ctx);
      await db.exec(`DELETE FROM evidence_records WHERE consent_id = 'consent-0001' AND seq = 3`);
      expect((await ledger.verify()).problems).toEqual([
        { consentId: 'consent-0001', seq: 3, problem: 'missing-records' },
        ...onPostgres([{ consentId: '', problem: 'keys-without-records' }]),
        { consentId: 'consent-0001', seq: 3, leafIndex: 2, problem: 'record-deleted' },
      ]);
    });

    it('reordered records', async (ctx) => {
      const { db, ledger } = await threeRecords(ctx);
      await db.exec(`UPDATE evidence_records SET seq = -1 WHERE consent_id = 'consent-0001' AND seq = 1`);
      await db.exec(`UPDATE evidence_records SET seq = 1 WHERE consent_id = 'consent-0001' AND seq = 2`);
      await db.exec(`UPDATE evidence_records SET seq = 2 WHERE consent_id = 'consent-0001' AND seq = -1`);
      const problems = (await ledger.verify()).problems;
      expect(problems).toContainEqual({ consentId: 'consent-0001', seq: 1, problem: 'broken-link' });
      expect(problems).toContainEqual({ consentId: 'consent-0001', seq: 1, problem: 'hash-mismatch' });
    });

    it('records inserted behind the ledger', async (ctx) => {
      const { db, ledger } = await threeRecords(ctx);
      await db.exec(
        `INSERT INTO evidence_records SELECT 'forged-0001', 'consent-forged', seq, subject_id, event, categories, services, revision, text_hash, locale, method, region, regime, gpc, client_time, recorded_at, expires_at, ip, user_agent, origin, sdk_version, identity_salt, identity_digest, prev_hash, hash, erased_at, withdrawn, NULL, notice, tcf, gpp FROM evidence_records WHERE consent_id = 'consent-other'`,
      );
      expect((await ledger.verify()).problems).toEqual([
        { consentId: '', problem: 'orphan-records' },
        ...onPostgres([{ consentId: '', problem: 'records-without-keys' }]),
        { consentId: 'consent-forged', seq: 1, leafIndex: null, problem: 'record-not-in-log' },
      ]);
    });
  });

  it('exports and erases a subject: link and identifying fields go, evidence and chain stay valid', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const context = { ip: '203.0.113.0', userAgent: 'UA/1', origin: 'https://shop.example' };
    await ledger.record(decisionInput(), context); // before login: same browser, no subject yet
    clock.now += DAY;
    await ledger.record(decisionInput({ subjectId: 'user-42', method: 'accept-all' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-phone', subjectId: 'user-42' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-stranger', subjectId: 'user-7' }), context);

    const exported = await ledger.exportSubject('user-42');
    expect(exported.records.map((record) => [record.consentId, record.seq])).toEqual([
      ['consent-0001', 1],
      ['consent-0001', 2],
      ['consent-phone', 1],
    ]);

    const report = await ledger.eraseSubject('user-42');
    expect(report).toEqual({
      subjectId: 'user-42',
      consentIds: ['consent-0001', 'consent-phone'],
      records: 3,
      fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'],
    });
    expect((await ledger.exportSubject('user-42')).records).toEqual([]);
    for (const record of [...(await ledger.history('consent-0001')), ...(await ledger.history('consent-phone'))]) {
      expect(record).toMatchObject({ subjectId: null, ip: '', userAgent: '', identitySalt: '', erasedAt: new Date(clock.now).toISOString() });
      expect(record.categories.analytics).toBe(true);
    }
    expect((await ledger.history('consent-stranger'))[0]).toMatchObject({ subjectId: 'user-7', ip: '203.0.113.0' });
    expect((await ledger.verify()).ok).toBe(true);
    expect((await ledger.eraseSubject('user-42')).records).toBe(0);
  });

  it('purges evidence past retention after it stopped applying; chains still verify and continue', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const purgeAt = async (retentionDays: number) => ledger.purge({ retentionDays });
    await ledger.record(decisionInput({ method: 'accept-all' })); // superseded at START + 10 days
    clock.now += 10 * DAY;
    await ledger.record(decisionInput({ method: 'reject-all' })); // applies until START + 192 days
    await ledger.record(decisionInput({ consentId: 'consent-short', updatedAt: '2026-01-01T10:00:00.000Z', expiresAt: '2026-01-02T10:00:00.000Z' }));

    clock.now = START + 100 * DAY;
    expect(await purgeAt(365)).toMatchObject({ records: 0, consents: 0 });
    expect(await purgeAt(30)).toMatchObject({ records: 2, consents: 2 }); // the superseded one and the expired one
    expect((await ledger.history('consent-0001')).map((record) => record.seq)).toEqual([2]);
    expect(await ledger.history('consent-short')).toEqual([]);
    expect((await ledger.verify()).ok).toBe(true);

    const next = await ledger.record(decisionInput({ method: 'accept-all' }));
    expect(next.record.seq).toBe(3);
    expect((await ledger.verify()).ok).toBe(true);
    clock.now = START + 10_000 * DAY;
    expect((await ledger.purge()).records).toBe(2);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 0 });
  });

  it('reopens the same database without re-running migrations and keeps every record', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput());
    await ledger.close();
    const reopened: Ledger = createLedger({ storage: await db.open() });
    expect(await reopened.history('consent-0001')).toHaveLength(1);
    expect((await reopened.verify()).ok).toBe(true);
  });
});
