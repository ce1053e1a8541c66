// TCF evidence (TC string, AC string) stored with decisions, on a real SQLite file and the real
// PostgreSQL the tests start: kept, returned, covered by the chain, kept on erasure, and added to
// databases made by the previous schema.
import { describe, expect, it } from 'vitest';
import { createLedgerHandler } from '../http/handler.js';
import { documented } from '../http/openapi/responses.test-helper.js';
import { copyProblems, decisionInput, useStores, withoutCopyProblems } from '../storage/stores.test-helper.js';
import { encodeTcString } from '../tcf/tc-string.test-helper.js';
import { createLedger } from './create-ledger.js';

const START = Date.parse('2026-03-01T12:00:00.000Z');
const KEY = 'k_test_0123456789abcdef';
const TCF = { tcString: encodeTcString(), addtlConsent: '2~1.35.41~dv.9.21' };

describe.each(useStores())('TCF evidence on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const ledger = createLedger({ storage: await db.open(), now: () => START });
    return { db, ledger };
  };

  it('is stored with the record, returned by every look-up, and verifies', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const { record } = await ledger.record(decisionInput({ subjectId: 'user-42', tcf: TCF }));
    expect(record.tcf).toEqual(TCF);
    await ledger.record(decisionInput({ consentId: 'consent-plain' }));
    await ledger.record(decisionInput({ tcf: { tcString: TCF.tcString } }));
    expect((await ledger.history('consent-0001')).map((stored) => stored.tcf)).toEqual([TCF, { tcString: TCF.tcString }]);
    expect((await ledger.history('consent-plain'))[0]!.tcf).toBeNull();
    // The export holds every record of the subject's consent ids.
    expect((await ledger.exportSubject('user-42')).records.map((stored) => stored.tcf)).toEqual([TCF, { tcString: TCF.tcString }]);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 3 });
  });

  it('is covered by the hash: a TC string or AC string changed in the database fails verify', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ tcf: TCF }));
    await ledger.record(decisionInput({ consentId: 'consent-other', tcf: TCF }));
    await ledger.record(decisionInput({ consentId: 'consent-third', tcf: TCF }));
    const forged = JSON.stringify({ ...TCF, tcString: encodeTcString({ vendors: [8, 28, 755] }) });
    await db.exec(`UPDATE evidence_records SET tcf = '${forged}' WHERE consent_id = 'consent-0001'`);
    await db.exec(`UPDATE evidence_records SET tcf = '${JSON.stringify({ tcString: TCF.tcString })}' WHERE consent_id = 'consent-other'`);
    await db.exec(`UPDATE evidence_records SET tcf = NULL WHERE consent_id = 'consent-third'`);
    const report = await ledger.verify();
    expect(report.ok).toBe(false);
    expect(
      withoutCopyProblems(report.problems)
        .map(({ consentId, problem }) => [consentId, problem])
        .sort(),
    ).toEqual([
      ['consent-0001', 'hash-mismatch'],
      ['consent-other', 'hash-mismatch'],
      ['consent-third', 'hash-mismatch'],
    ]);
    // PostgreSQL also finds edited records differing from their chains' head copies.
    expect(copyProblems(report.problems).length > 0).toBe(kind.name === 'postgres');
  });

  it('is kept on erasure (a TC string identifies no one) and the chain still verifies', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ subjectId: 'user-42', tcf: TCF }), { ip: '203.0.113.0', userAgent: 'Mozilla/5.0', origin: 'https://shop.example' });
    expect((await ledger.eraseSubject('user-42')).records).toBe(1);
    const [erased] = await ledger.history('consent-0001');
    expect(erased).toMatchObject({ subjectId: null, ip: '', userAgent: '', identitySalt: '', tcf: TCF });
    expect(erased!.erasedAt).not.toBeNull();
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 1 });
  });

  it('arrives by migration 7 in a database made by the previous schema; older records verify unchanged', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ notice: { url: 'https://shop.example/privacy', version: '1' } }));
    await ledger.record(decisionInput({ consentId: 'consent-other' }));
    await ledger.close();
    // Back to version 6: no tcf column (nor the later gpp column).
    await db.exec(
      'ALTER TABLE evidence_records DROP COLUMN gpp; ALTER TABLE evidence_records DROP COLUMN tcf; DELETE FROM ledger_migrations WHERE version >= 7;',
    );
    expect(await db.rows('SELECT MAX(version) AS v FROM ledger_migrations')).toEqual([{ v: 6 }]);

    const again = createLedger({ storage: await db.open(), now: () => START + 1000 });
    expect(await db.rows('SELECT version, name FROM ledger_migrations WHERE version = 7')).toEqual([{ version: 7, name: 'TCF consent evidence' }]);
    expect((await again.history('consent-0001'))[0]!.tcf).toBeNull();
    await again.record(decisionInput({ tcf: TCF }));
    expect((await again.history('consent-0001')).map((record) => record.tcf)).toEqual([null, TCF]);
    expect(await again.verify()).toMatchObject({ ok: true, records: 3 });
    await again.close();
  });

  it('goes through the HTTP API: the receipt and the evidence trail carry it; a bad TC string is a 400 naming tcf.tcString', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const handler = documented(createLedgerHandler({ ledger, apiKeys: [KEY], rateLimit: false }));
    const post = (body: unknown) =>
      handler(new Request('http://ledger.test/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    const created = await post(decisionInput({ tcf: TCF }));
    expect(created.status).toBe(201);
    expect((await created.json()).record.tcf).toEqual(TCF);
    const trail = await handler(new Request('http://ledger.test/v1/consents/consent-0001/records', { headers: { authorization: `Bearer ${KEY}` } }));
    expect((await trail.json()).records.map((record: { tcf: unknown }) => record.tcf)).toEqual([TCF]);
    const refused = await post(decisionInput({ tcf: { tcString: 'CPgarbage' } }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'invalid_record', details: [{ path: 'tcf.tcString' }] } });
    const badAc = await post(decisionInput({ tcf: { tcString: TCF.tcString, addtlConsent: '2~1.x~dv.' } }));
    expect(await badAc.json()).toMatchObject({ error: { code: 'invalid_record', details: [{ path: 'tcf.addtlConsent' }] } });
  });
});
