import { describe, expect, it } from 'vitest';
import { decisionInput, useStores } from '../storage/stores.test-helper.js';
import { createLedger, type PurgeReport } from './create-ledger.js';
import { scheduleRetention, type RetentionTimer } from './retention-schedule.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');

/** A timer that fires only when the test says so, and remembers whether it was unref'd. */
function fakeTimers() {
  const pending: Array<{ run: () => void; ms: number; unrefd: boolean; cleared: boolean }> = [];
  return {
    pending,
    setTimer(run: () => void, ms: number): RetentionTimer {
      const timer = { run, ms, unrefd: false, cleared: false };
      pending.push(timer);
      return { unref: () => (timer.unrefd = true) };
    },
    clearTimer(_timer: RetentionTimer) {
      for (const timer of pending) timer.cleared = true;
    },
    /** Fires the latest timer. */
    fire() {
      const timer = pending.at(-1)!;
      expect(timer.cleared).toBe(false);
      timer.run();
    },
  };
}

describe.each(useStores())('retention on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now });
    // Superseded after 10 days; the one after it applies until START + 192 days; one expires at once.
    await ledger.record(decisionInput({ method: 'accept-all' }));
    clock.now += 10 * DAY;
    await ledger.record(decisionInput({ method: 'reject-all' }));
    await ledger.record(decisionInput({ consentId: 'consent-short', expiresAt: '2026-01-02T10:00:00.000Z' }));
    for (let index = 0; index < 3; index++) await ledger.record(decisionInput({ consentId: 'consent-busy', method: index % 2 ? 'accept-all' : 'custom' }));
    return { db, clock, ledger };
  };

  it('a dry run counts exactly what the purge then deletes, and deletes nothing', async (ctx) => {
    const { db, clock, ledger } = await setup(ctx.skip);
    clock.now = START + 100 * DAY;
    const dry = await ledger.purge({ retentionDays: 30, dryRun: true });
    // consent-0001's first record, consent-short's only one, consent-busy's first two.
    expect(dry).toEqual({ records: 4, consents: 3, cutoff: new Date(START + 70 * DAY).toISOString(), dryRun: true });
    expect((await ledger.history('consent-busy')).length).toBe(3);
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 6 });
    const leaves = async () => Number((await db.rows('SELECT COUNT(*) AS n FROM log_leaves'))[0]!.n);
    expect(await leaves()).toBe(6);
    expect(await ledger.purge({ retentionDays: 30 })).toEqual({ ...dry, dryRun: false });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
    // The transparency log is append-only: its leaves (record hashes only) outlive the records.
    expect(await leaves()).toBe(6);
    expect(await ledger.purge({ retentionDays: 30, dryRun: true })).toMatchObject({ records: 0, consents: 0 });

    // Later, everything has stopped applying: the dry run again agrees with the purge.
    clock.now = START + 10_000 * DAY;
    const all = await ledger.purge({ dryRun: true });
    expect(all).toMatchObject({ records: 2, consents: 2 });
    expect(await ledger.purge()).toMatchObject({ records: all.records, consents: all.consents });
    expect((await db.rows('SELECT COUNT(*) AS n FROM evidence_records'))[0]!.n).toEqual(kind.name === 'postgres' ? '0' : 0);
  });

  it("the schedule purges at once, then on every tick of an unref'd timer, one line per run", async (ctx) => {
    const { clock, ledger } = await setup(ctx.skip);
    const timers = fakeTimers();
    const lines: string[] = [];
    const reports: PurgeReport[] = [];
    clock.now = START + 39 * DAY;
    const schedule = scheduleRetention({
      ledger,
      retentionDays: 30,
      log: (line, report) => (lines.push(line), report && reports.push(report)),
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    await schedule.idle();
    // Cutoff START + 9 days: everything stopped applying at START + 10 days or later.
    expect(reports).toEqual([{ records: 0, consents: 0, cutoff: new Date(START + 9 * DAY).toISOString(), dryRun: false }]);
    expect(lines).toEqual([`retention: purged 0 records of 0 consent ids that stopped applying before ${reports[0]!.cutoff} (30 days)`]);
    expect(timers.pending).toMatchObject([{ ms: DAY, unrefd: true }]);
    // Audited as the schedule's, even when it purged nothing.
    expect(await ledger.audit({ kind: 'purge' })).toMatchObject([{ actor: 'schedule', details: { records: 0, cutoff: reports[0]!.cutoff } }]);

    clock.now = START + 100 * DAY;
    timers.fire();
    await schedule.idle();
    expect(reports.at(-1)).toMatchObject({ records: 4, consents: 3, cutoff: new Date(START + 70 * DAY).toISOString() });
    expect(lines).toHaveLength(2);
    expect(timers.pending).toHaveLength(2);
    expect((await ledger.audit({ kind: 'purge', limit: 1 }))[0]).toMatchObject({ actor: 'schedule', details: { records: 4, consents: 3 } });
    expect((await ledger.verify()).ok).toBe(true);

    schedule.stop();
    expect(timers.pending.every((timer) => timer.cleared)).toBe(true);
  });
});

describe('the retention schedule', () => {
  it('logs a failed run and tries again on the next tick; stop() during a run sets no further timer', async () => {
    const timers = fakeTimers();
    const lines: string[] = [];
    let fail = true;
    const ledger = {
      purge: async () => {
        if (fail) throw new Error('connection refused');
        return { records: 0, consents: 0, cutoff: '2026-01-01T00:00:00.000Z', dryRun: false };
      },
    };
    const schedule = scheduleRetention({ ledger, retentionDays: 7, log: (line) => lines.push(line), setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    await schedule.idle();
    expect(lines).toEqual(['retention: purge failed, next try in 24 h: connection refused']);
    fail = false;
    timers.fire();
    schedule.stop(); // while the run is in progress
    await schedule.idle();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^retention: purged 0 records of 0 consent ids that stopped applying before 2026-01-01T00:00:00.000Z \(7 days\)$/);
    expect(timers.pending).toHaveLength(1); // no timer after the stop
  });

  it('nextRunAt() is when the next run is due; undefined while a run is in progress and after stop()', async () => {
    const timers = fakeTimers();
    const clock = { now: START };
    const calls: unknown[] = [];
    let finish = () => {};
    const ledger = {
      purge: (options?: object) => {
        calls.push(options);
        return new Promise<PurgeReport>((resolve) => {
          finish = () => resolve({ records: 0, consents: 0, cutoff: '2026-01-01T00:00:00.000Z', dryRun: false });
        });
      },
    };
    const hour = 3_600_000;
    const schedule = scheduleRetention({
      ledger,
      retentionDays: 7,
      intervalMs: hour,
      log: () => {},
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      now: () => clock.now,
    });
    expect(schedule.nextRunAt()).toBeUndefined(); // the first run started at once and is in progress
    clock.now += 5_000;
    finish();
    await schedule.idle();
    expect(schedule.nextRunAt()).toEqual(new Date(START + 5_000 + hour));
    expect(timers.pending).toMatchObject([{ ms: hour }]);

    clock.now += hour;
    timers.fire();
    expect(schedule.nextRunAt()).toBeUndefined();
    clock.now += 1_000;
    finish();
    await schedule.idle();
    expect(schedule.nextRunAt()).toEqual(new Date(clock.now + hour));
    schedule.stop();
    expect(schedule.nextRunAt()).toBeUndefined();
    expect(calls).toEqual([
      { retentionDays: 7, actor: 'schedule' },
      { retentionDays: 7, actor: 'schedule' },
    ]);
  });

  it('goes on when the logger throws', async () => {
    const timers = fakeTimers();
    const ledger = { purge: async () => ({ records: 0, consents: 0, cutoff: '2026-01-01T00:00:00.000Z', dryRun: false }) };
    const schedule = scheduleRetention({
      ledger,
      retentionDays: 1,
      log: () => {
        throw new Error('stdout closed');
      },
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    await schedule.idle();
    expect(timers.pending).toHaveLength(1);
    schedule.stop();
  });

  it("uses an unref'd real timer by default, so it never holds the process open", async () => {
    const ledger = { purge: async () => ({ records: 0, consents: 0, cutoff: '2026-01-01T00:00:00.000Z', dryRun: false }) };
    const schedule = scheduleRetention({ ledger, retentionDays: 1, log: () => {} });
    await schedule.idle();
    // Node reports active handles that keep the loop alive; an unref'd timer is not among them.
    const handles = process.getActiveResourcesInfo();
    schedule.stop();
    expect(handles.filter((name) => name === 'Timeout').length).toBe(process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length);
  });
});
