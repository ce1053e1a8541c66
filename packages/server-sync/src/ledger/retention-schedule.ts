import type { Ledger, PurgeReport } from './create-ledger.js';

const DAY_MS = 86_400_000;

/**
 * A one-shot timer as `setTimeout` returns it in Node: only `unref` is used, so a scheduled purge
 * never keeps the process alive on its own.
 *
 * @example
 * const timer: RetentionTimer = setTimeout(run, 1000);
 */
export interface RetentionTimer {
  unref?(): unknown;
}

/**
 * Options of `scheduleRetention`.
 *
 * @example
 * scheduleRetention({ ledger, retentionDays: 730, log: (line) => console.log(line) });
 */
export interface RetentionScheduleOptions {
  ledger: Pick<Ledger, 'purge'>;
  /** Days evidence outlives the moment it stopped applying. */
  retentionDays: number;
  /** One line per run: counts and cutoff, or the error. */
  log: (line: string, report?: PurgeReport) => void;
  /** Time between runs, in ms. Default one day. */
  intervalMs?: number;
  /** For tests: a fake timer. Default `setTimeout` / `clearTimeout`. */
  setTimer?: (run: () => void, ms: number) => RetentionTimer;
  clearTimer?: (timer: RetentionTimer) => void;
  /** For tests: the current time in ms, which `nextRunAt` counts from. Default `Date.now`. */
  now?: () => number;
}

/**
 * The running schedule: `stop()` cancels the next run; `idle()` resolves once a run in progress
 * (if any) has finished, so a server can close its storage after it; `nextRunAt()` says when the
 * next run is due (`undefined` while a run is in progress, and after `stop()`).
 *
 * @example
 * const schedule = scheduleRetention({ ledger, retentionDays: 730, log: console.log });
 * schedule.nextRunAt()?.toISOString();
 * schedule.stop();
 * await schedule.idle();
 */
export interface RetentionSchedule {
  stop(): void;
  idle(): Promise<void>;
  nextRunAt(): Date | undefined;
}

/**
 * Purges evidence past retention now and then every `intervalMs` (a day), logging one line per
 * run. The next run is set only after the previous one finished, so runs never overlap; a failed
 * run is logged and the schedule goes on (a database that was briefly away is purged next day).
 * The timer is `unref`'d: it never keeps the process alive. Each purge is audited with actor `schedule`.
 *
 * @example
 * const schedule = scheduleRetention({ ledger, retentionDays: 1826, log: (line) => console.log(line) });
 * process.once('SIGTERM', () => schedule.stop());
 */
export function scheduleRetention(options: RetentionScheduleOptions): RetentionSchedule {
  const { ledger, retentionDays, log } = options;
  const intervalMs = options.intervalMs ?? DAY_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const now = options.now ?? Date.now;
  let timer: RetentionTimer | undefined;
  let dueAt: number | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  // A logger that throws must not end the schedule.
  const say: RetentionScheduleOptions['log'] = (line, report) => {
    try {
      log(line, report);
    } catch {}
  };
  const run = () => {
    timer = undefined;
    dueAt = undefined;
    running = ledger
      .purge({ retentionDays, actor: 'schedule' })
      .then(
        (report) =>
          say(
            `retention: purged ${report.records} records of ${report.consents} consent ids that stopped applying before ${report.cutoff} (${retentionDays} days)`,
            report,
          ),
        (error: unknown) => say(`retention: purge failed, next try in ${Math.round(intervalMs / 3_600_000)} h: ${(error as Error).message}`),
      )
      .then(() => {
        if (stopped) return;
        timer = setTimer(run, intervalMs);
        dueAt = now() + intervalMs;
        timer.unref?.();
      });
  };
  run();

  return {
    stop() {
      stopped = true;
      if (timer) clearTimer(timer);
      timer = undefined;
      dueAt = undefined;
    },
    idle: () => running,
    nextRunAt: () => (dueAt === undefined ? undefined : new Date(dueAt)),
  };
}
