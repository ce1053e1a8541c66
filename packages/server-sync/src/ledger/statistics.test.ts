import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../evidence/types.js';
import { decisionInput, useStores, type StoreInstance } from '../storage/stores.test-helper.js';
import type { LedgerStorage } from '../storage/types.js';
import { createLedger, type Ledger } from './create-ledger.js';
import { StatisticsQueryError, type StatisticsTally } from './statistics.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T23:59:59.000Z'); // one second before a UTC day ends
const context = { ip: '203.0.113.0', userAgent: 'UA/1', origin: 'https://shop.example' };
const METHODS: Record<string, keyof StatisticsTally> = {
  'accept-all': 'acceptAll',
  'reject-all': 'rejectAll',
  custom: 'custom',
  withdraw: 'withdraw',
  gpc: 'gpc',
  api: 'api',
};
const emptyTally = (): StatisticsTally => ({ decisions: 0, acceptAll: 0, rejectAll: 0, custom: 0, withdraw: 0, gpc: 0, api: 0, gpcSignal: 0 });

/** What the statistics must be, computed the slow way from the records themselves. */
function expectedFrom(records: EvidenceRecord[], from: string, to: string, by: keyof EvidenceRecord) {
  const inRange = records.filter((record) => record.recordedAt.slice(0, 10) >= from && record.recordedAt.slice(0, 10) <= to);
  const tally = (subset: EvidenceRecord[]) => {
    const counts = emptyTally();
    for (const record of subset) {
      counts.decisions++;
      counts[METHODS[record.method]!]++;
      if (record.gpc) counts.gpcSignal++;
    }
    return counts;
  };
  const days: Array<{ day: string } & StatisticsTally> = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += DAY) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.push({ day, ...tally(inRange.filter((record) => record.recordedAt.startsWith(day))) });
  }
  const values = [...new Set(inRange.map((record) => String(record[by])))];
  const byValue = values
    .map((value) => ({ value, ...tally(inRange.filter((record) => String(record[by]) === value)) }))
    .sort((a, b) => b.decisions - a.decisions || a.value.localeCompare(b.value));
  const ids = [...new Set(inRange.flatMap((record) => Object.keys(record.categories)))].sort();
  const categories = ids.map((category) => ({
    category,
    granted: inRange.filter((record) => record.categories[category] === true).length,
    denied: inRange.filter((record) => record.categories[category] === false).length,
  }));
  return { from, to, total: tally(inRange), days, byValue, categories };
}

const normalized = (rows: Array<Record<string, unknown>>) =>
  rows.map((row) => ({ dimension: row.dimension, day: row.day, value: row.value, measure: row.measure, count: Number(row.count) }));
const COUNTERS = 'SELECT dimension, day, value, measure, count FROM stat_counters ORDER BY dimension, day, value, measure';

describe.each(useStores())('statistics on $name', (kind) => {
  /** A ledger whose appends are recorded (batch sizes), on a clock the test moves. */
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const storage = await db.open();
    const batches: number[] = [];
    const counted: LedgerStorage = { ...storage, append: (drafts, seal) => (batches.push(drafts.length), storage.append(drafts, seal)) };
    const ledger = createLedger({ storage: counted, now: () => clock.now });
    return { db, clock, ledger, batches };
  };

  /** Varied decisions over four UTC days, one batch of several through group commit, and repeats. */
  const writeVaried = async (ledger: Ledger, clock: { now: number }, batches: number[]) => {
    await ledger.record(
      decisionInput({ consentId: 'consent-a', method: 'accept-all', categories: { necessary: true, functional: true, analytics: true, advertising: true } }),
      context,
    );
    await ledger.record(
      decisionInput({
        consentId: 'consent-b',
        method: 'reject-all',
        region: 'FR',
        locale: 'fr',
        categories: { necessary: true, functional: false, analytics: false, advertising: false },
      }),
      context,
    );
    clock.now += 2_000; // the next UTC day
    const repeated = decisionInput({ consentId: 'consent-c', method: 'custom', region: 'US-CA', regime: 'opt-out', gpc: true, textHash: 'sha256:other' });
    await ledger.record(repeated, context);
    // One batch through group commit: submitted together, with the same record id twice in it and
    // a resend of a record already stored.
    const burst = Array.from({ length: 12 }, (_, index) =>
      decisionInput({
        consentId: `consent-burst-${index % 5}`,
        method: ['accept-all', 'reject-all', 'custom', 'api'][index % 4],
        region: ['DE', 'FR', 'IT'][index % 3],
        locale: ['de', 'fr'][index % 2],
        revision: index < 6 ? '1' : '2',
        gpc: index % 5 === 0,
        categories: { necessary: true, functional: index % 2 === 0, analytics: index % 3 === 0, advertising: false },
      }),
    );
    const before = batches.length;
    const outcomes = await Promise.all([...burst, burst[3]!, repeated].map((input) => ledger.record(input, context)));
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(12);
    expect(batches.slice(before).some((size) => size > 1)).toBe(true);
    clock.now += 2 * DAY;
    await ledger.record(
      decisionInput({ consentId: 'consent-a', method: 'withdraw', categories: { necessary: true, functional: false, analytics: false, advertising: false } }),
      context,
    );
    await ledger.record(repeated, context); // a resend days later still counts once
    const consentIds = ['consent-a', 'consent-b', 'consent-c', ...Array.from({ length: 5 }, (_, index) => `consent-burst-${index}`)];
    return (await Promise.all(consentIds.map((id) => ledger.history(id)))).flat();
  };

  it('counts what the records imply, per day, by dimension and per category; repeats count once', async (ctx) => {
    const { ledger, clock, batches } = await setup(ctx.skip);
    const records = await writeVaried(ledger, clock, batches);
    expect(records).toHaveLength(16);
    const from = '2026-02-28';
    const to = '2026-03-05';
    for (const [by, field] of [
      ['region', 'region'],
      ['method', 'method'],
      ['locale', 'locale'],
      ['regime', 'regime'],
      ['revision', 'revision'],
      ['text', 'textHash'],
    ] as const) {
      expect(await ledger.statistics({ from, to, by })).toEqual(expectedFrom(records, from, to, field));
    }
    const { byValue, ...withoutBreakdown } = expectedFrom(records, from, to, 'region');
    expect(await ledger.statistics({ from, to })).toEqual(withoutBreakdown);
    // A range of one day counts that day only.
    expect((await ledger.statistics({ from: '2026-03-02', to: '2026-03-02' })).total).toEqual(
      expectedFrom(records, '2026-03-02', '2026-03-02', 'region').total,
    );
    expect((await ledger.statistics({ from: '2026-03-02', to: '2026-03-02' })).total.decisions).toBe(13);
  });

  it('keeps its counts through erasure: they are aggregate, not evidence', async (ctx) => {
    const { ledger, clock, batches } = await setup(ctx.skip);
    await writeVaried(ledger, clock, batches);
    const before = await ledger.statistics({ from: '2026-03-01', to: '2026-03-04', by: 'region' });
    await ledger.eraseConsent('consent-a');
    expect(await ledger.statistics({ from: '2026-03-01', to: '2026-03-04', by: 'region' })).toEqual(before);
  });

  it('backfills the counters of a ledger written before migration 5 to what live counting gives', async (ctx) => {
    const { db, ledger, clock, batches } = await setup(ctx.skip);
    await writeVaried(ledger, clock, batches);
    const live = normalized(await db.rows(COUNTERS));
    expect(live.length).toBeGreaterThan(50);
    await ledger.close();
    await downgrade(db);
    const reopened = await db.open(); // migration 5 again: the backfill
    expect(normalized(await db.rows(COUNTERS))).toEqual(live);
    const again = createLedger({ storage: reopened, now: () => clock.now });
    expect((await again.statistics({ from: '2026-03-01', to: '2026-03-04' })).total.decisions).toBe(16);
    await again.close();
  });

  it('backfills more than one page', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    const records = 10_000 + 37;
    // Raw rows behind the ledger's back are only counted by a backfill: written "before" migration 5.
    await ledger.record(decisionInput({ consentId: 'consent-seed' }), context);
    await ledger.close();
    const copy =
      kind.name === 'sqlite'
        ? `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${records - 1})
           INSERT INTO evidence_records SELECT 'r-copy-' || printf('%06d', i), 'consent-copy-' || i, seq, subject_id, event, categories, services, revision, text_hash,
             locale, method, region, regime, gpc, client_time, recorded_at, expires_at, ip, user_agent, origin, sdk_version, identity_salt, identity_digest,
             prev_hash, hash, erased_at, withdrawn, NULL, notice, tcf, gpp FROM evidence_records, n`
        : `INSERT INTO evidence_records SELECT 'r-copy-' || lpad(i::text, 6, '0'), 'consent-copy-' || i, seq, subject_id, event, categories, services, revision, text_hash,
             locale, method, region, regime, gpc, client_time, recorded_at, expires_at, ip, user_agent, origin, sdk_version, identity_salt, identity_digest,
             prev_hash, hash, erased_at, withdrawn, NULL, notice, tcf, gpp FROM evidence_records, generate_series(1, ${records - 1}) AS i`;
    await downgrade(db);
    await db.exec(copy);
    const storage = await db.open({ transparencyLog: false });
    const again = createLedger({ storage, now: () => START });
    const { total, categories } = await again.statistics({ from: '2026-03-01', to: '2026-03-01' });
    expect(total).toEqual({ ...emptyTally(), decisions: records, custom: records });
    expect(categories).toEqual([
      { category: 'advertising', granted: 0, denied: records },
      { category: 'analytics', granted: records, denied: 0 },
      { category: 'functional', granted: 0, denied: records },
      { category: 'necessary', granted: records, denied: 0 },
    ]);
    await again.close();
  });

  it('refuses bad queries with an error naming the field', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const refused = async (query: unknown, field: string, message: RegExp) => {
      const error = await ledger.statistics(query as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StatisticsQueryError);
      expect(error).toMatchObject({ field, message: expect.stringMatching(message) });
    };
    await refused({ from: '2026-13-01', to: '2026-12-31' }, 'from', /^from is not a calendar day/);
    await refused({ from: '2026-02-30', to: '2026-03-31' }, 'from', /not a calendar day/);
    await refused({ from: '2026-01-01', to: '2026-1-31' }, 'to', /^to must be a UTC day as YYYY-MM-DD/);
    await refused({ from: 20260101, to: '2026-01-31' }, 'from', /YYYY-MM-DD/);
    await refused({ from: '2026-01-31', to: '2026-01-01' }, 'to', /before from/);
    await refused({ from: '2025-01-01', to: '2026-02-05' }, 'to', /401 days; at most 400/);
    await refused({ from: '2026-01-01', to: '2026-01-31', by: 'subject' }, 'by', /^by must be one of method, region/);
    await refused(undefined, 'query', /from, to/);
    // 400 days is still answered, every day present.
    expect((await ledger.statistics({ from: '2025-01-01', to: '2026-02-04' })).days).toHaveLength(400);
  });
});

/** Puts the database back to schema version 4 (as before the statistics), records kept. */
async function downgrade(db: StoreInstance): Promise<void> {
  await db.exec('DROP TABLE stat_counters; DELETE FROM ledger_migrations WHERE version = 5;');
}
