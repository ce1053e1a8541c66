// GPP evidence (GPP string, applicable sections) stored with decisions, on a real SQLite file and
// the real PostgreSQL the tests start: kept, returned, covered by the chain, kept on erasure, and
// added to databases made by the previous schema (version 7).
import { describe, expect, it } from 'vitest';
import { tcfAndUsnatString, uscaString } from '../evidence/gpp-string.test-helper.js';
import { createLedgerHandler } from '../http/handler.js';
import { documented } from '../http/openapi/responses.test-helper.js';
import { copyProblems, decisionInput, useStores, withoutCopyProblems } from '../storage/stores.test-helper.js';
import { encodeTcString } from '../tcf/tc-string.test-helper.js';
import { createLedger } from './create-ledger.js';

const START = Date.parse('2026-03-01T12:00:00.000Z');
const KEY = 'k_test_0123456789abcdef';
const GPP = { gppString: uscaString({ gpc: true }), applicableSections: [8] };
const WITH_TCF = { gppString: tcfAndUsnatString(), applicableSections: [2, 7] };

describe.each(useStores())('GPP evidence on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const ledger = createLedger({ storage: await db.open(), now: () => START });
    return { db, ledger };
  };

  it('is stored with the record (beside TCF evidence or alone), returned by every look-up, and verifies', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const { record } = await ledger.record(decisionInput({ subjectId: 'user-42', gpp: GPP }));
    expect(record.gpp).toEqual(GPP);
    await ledger.record(decisionInput({ consentId: 'consent-plain' }));
    await ledger.record(decisionInput({ gpp: WITH_TCF, tcf: { tcString: encodeTcString() } }));
    expect((await ledger.history('consent-0001')).map((stored) => stored.gpp)).toEqual([GPP, WITH_TCF]);
    expect((await ledger.history('consent-0001'))[1]!.tcf).toEqual({ tcString: encodeTcString() });
    expect((await ledger.history('consent-plain'))[0]!.gpp).toBeNull();
    expect((await ledger.exportSubject('user-42')).records.map((stored) => stored.gpp)).toEqual([GPP, WITH_TCF]);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 3 });
  });

  it('is covered by the hash: a GPP string or section list changed or cleared in the database fails verify', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ gpp: GPP }));
    await ledger.record(decisionInput({ consentId: 'consent-other', gpp: GPP }));
    await ledger.record(decisionInput({ consentId: 'consent-third', gpp: GPP, tcf: { tcString: encodeTcString() } }));
    await ledger.record(decisionInput({ consentId: 'consent-fourth' }));
    const forged = JSON.stringify({ ...GPP, gppString: uscaString({ optedOut: false, gpc: true }) });
    await db.exec(`UPDATE evidence_records SET gpp = '${forged}' WHERE consent_id = 'consent-0001'`);
    await db.exec(`UPDATE evidence_records SET gpp = '${JSON.stringify({ ...GPP, applicableSections: [-1] })}' WHERE consent_id = 'consent-other'`);
    await db.exec(`UPDATE evidence_records SET gpp = NULL WHERE consent_id = 'consent-third'`);
    await db.exec(`UPDATE evidence_records SET gpp = '${JSON.stringify(GPP)}' WHERE consent_id = 'consent-fourth'`);
    const report = await ledger.verify();
    expect(report.ok).toBe(false);
    expect(
      withoutCopyProblems(report.problems)
        .map(({ consentId, problem }) => [consentId, problem])
        .sort(),
    ).toEqual([
      ['consent-0001', 'hash-mismatch'],
      ['consent-fourth', 'hash-mismatch'],
      ['consent-other', 'hash-mismatch'],
      ['consent-third', 'hash-mismatch'],
    ]);
    // PostgreSQL also finds each edited record differing from its chain's head copy.
    expect(
      copyProblems(report.problems)
        .map(({ consentId, problem }) => [consentId, problem])
        .sort(),
    ).toEqual(kind.name === 'postgres' ? ['consent-0001', 'consent-fourth', 'consent-other', 'consent-third'].map((id) => [id, 'head-record-mismatch']) : []);
  });

  it('is kept on erasure (a GPP string identifies no one) and the chain still verifies', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ subjectId: 'user-42', gpp: GPP }), { ip: '203.0.113.0', userAgent: 'Mozilla/5.0', origin: 'https://shop.example' });
    expect((await ledger.eraseSubject('user-42')).records).toBe(1);
    const [erased] = await ledger.history('consent-0001');
    expect(erased).toMatchObject({ subjectId: null, ip: '', userAgent: '', identitySalt: '', gpp: GPP });
    expect(erased!.erasedAt).not.toBeNull();
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 1 });
  });

  it('arrives by migration 8 in a database made by schema version 7; older records (TCF ones too) verify unchanged', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(decisionInput({ tcf: { tcString: encodeTcString() } }));
    await ledger.record(decisionInput({ consentId: 'consent-other' }));
    await ledger.close();
    // Back to version 7: no gpp column (on PostgreSQL, migration 9 then finds its partitions and keeps them).
    await db.exec('ALTER TABLE evidence_records DROP COLUMN gpp; DELETE FROM ledger_migrations WHERE version >= 8;');
    expect(await db.rows('SELECT MAX(version) AS v FROM ledger_migrations')).toEqual([{ v: 7 }]);

    const again = createLedger({ storage: await db.open(), now: () => START + 1000 });
    expect(await db.rows('SELECT version, name FROM ledger_migrations WHERE version = 8')).toEqual([{ version: 8, name: 'GPP consent evidence' }]);
    expect((await again.history('consent-0001'))[0]!.gpp).toBeNull();
    await again.record(decisionInput({ gpp: GPP }));
    expect((await again.history('consent-0001')).map((record) => record.gpp)).toEqual([null, GPP]);
    expect(await again.verify()).toMatchObject({ ok: true, records: 3 });
    await again.close();
  });

  it('goes through the HTTP API: the receipt, the trail and the check carry it; bad evidence is a 400 naming the field, nothing stored', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const handler = documented(createLedgerHandler({ ledger, apiKeys: [KEY], rateLimit: false }));
    const post = (body: unknown) =>
      handler(new Request('http://ledger.test/v1/consents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    const created = await post(decisionInput({ gpp: GPP }));
    expect(created.status).toBe(201);
    expect((await created.json()).record.gpp).toEqual(GPP);
    const trail = await handler(new Request('http://ledger.test/v1/consents/consent-0001/records', { headers: { authorization: `Bearer ${KEY}` } }));
    expect((await trail.json()).records.map((record: { gpp: unknown }) => record.gpp)).toEqual([GPP]);
    const check = await handler(new Request('http://ledger.test/v1/consents/consent-0001'));
    expect((await check.json()).gpp).toEqual(GPP);

    for (const [gpp, path] of [
      [{ gppString: 'DBABBg~garbage', applicableSections: [8] }, 'gpp.gppString'],
      [{ gppString: GPP.gppString, applicableSections: [-1, 8] }, 'gpp.applicableSections'],
      // Not as the library encodes it: a padded section.
      [{ gppString: `${GPP.gppString}AAAA`, applicableSections: [8] }, 'gpp.gppString'],
      [{ gppString: GPP.gppString, applicableSections: [99] }, 'gpp.applicableSections.0'],
      [{ gppString: GPP.gppString, applicableSections: '8' }, 'gpp.applicableSections'],
      [{ gppString: 'D'.repeat(5000), applicableSections: [-1] }, 'gpp.gppString'],
    ] as const) {
      const refused = await post(decisionInput({ recordId: 'record-refused', consentId: 'consent-refused', gpp } as never));
      expect(refused.status, path).toBe(400);
      expect(await refused.json()).toMatchObject({ error: { code: 'invalid_record', details: [{ path }] } });
    }
    expect(await ledger.history('consent-refused')).toEqual([]);
  });
});
