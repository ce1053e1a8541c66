/**
 * Collects items submitted while a batch is being written and writes them together, so many
 * concurrent writers share one transaction (and one fsync) instead of queueing for one each.
 *
 * @example
 * const writer = groupCommit((drafts: EvidenceDraft[]) => storage.append(drafts, seal), { maxBatch: 256 });
 * const outcome = await writer.submit(draft);
 */
export function groupCommit<Item, Result>(write: (items: Item[]) => Promise<Result[]>, options: { maxBatch?: number } = {}) {
  const maxBatch = Math.max(1, options.maxBatch ?? 256);
  let queue: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  let writing: Promise<void> | undefined;

  const drain = async () => {
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const results = await write(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => entry.resolve(results[index] as Result));
      } catch (error) {
        // One failed transaction fails every writer in it: none of them was committed.
        for (const entry of batch) entry.reject(error);
      }
    }
    writing = undefined;
  };

  return {
    /** Resolves with the item's result once the transaction holding it has committed. */
    submit(item: Item): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Wait one macrotask before the first batch, so requests parsed in the same I/O round join it.
        writing ??= new Promise<void>((start) => setImmediate(start)).then(drain);
      });
    },
    /** Resolves when everything submitted so far is written (or failed). */
    async settled(): Promise<void> {
      while (writing) await writing;
    },
  };
}
