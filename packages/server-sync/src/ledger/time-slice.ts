/**
 * For long jobs on the server's thread (a full verify): every call after `sliceMs` of work lets
 * the event loop serve what waits — SQLite reads are synchronous, so without this a verify of a
 * large ledger answers no request, health check or decision until it ends.
 *
 * @example
 * const pause = timeSlicer();
 * for (const chain of chains) { check(chain); await pause(); }
 */
export function timeSlicer(sliceMs = 20): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    started = performance.now();
  };
}
