/**
 * Collects items submitted while a batch is being written and writes them together, so many
 * concurrent writers share one transaction (and one fsync) instead of queueing for one each.
 * With `maxInFlight: 2` the next batch is handed over while the previous one still commits, so
 * the store can start it the moment that commit returns, instead of waiting for this thread to
 * hear about it and send the next.
 *
 * @example
 * const writer = groupCommit((drafts: EvidenceDraft[]) => storage.append(drafts, seal), { maxBatch: 256, maxInFlight: 2 });
 * const outcome = await writer.submit(draft);
 */
export function groupCommit<Item, Result>(write: (items: Item[]) => Promise<Result[]>, options: { maxBatch?: number; maxInFlight?: number } = {}) {
  const maxBatch = Math.max(1, options.maxBatch ?? 256);
  const maxInFlight = Math.max(1, options.maxInFlight ?? 1);
  type Entry = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let queue: Entry[] = [];
  let inFlight = 0;
  let scheduled = false;
  let idle: { promise: Promise<void>; resolve: () => void } | undefined;

  const settle = (batch: Entry[], results: Result[] | undefined, error?: unknown) => {
    inFlight--;
    // Hand over the next batch before answering this one's writers.
    pump();
    // One failed transaction fails every writer in it: none of them was committed.
    if (results) for (const [index, entry] of batch.entries()) entry.resolve(results[index] as Result);
    else for (const entry of batch) entry.reject(error);
    if (!inFlight && !queue.length && idle) {
      idle.resolve();
      idle = undefined;
    }
  };
  const pump = () => {
    while (queue.length && inFlight < maxInFlight) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      inFlight++;
      let written: Promise<Result[]>;
      try {
        written = write(batch.map((entry) => entry.item));
      } catch (error) {
        written = Promise.reject(error);
      }
      written.then(
        (results) => settle(batch, results),
        (error) => settle(batch, undefined, error),
      );
    }
  };

  return {
    /** Resolves with the item's result once the transaction holding it has committed. */
    submit(item: Item): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (scheduled || inFlight >= maxInFlight) return;
        // Wait one macrotask before the batch, so requests parsed in the same I/O round join it.
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          pump();
        });
      });
    },
    /** Resolves when everything submitted so far is written (or failed). */
    async settled(): Promise<void> {
      if (!inFlight && !queue.length && !scheduled) return;
      if (!idle) {
        let resolve!: () => void;
        idle = { promise: new Promise<void>((done) => (resolve = done)), resolve };
      }
      await idle.promise;
    },
  };
}
