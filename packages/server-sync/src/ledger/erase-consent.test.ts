import { describe, expect, it } from 'vitest';
import { decisionInput, useStores } from '../storage/stores.test-helper.js';
import { createLedger } from './create-ledger.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');

describe.each(useStores())('erasure by consent id on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    return { db, clock, ledger };
  };
  const context = { ip: '203.0.113.0', userAgent: 'UA/1', origin: 'https://shop.example' };

  it("clears the identifying fields of that consent id's records only; decisions, hashes and chains stay valid", async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    await ledger.record(decisionInput({ consentId: 'consent-visitor' }), context);
    clock.now += DAY;
    await ledger.record(decisionInput({ consentId: 'consent-visitor', subjectId: 'user-42', method: 'accept-all' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-phone', subjectId: 'user-42' }), context);
    await ledger.record(decisionInput({ consentId: 'consent-stranger' }), context);
    const before = await ledger.history('consent-visitor');

    clock.now += DAY;
    const report = await ledger.eraseConsent('consent-visitor');
    expect(report).toEqual({
      consentId: 'consent-visitor',
      records: 2,
      fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'],
      erasedAt: new Date(clock.now).toISOString(),
    });
    const after = await ledger.history('consent-visitor');
    expect(after).toHaveLength(2);
    for (const [index, record] of after.entries()) {
      expect(record).toMatchObject({ subjectId: null, ip: '', userAgent: '', identitySalt: '', erasedAt: report.erasedAt });
      // What stays: the decision, its hashes and the (salted, now unlinkable) identity digest.
      const { subjectId, ip, userAgent, identitySalt, erasedAt, ...kept } = before[index]!;
      expect(record).toMatchObject(kept);
    }
    // Other consent ids, even of the same subject, keep theirs: the request named one consent id.
    expect((await ledger.history('consent-phone'))[0]).toMatchObject({ subjectId: 'user-42', ip: '203.0.113.0' });
    expect((await ledger.history('consent-stranger'))[0]).toMatchObject({ ip: '203.0.113.0', erasedAt: null });
    expect(await ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('is idempotent: a repeat clears nothing and keeps the first erasedAt; a record added later is cleared next time', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    await ledger.record(decisionInput(), context);
    const first = await ledger.eraseConsent('consent-0001');
    clock.now += DAY;
    expect(await ledger.eraseConsent('consent-0001')).toMatchObject({ records: 0, erasedAt: first.erasedAt });
    expect((await ledger.history('consent-0001'))[0]!.erasedAt).toBe(first.erasedAt);

    // The same browser decides again after the erasure: that new record carries an IP again.
    await ledger.record(decisionInput({ method: 'accept-all' }), context);
    clock.now += DAY;
    const again = await ledger.eraseConsent('consent-0001');
    expect(again).toMatchObject({ records: 1, erasedAt: new Date(clock.now).toISOString() });
    expect((await ledger.history('consent-0001')).map((record) => [record.ip, record.erasedAt])).toEqual([
      ['', first.erasedAt],
      ['', again.erasedAt],
    ]);
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('reports nothing held (erasedAt null) for an unknown consent id, and for one whose records retention purged', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    expect(await ledger.eraseConsent('consent-unknown')).toMatchObject({ records: 0, erasedAt: null });
    await ledger.record(decisionInput({ consentId: 'consent-short', expiresAt: '2026-01-02T10:00:00.000Z' }), context);
    clock.now += 400 * DAY;
    expect((await ledger.purge({ retentionDays: 30 })).records).toBe(1);
    expect(await ledger.eraseConsent('consent-short')).toMatchObject({ records: 0, erasedAt: null });
  });

  it('waits for writes in flight: a decision submitted just before the erasure is erased too', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const pending = ledger.record(decisionInput(), context);
    const report = await ledger.eraseConsent('consent-0001');
    await pending;
    expect(report.records).toBe(1);
    expect((await ledger.history('consent-0001'))[0]).toMatchObject({ ip: '', userAgent: '' });
  });
});
