import { describe, expect, it } from 'vitest';
import { createLedger } from '../../ledger/create-ledger.js';
import { decisionInput, useStores } from '../stores.test-helper.js';

const DAY = 86_400_000;
const postgres = useStores().find((kind) => kind.name === 'postgres')!;

const fresh = () => ({ updatedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 30 * DAY).toISOString() });

describe('retention on PostgreSQL under load', () => {
  it('purges that drop a month while another process appends to the chains they move: no deadlock, every acknowledged record kept', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    // Records of June 2024: past retention at any cutoff of today, so each purge drops that month.
    const past = createLedger({ storage: await db.open(), now: () => Date.parse('2024-06-10T12:00:00.000Z') });
    const purger = await db.open();
    const other = createLedger({ storage: await db.open() });
    const failures: string[] = [];
    const acknowledged: Array<{ consentId: string; recordId: string; seq: number }> = [];
    for (let round = 0; round < 6; round++) {
      const ids = Array.from({ length: 4 }, (_, index) => `c-purge-${round}-${index}000`);
      for (const consentId of ids) await past.record(decisionInput({ consentId }));
      for (const consentId of ids) await other.record(decisionInput({ consentId, ...fresh() }));
      let stop = false;
      const appends = [0, 1, 2, 3].map(async () => {
        while (!stop) {
          const consentId = ids[Math.floor(Math.random() * ids.length)]!;
          try {
            const { record } = await other.record(decisionInput({ consentId, ...fresh() }));
            acknowledged.push({ consentId, recordId: record.recordId, seq: record.seq });
          } catch (error) {
            failures.push(`append: ${(error as Error).message}`);
          }
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        const purged = await purger.purge(new Date().toISOString());
        expect(purged.records).toBeGreaterThanOrEqual(ids.length);
      } catch (error) {
        failures.push(`purge: ${(error as Error).message}`);
      }
      stop = true;
      await Promise.all(appends);
    }
    expect(failures).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    // Each acknowledged record is held, unless a purge took it as superseded before its cutoff (at or
    // below its chain's base); each chain's last one, still applying, is held in any case.
    const held = new Set((await db.rows('SELECT record_id FROM evidence_records')).map((row) => row.record_id));
    const bases = await purger.chainBases([...new Set(acknowledged.map(({ consentId }) => consentId))]);
    expect(acknowledged.filter(({ consentId, recordId, seq }) => !held.has(recordId) && seq > bases[consentId]!.baseSeq)).toEqual([]);
    const heads = new Map(acknowledged.map((record) => [record.consentId, record]));
    for (const { consentId, recordId } of heads.values()) expect((await other.storage.latest(consentId))?.recordId).toBe(recordId);
    expect(await other.verify()).toMatchObject({ ok: true });
  });

  it('purges that drop a month while another process erases the chains they move: neither fails', async (ctx) => {
    const db = await postgres.create(ctx.skip);
    const past = createLedger({ storage: await db.open(), now: () => Date.parse('2024-06-10T12:00:00.000Z') });
    const purger = await db.open();
    const other = createLedger({ storage: await db.open() });
    const failures: string[] = [];
    let erased = 0;
    for (let round = 0; round < 6; round++) {
      const ids = Array.from({ length: 4 }, (_, index) => `c-erase-${round}-${index}000`);
      for (const consentId of ids) await past.record(decisionInput({ consentId, subjectId: `subject-${consentId}` }));
      for (const consentId of ids) await other.record(decisionInput({ consentId, subjectId: `subject-${consentId}`, ...fresh() }));
      let stop = false;
      const erasures = [0, 1].map(async (worker) => {
        while (!stop) {
          const consentId = ids[Math.floor(Math.random() * ids.length)]!;
          try {
            await other.record(decisionInput({ consentId, subjectId: `subject-${consentId}`, ...fresh() }));
            await (worker ? other.eraseConsent(consentId) : other.eraseSubject(`subject-${consentId}`));
            erased++;
          } catch (error) {
            failures.push(`erasure: ${(error as Error).message}`);
          }
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await purger.purge(new Date().toISOString()).catch((error: Error) => failures.push(`purge: ${error.message}`));
      stop = true;
      await Promise.all(erasures);
    }
    expect(failures).toEqual([]);
    expect(erased).toBeGreaterThan(0);
    expect(await other.verify()).toMatchObject({ ok: true });
  });
});
