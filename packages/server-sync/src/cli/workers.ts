import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { CliOutput } from './output.js';

// Tells a forked worker which slot it fills; slot 0 runs the once-per-service jobs (retention).
const SLOT_VARIABLE = 'ASSENT_LEDGER_WORKER_SLOT';
// A worker that ran at least this long before dying is restarted at once; one that dies sooner
// waits twice as long as the previous try, up to the cap, so a crash loop does not spin.
const STABLE_MS = 10_000;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;
// Workers that do not stop this long after SIGTERM (a stuck request) are killed.
const STOP_GRACE_MS = 30_000;

/**
 * Where this process stands in `serve --workers N`: `slot` 0…N-1 of a forked worker, `undefined`
 * in a process that serves alone (no `--workers`, or `--workers 1`).
 */
export interface WorkerRole {
  slot: number;
  workers: number;
}

/**
 * Reads `--workers`: a whole number ≥ 1, or `auto` (the CPUs this process may use). Throws a
 * message naming the flag otherwise.
 *
 * @example
 * parseWorkers('auto'); // 2 on a two-core machine
 */
export function parseWorkers(value: string): number {
  if (value === 'auto') return availableParallelism();
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count) || count < 1) throw new Error(`--workers: not a whole number ≥ 1 or "auto": ${value}`);
  return count;
}

/**
 * The role of this process when the `serve --workers` supervisor forked it, else `undefined`.
 *
 * @example
 * const role = workerRole(); // { slot: 0, workers: 2 } in the first worker
 */
export function workerRole(workers: number): WorkerRole | undefined {
  const slot = cluster.isWorker ? Number(process.env[SLOT_VARIABLE]) : Number.NaN;
  return Number.isInteger(slot) ? { slot, workers } : undefined;
}

/**
 * Lets a worker of `serve --workers` end once its command has returned (its server stopped, or it
 * failed to start): the channel to the supervisor would keep it alive. Does nothing elsewhere.
 *
 * @example
 * try { return await serve(…); } finally { leaveSupervisor(); }
 */
export function leaveSupervisor(): void {
  if (cluster.isWorker && cluster.worker?.isConnected()) cluster.worker.disconnect();
}

/**
 * `serve --workers N`: forks N copies of this command line (node:cluster), each with its own
 * storage pool, all accepting on the same port. A worker that dies is restarted, with a back-off
 * while it keeps dying early; a worker that fails with exit code 2 before any worker ever listened
 * is a configuration error (the worker printed it): everything stops, exit code 2. SIGINT/SIGTERM
 * are passed on; each worker finishes its in-flight requests and closes its pool; resolves 0 once
 * all have exited.
 *
 * @example
 * if (count > 1 && cluster.isPrimary) return superviseWorkers(count, output, { host, db: 'postgres' });
 */
export function superviseWorkers(count: number, output: CliOutput, where: { host: string; db: string }): Promise<number> {
  const say = (line: string) => output.err(`[assent-ledger] ${line}`);
  const bySlot = new Map<number, Worker>();
  const backoffMs = new Map<number, number>();
  const restarts = new Set<ReturnType<typeof setTimeout>>();
  const listening = new Set<number>();
  let everListened = false;
  let stopping = false;
  let exitCode = 0;

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (stopping && bySlot.size === 0) {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(exitCode);
      }
    };
    const fork = (slot: number) => {
      const startedAt = Date.now();
      const worker = cluster.fork({ [SLOT_VARIABLE]: String(slot) });
      bySlot.set(slot, worker);
      worker.on('listening', (address) => {
        listening.add(slot);
        if (everListened || listening.size < count) return;
        everListened = true;
        output.out(`assent-ledger listening on http://${where.host}:${address.port} (${where.db}, ${count} workers)`);
      });
      worker.once('exit', (code, signal) => {
        bySlot.delete(slot);
        listening.delete(slot);
        if (stopping) return finishIfDone();
        if (code === 2 && !everListened) {
          exitCode = 2;
          return stop();
        }
        const stable = Date.now() - startedAt >= STABLE_MS;
        const delay = stable ? 0 : (backoffMs.get(slot) ?? FIRST_RETRY_MS);
        backoffMs.set(slot, stable ? FIRST_RETRY_MS : Math.min(MAX_RETRY_MS, delay * 2));
        say(`worker ${slot + 1} (pid ${worker.process.pid}) ended (${signal ?? `exit code ${code}`}); restarting it${delay ? ` in ${delay / 1000} s` : ''}`);
        const timer = setTimeout(() => {
          restarts.delete(timer);
          if (!stopping) fork(slot);
        }, delay);
        restarts.add(timer);
      });
    };
    const stop = () => {
      if (stopping) return;
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      for (const [slot, worker] of bySlot) {
        worker.process.kill('SIGTERM');
        setTimeout(() => bySlot.get(slot) === worker && worker.process.kill('SIGKILL'), STOP_GRACE_MS).unref();
      }
      finishIfDone();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    for (let slot = 0; slot < count; slot++) fork(slot);
  });
}
