import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLedger } from '../../ledger/create-ledger.js';
import { decisionInput, useStores } from '../stores.test-helper.js';
import { postgresLatest } from './latest.js';

const DAY = 86_400_000;
const START = Date.parse('2026-09-20T12:00:00.000Z');
const postgres = useStores().find((kind) => kind.name === 'postgres')!;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every relation a plan (EXPLAIN FORMAT JSON) reads. */
function relations(plan: Record<string, unknown>): string[] {
  const own = typeof plan['Relation Name'] === 'string' ? [plan['Relation Name'] as string] : [];
  return [...own, ...((plan.Plans as Array<Record<string, unknown>> | undefined) ?? []).flatMap(relations)];
}

describe('the latest record on PostgreSQL (consent_chains.head_record)', () => {
  const setup = async (skip: () => void) => {
    const db = await postgres.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    const granted = { necessary: true, functional: true, analytics: true, advertising: false };
    // Chains over three months; consent-b is withdrawn, consent-c has a subject and expires fast.
    await ledger.record(decisionInput({ consentId: 'consent-a', subjectId: 'subject-1' }));
    await ledger.record(decisionInput({ consentId: 'consent-b', categories: granted, services: { matomo: true } }));
    await ledger.record(decisionInput({ consentId: 'consent-c', subjectId: 'subject-2', expiresAt: '2026-01-02T10:00:00.000Z' }));
    clock.now += 30 * DAY;
    await ledger.record(decisionInput({ consentId: 'consent-a', subjectId: 'subject-1', method: 'accept-all' }));
    await ledger.record(
      decisionInput({
        consentId: 'consent-b',
        method: 'reject-all',
        categories: { ...granted, functional: false, analytics: false },
        services: { matomo: false },
      }),
    );
    clock.now += 30 * DAY;
    await ledger.record(decisionInput({ consentId: 'consent-a', subjectId: 'subject-1', method: 'reject-all' }));
    return { db, clock, ledger };
  };
  const expectLatestIsLastOfHistory = async (ledger: ReturnType<typeof createLedger>, consentIds: string[]) => {
    for (const consentId of consentIds) {
      expect(await ledger.storage.latest(consentId)).toEqual((await ledger.storage.history(consentId)).at(-1));
    }
  };

  it('is one primary-key look-up of consent_chains that reads no partition of evidence_records', async (ctx) => {
    const { db } = await setup(ctx.skip);
    const partitions = await db.rows("SELECT relname FROM pg_class WHERE relname LIKE 'evidence_records_p%' AND relkind = 'r'");
    expect(partitions.length).toBeGreaterThanOrEqual(3);
    await withClient(db.location, async (client) => {
      const asked: Array<[string, unknown[] | undefined]> = [];
      const record = await postgresLatest(async (sql, values) => {
        asked.push([sql, values]);
        return (await client.query(sql, values)).rows;
      }, 'consent-a');
      expect(record).toMatchObject({ consentId: 'consent-a', seq: 3, method: 'reject-all' });
      expect(asked).toHaveLength(1);
      const [[sql, values]] = asked as [[string, unknown[]]];
      const [{ 'QUERY PLAN': plan }] = (await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, values)).rows;
      const root = plan[0].Plan as Record<string, unknown>;
      expect(relations(root)).toEqual(['consent_chains']);
      expect(root).toMatchObject({ 'Node Type': 'Index Scan', 'Index Name': 'consent_chains_pkey' });
    });
  });

  it('equals the last record of the history after appends, a withdrawal, erasures and a purge that removes a head', async (ctx) => {
    const { clock, ledger } = await setup(ctx.skip);
    const all = ['consent-a', 'consent-b', 'consent-c', 'consent-unknown'];
    await expectLatestIsLastOfHistory(ledger, all);
    expect(await ledger.storage.latest('consent-b')).toMatchObject({ event: 'withdrawn', withdrawn: { services: ['matomo'] } });
    expect(await ledger.storage.latest('consent-unknown')).toBeUndefined();

    await ledger.eraseSubject('subject-1');
    expect(await ledger.storage.latest('consent-a')).toMatchObject({ subjectId: null, ip: '', userAgent: '', identitySalt: '', erasedAt: expect.any(String) });
    await ledger.eraseConsent('consent-b');
    await expectLatestIsLastOfHistory(ledger, all);
    // A repeat keeps the first erasure's time, in the head record as in the records.
    const erasedAt = (await ledger.storage.latest('consent-b'))?.erasedAt;
    clock.now += DAY;
    await ledger.eraseConsent('consent-b');
    expect((await ledger.storage.latest('consent-b'))?.erasedAt).toBe(erasedAt);
    // A new head after an erasure is not erased.
    await ledger.record(decisionInput({ consentId: 'consent-b', method: 'accept-all' }));
    expect(await ledger.storage.latest('consent-b')).toMatchObject({ seq: 3, erasedAt: null });
    await expectLatestIsLastOfHistory(ledger, all);

    // consent-c's only record expired long ago: the purge takes it, head and all.
    const purged = await ledger.purge({ retentionDays: 30 });
    expect(purged.records).toBeGreaterThanOrEqual(1);
    expect(await ledger.history('consent-c')).toEqual([]);
    expect(await ledger.storage.latest('consent-c')).toBeUndefined();
    await expectLatestIsLastOfHistory(ledger, all);
    expect(await ledger.verify()).toMatchObject({ ok: true });
  });
});
