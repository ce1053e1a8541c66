import { headFromRow } from '../rows.js';
import type { AppendOutcome, ChainHead, EvidenceDraft, SealBatch } from '../types.js';
import { STALE_READ_CODE, type SqlExecutor } from './sql-batch.js';
import { appendUnderLock, headGuard, headState, writeSteps } from './sqlite-writes.js';

// Heads remembered at most (a few hundred bytes each: ~20 MB).
const HEAD_CACHE_SIZE = 50_000;
const stored = (row: unknown) => (row ? headFromRow(row as Record<string, unknown>) : undefined);

/**
 * The SQLite store's writes, in the order they are handed to the writer connection.
 *
 * @example
 * const writes = sqliteWriteQueue(writer, (consentId) => selectHead.get(consentId));
 * await writes.append(drafts, seal);
 */
export interface SqliteWriteQueue {
  /** Seals and hands over a batch at once, even while earlier batches still commit; resolves after its commit. */
  append(drafts: EvidenceDraft[], seal: SealBatch): Promise<AppendOutcome[]>;
  /** Runs `task` once every batch handed over has settled, holding back new ones until it is done. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Appends in one message per batch, several batches in flight. Each batch is sealed on this
 * thread against the chain heads known now — those of batches still in flight, else the
 * committed ones read on `readHead`'s connection — and carries a guard: under the write lock
 * every head must still be the one it was sealed on. The writer runs messages in order, so a
 * batch sealed on the heads of the batch before it finds them committed. When a guard fails (a
 * batch before failed, or another process wrote to the chain) or a record id is already stored
 * (a resend), the batch is rolled back and appended again under the lock, alone: a locked
 * append spans two messages and nothing may come between them.
 *
 * @example
 * const writes = sqliteWriteQueue(writerThread(path, pragmas), (consentId) => selectHead.get(consentId));
 */
export function sqliteWriteQueue(writer: SqlExecutor, readHead: (consentId: string) => unknown): SqliteWriteQueue {
  const inFlight = new Set<Promise<unknown>>();
  const inFlightHeads = new Map<string, { head: ChainHead; batch: object }>();
  // Heads this queue committed, so extending a chain again needs no read on this thread.
  // Emptied whenever a guard finds a head moved: then another writer was at work.
  const committedHeads = new Map<string, ChainHead>();
  const remember = (heads: ChainHead[]) => {
    for (const head of heads) {
      committedHeads.delete(head.consentId);
      committedHeads.set(head.consentId, head);
    }
    while (committedHeads.size > HEAD_CACHE_SIZE) committedHeads.delete(committedHeads.keys().next().value!);
  };
  let waiting = 0;
  let tail: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    waiting++;
    const run = tail.then(async () => {
      await Promise.allSettled([...inFlight]);
      return task();
    });
    tail = run.then(
      () => void waiting--,
      () => void waiting--,
    );
    return run;
  };

  const append = async (drafts: EvidenceDraft[], seal: SealBatch): Promise<AppendOutcome[]> => {
    // Exclusive work is queued (a locked append after a conflict, an erasure, close): join it.
    if (waiting) return exclusive(() => appendUnderLock(writer, drafts, seal));
    const consentIds = [...new Set(drafts.map((draft) => draft.input.consentId))];
    const heads = new Map<string, ChainHead>();
    for (const consentId of consentIds) {
      const head = inFlightHeads.get(consentId)?.head ?? committedHeads.get(consentId) ?? stored(readHead(consentId));
      if (head) heads.set(consentId, head);
    }
    // Record ids are not looked up: a stored one fails the insert (primary key), and the locked
    // append finds it and answers with the stored record.
    const sealed = seal(drafts, heads, new Map());
    const batch = {};
    for (const head of sealed.heads) inFlightHeads.set(head.consentId, { head, batch });
    const committed = writer
      .execute({ begin: true, steps: [headGuard(consentIds, consentIds.map((id) => headState(heads.get(id)))), ...writeSteps(sealed)], end: 'COMMIT' })
      .finally(() => {
        inFlight.delete(committed);
        for (const head of sealed.heads) if (inFlightHeads.get(head.consentId)?.batch === batch) inFlightHeads.delete(head.consentId);
      });
    inFlight.add(committed);
    try {
      await committed;
      remember(sealed.heads);
      return sealed.outcomes;
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (code !== STALE_READ_CODE && !code.startsWith('SQLITE_CONSTRAINT')) throw error;
      committedHeads.clear();
      return exclusive(() => appendUnderLock(writer, drafts, seal));
    }
  };

  return { append, exclusive };
}
