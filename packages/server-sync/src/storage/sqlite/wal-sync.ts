import { closeSync, fdatasync, openSync } from 'node:fs';

/**
 * How the WAL file is flushed; `fdatasync` of node:fs unless a test stands in for it.
 *
 * @example
 * const flush: FlushFile = (fd, done) => fdatasync(fd, done);
 */
export type FlushFile = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;

/**
 * Durability of appends without blocking the event loop for the fsync: the append transaction
 * commits with `synchronous=NORMAL` (its frames are in the WAL, not yet on disk), then this
 * flushes the WAL file on libuv's thread pool while the thread goes on parsing requests, and the
 * batch is acknowledged once the flush returns. That is exactly what `synchronous=FULL` does at
 * commit — fsync the WAL before anyone is told the commit happened — with the wait moved off the
 * thread. Checkpoints keep their own fsyncs (`NORMAL` syncs the WAL before and the database after
 * each one), so a WAL that is checkpointed and reused meanwhile loses nothing either.
 *
 * A flush covers every frame written before it started, so flushes acknowledge in order: a batch
 * is acknowledged only when its own flush and every earlier one succeeded. A failed flush leaves
 * the WAL in an unknown state on disk, so the failure is sticky: every later flush, and so every
 * later append, fails with it until the process restarts (as PostgreSQL stops on a failed fsync).
 *
 * @example
 * const wal = walSync('/var/lib/assent/ledger.sqlite-wal');
 * const outcomes = appendWithoutFsync(drafts); // committed, not yet durable
 * await wal.flush(); // now it is: acknowledge
 */
export function walSync(walPath: string, flushFile: FlushFile = fdatasync) {
  // Opened on the first flush (the file exists once a write transaction ran) and kept open: this
  // connection holds the database open, so SQLite never deletes or replaces the WAL under it.
  let fd: number | undefined;
  let last: Promise<void> | undefined;
  let failure: Error | undefined;
  return {
    /** Throws the sticky failure of an earlier flush, if any: call before committing more. */
    assertHealthy(): void {
      if (failure) throw failure;
    },
    /** Flushes everything committed so far; resolves once it and every earlier flush succeeded. */
    flush(): Promise<void> {
      if (failure) return Promise.reject(failure);
      let flushed: Promise<void>;
      try {
        fd ??= openSync(walPath, 'r+');
        const file = fd;
        flushed = new Promise<void>((resolve, reject) =>
          flushFile(file, (error) => {
            if (error) failure ??= new Error(`The SQLite WAL could not be flushed to disk (${error.code ?? error.message}); restart the ledger`);
            if (failure) reject(failure);
            else resolve();
          }),
        );
      } catch (error) {
        failure ??= error as Error;
        return Promise.reject(failure);
      }
      const before = last;
      const done = before ? Promise.all([before, flushed]).then(() => undefined) : flushed;
      last = done;
      // Once every flush started so far has returned, nothing is waiting to become durable.
      done.then(
        () => void (last === done && (last = undefined)),
        () => {},
      );
      return done;
    },
    /** The flush covering every commit so far, while one runs; `undefined` when all is on disk. */
    pending(): Promise<void> | undefined {
      return last;
    },
    /** Closes the WAL file (after the database connection closed). */
    close(): void {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/**
 * The `walSync` of one store.
 *
 * @example
 * const wal: WalSync = walSync(`${path}-wal`);
 */
export type WalSync = ReturnType<typeof walSync>;
