import { describe, expect, it } from 'vitest';
import { createLedger } from '../../ledger/create-ledger.js';
import { decisionInput, useStores } from '../stores.test-helper.js';

const postgres = useStores().find((kind) => kind.name === 'postgres')!;
const REFUSED = { necessary: true, functional: false, analytics: false, advertising: false };

describe('verify on PostgreSQL: the head record checks answer from, and evidence_keys', () => {
  it('reports a head record that differs from the head held, or is missing, or is held without records', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const ledger = createLedger({ storage: await db.open() });
    for (const consentId of ['consent-a', 'consent-b', 'consent-c']) {
      await ledger.record(decisionInput({ consentId, subjectId: `subject-${consentId}`, categories: REFUSED }));
      await ledger.record(decisionInput({ consentId, categories: REFUSED }));
    }
    // Erased and logged heads read back equal to the records: nothing to report.
    await ledger.eraseSubject('subject-consent-c');
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 6 });

    await db.exec(`UPDATE consent_chains SET head_record = jsonb_set(head_record, '{categories,analytics}', 'true') WHERE consent_id = 'consent-a';
      ALTER TABLE consent_chains DROP CONSTRAINT consent_chains_head_record;
      UPDATE consent_chains SET head_record = NULL WHERE consent_id = 'consent-b';
      INSERT INTO consent_chains (consent_id, head_record) SELECT 'consent-d', head_record || '{"seq": 0}' FROM consent_chains WHERE consent_id = 'consent-c'`);
    expect(await ledger.check('consent-a', 'analytics')).toMatchObject({ granted: true });
    const { ok, problems } = await ledger.verify();
    expect(ok).toBe(false);
    expect(problems).toContainEqual({ consentId: 'consent-a', seq: 2, problem: 'head-record-mismatch' });
    expect(problems).toContainEqual({ consentId: 'consent-b', seq: 2, problem: 'head-record-mismatch' });
    expect(problems).toContainEqual({ consentId: 'consent-d', seq: 0, problem: 'head-record-mismatch' });
    expect(problems).toHaveLength(3);
  });

  it('reports records without their evidence_keys row and rows naming no record', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const ledger = createLedger({ storage: await db.open() });
    const { record } = await ledger.record(decisionInput({ consentId: 'consent-a' }));
    await ledger.record(decisionInput({ consentId: 'consent-b' }));
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
    await db.exec(`DELETE FROM evidence_keys WHERE record_id = '${record.recordId}'`);
    expect((await ledger.verify()).problems).toEqual([{ consentId: '', problem: 'records-without-keys' }]);
    await db.exec(`INSERT INTO evidence_keys (record_id, consent_id, seq, recorded_at) VALUES ('${record.recordId}', 'consent-a', 1, '${record.recordedAt}');
      INSERT INTO evidence_keys (record_id, consent_id, seq, recorded_at) VALUES ('r-nowhere-0001', 'consent-z', 1, now())`);
    expect((await ledger.verify()).problems).toEqual([{ consentId: '', problem: 'keys-without-records' }]);
  });
});
